package nl.regiobesluit.routing.behaviour;

import static nl.regiobesluit.model.RbModel.*;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.regiobesluit.routing.camel.RouteHeaders;
import nl.regiobesluit.routing.testsupport.RoutingTestSupport;
import nl.regiobesluit.routing.testsupport.SimNode;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A result is computed only from vote values a griffie member set. Alfresco accepts an edit by anyone with write
 * permission, so an outsider's values stay on the node after the service refused the change; these tests show they
 * never become the official result — not on the next griffie save, not in a bulk rebuild — until a griffie member
 * records the vote again.
 */
class VoteRefusalTest extends RoutingTestSupport {

    static final String REGIOGRIFFIER = "regiogriffier@regio.test";

    @Autowired
    BulkAnnotation bulk;

    /** Leiden (15 of 39 seats in 2014, the largest) against, Oegstgeest for: the advice does not pass. */
    static List<String> griffieYes() {
        return groupsOf("Oegstgeest");
    }

    static List<String> griffieNo() {
        return groupsOf("Leiden");
    }

    /** What an outsider enters: everyone of Leiden and Oegstgeest for — it would pass. */
    static List<String> outsiderYes() {
        List<String> all = new ArrayList<>(groupsOf("Leiden"));
        all.addAll(groupsOf("Oegstgeest"));
        return all;
    }

    /** A draft proposal (so the route itself writes nothing) with an advice whose vote the griffie recorded and the service computed. */
    private SimNode computedAdvice() {
        SimNode p = proposal(STATUS_DRAFT, "wonen", Map.of());
        SimNode advice = votedAdvice(p, griffieYes(), griffieNo());
        publishAndWait(EVENTS.nodeCreated(advice.id()));
        assertThat(ALFRESCO.node(advice.id()).property(PROP_RESULT_PASSED)).isEqualTo(false);
        return advice;
    }

    private void outsiderChangesTheVote(SimNode advice) {
        Map<String, Object> before = ALFRESCO.edit(advice.id(), OUTSIDER, Map.of(PROP_VOTES_YES, outsiderYes(), PROP_VOTES_NO, List.of()));
        publishAndWait(EVENTS.nodeUpdated(advice.id(), before));
    }

    private void griffieSavesTheTitleOnly(SimNode advice) {
        Map<String, Object> before = ALFRESCO.edit(advice.id(), GRIFFIER, Map.of("cm:title", "Advies woningbouw (titel aangepast)"));
        publishAndWait(EVENTS.nodeUpdated(advice.id(), before));
    }

    private List<String> subjectsTo(String address) throws Exception {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage m : mailsTo(address)) {
            subjects.add(m.getSubject());
        }
        return subjects;
    }

    @Test
    void anOutsidersVoteEditFollowedByAGriffieTitleSaveComputesNoResultAndTellsTheRegiogriffier() throws Exception {
        SimNode advice = computedAdvice();
        Object griffieHash = ALFRESCO.node(advice.id()).property(PROP_RESULT_INPUT_HASH);

        outsiderChangesTheVote(advice);
        int writesAfterRefusal = ALFRESCO.writes();
        griffieSavesTheTitleOnly(advice);

        SimNode stored = ALFRESCO.node(advice.id());
        // The outsider's values are still on the node (Alfresco accepted the edit) ...
        assertThat(stored.property(PROP_VOTES_YES)).isEqualTo(outsiderYes());
        // ... but the result is still the one of the griffie's vote, and the node says why.
        assertThat(stored.property(PROP_RESULT_PASSED)).isEqualTo(false);
        assertThat(stored.property(PROP_RESULT_INPUT_HASH)).isEqualTo(griffieHash);
        assertThat(stored.property(PROP_VOTE_REFUSED_BY)).isEqualTo(OUTSIDER);
        assertThat(stored.property(PROP_VOTE_REFUSED_ON)).isNotNull();
        assertThat(ALFRESCO.writes()).as("the title-only save writes nothing").isEqualTo(writesAfterRefusal);
        // Two mails to the regiogriffier: the refused change, and the save that found the vote refused.
        assertThat(subjectsTo(REGIOGRIFFIER)).containsExactlyInAnyOrder(
                "[Testregio] Geweigerde wijziging / Refused change",
                "[Testregio] Stemming niet verwerkt / Vote not processed: " + stored.property("cm:title"));
        assertThat(mailsTo(REGIOGRIFFIER)).anySatisfy(m -> assertThat(m.getContent().toString())
                .contains(OUTSIDER).contains("opnieuw vastlegt").contains("records the vote again"));
    }

    @Test
    void aGriffieMemberRecordingTheVoteAgainComputesTheResultAndLiftsTheRefusal() {
        SimNode advice = computedAdvice();
        outsiderChangesTheVote(advice);
        griffieSavesTheTitleOnly(advice);

        // The griffie checks the minutes and records the vote as it was: Leiden against after all, Oegstgeest for.
        Map<String, Object> before = ALFRESCO.edit(advice.id(), GRIFFIER, Map.of(PROP_VOTES_YES, griffieYes(), PROP_VOTES_NO, griffieNo()));
        publishAndWait(EVENTS.nodeUpdated(advice.id(), before));

        SimNode stored = ALFRESCO.node(advice.id());
        assertThat(stored.property(PROP_VOTE_REFUSED_BY)).isNull();
        assertThat(stored.property(PROP_VOTE_REFUSED_ON)).isNull();
        assertThat(stored.property(PROP_RESULT_PASSED)).isEqualTo(false);

        // From now on the griffie's vote is computed as always: a further correction by a griffie member counts.
        Map<String, Object> corrected = ALFRESCO.edit(advice.id(), GRIFFIER, Map.of(PROP_VOTES_YES, outsiderYes(), PROP_VOTES_NO, List.of()));
        publishAndWait(EVENTS.nodeUpdated(advice.id(), corrected));
        assertThat(ALFRESCO.node(advice.id()).property(PROP_RESULT_PASSED)).isEqualTo(true);
    }

    @Test
    void aVoteFirstEnteredByAnOutsiderNeverGetsAResult() {
        SimNode p = proposal(STATUS_DRAFT, "wonen", Map.of());
        SimNode advice = advice(p, ADVICE_POSITIVE, false, null);
        // An outsider adds the vote aspect and fills in a vote, as "Manage aspects" and "Edit properties" in Share do.
        ALFRESCO.addAspect(advice.id(), ASPECT_VOTES);
        Map<String, Object> before = ALFRESCO.edit(advice.id(), OUTSIDER, Map.of(PROP_VOTING_BODY, "REGIOCOMMISSIE",
                PROP_VOTE_DATE, "2015-04-01T00:00:00.000+0000", PROP_VOTES_YES, outsiderYes()));
        publishAndWait(EVENTS.nodeUpdated(advice.id(), before));
        griffieSavesTheTitleOnly(advice);

        SimNode stored = ALFRESCO.node(advice.id());
        assertThat(stored.property(PROP_RESULT_PASSED)).isNull();
        assertThat(stored.property(PROP_RESULT_INPUT_HASH)).isNull();
        assertThat(stored.property(PROP_VOTE_REFUSED_BY)).isEqualTo(OUTSIDER);
    }

    @Test
    void aBulkRebuildSkipsARefusedNodeAndComputesTheOthers() {
        SimNode refused = computedAdvice();
        outsiderChangesTheVote(refused);
        Object griffieHash = ALFRESCO.node(refused.id()).property(PROP_RESULT_INPUT_HASH);
        // Two more votes the griffie recorded in earlier years, never computed.
        List<SimNode> history = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            history.add(ALFRESCO.addNode("folder-regiocommissie", "Stemming " + i, TYPE_AGENDA_ITEM, GRIFFIER, List.of(ASPECT_VOTES),
                    Map.of(PROP_VOTING_BODY, "REGIOCOMMISSIE", PROP_VOTE_DATE, "2015-04-01T00:00:00.000+0000",
                            PROP_VOTES_YES, griffieYes(), PROP_VOTES_NO, griffieNo())));
        }

        BulkProgress run = bulk.run(BulkAnnotation.query("folder-regiocommissie"), true);

        assertThat(run.state()).isEqualTo("DONE");
        assertThat(run.done()).isEqualTo(3);
        assertThat(run.refused()).isEqualTo(1);
        assertThat(run.written()).isEqualTo(2);
        SimNode stored = ALFRESCO.node(refused.id());
        assertThat(stored.property(PROP_RESULT_INPUT_HASH)).isEqualTo(griffieHash);
        assertThat(stored.property(PROP_RESULT_PASSED)).isEqualTo(false);
        assertThat(stored.property(PROP_VOTE_REFUSED_BY)).isEqualTo(OUTSIDER);
        assertThat(history).allSatisfy(n -> assertThat(ALFRESCO.node(n.id()).property(PROP_RESULT_PASSED)).isEqualTo(false));
    }

    @Test
    void aNodeEventWithoutAUserIsDeadLetteredWithItsReasonAndChangesNothing() throws Exception {
        SimNode p = proposal(STATUS_DRAFT, "wonen", Map.of());
        SimNode advice = votedAdvice(p, outsiderYes(), List.of());
        String snapshot = ALFRESCO.snapshot();
        com.fasterxml.jackson.databind.node.ObjectNode event = (com.fasterxml.jackson.databind.node.ObjectNode)
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(EVENTS.nodeCreated(advice.id()));
        ((com.fasterxml.jackson.databind.node.ObjectNode) event.path("data").path("resource")).remove("modifiedByUser");

        publishAndWait(event.toString());

        assertThat(ALFRESCO.snapshot()).isEqualTo(snapshot);
        Exchange dead = deadLetter();
        assertThat(dead).isNotNull();
        assertThat(dead.getIn().getHeader(RouteHeaders.FAILURE_REASON, String.class))
                .contains("MalformedEventException").contains("names no user").contains("modifiedByUser");
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void anAdviceLinkedByAnOutsiderIsRefusedAndMovesNothing() throws Exception {
        SimNode p = proposal(STATUS_IN_COMMITTEE, "wonen", Map.of(PROP_DEADLINE, "2099-01-01T00:00:00.000+0000",
                PROP_SUBMITTED_ON, "2098-11-01T00:00:00.000+0000"));
        SimNode advice = ALFRESCO.addNode("folder-regiocommissie", "Advies.pdf", TYPE_ADVICE, GRIFFIER, List.of(),
                Map.of(PROP_ADVICE_KIND, ADVICE_POSITIVE));
        // Alfresco's assoc.peer.Created names no user; the link makes the outsider the proposal's modifier.
        ALFRESCO.link(p.id(), advice.id(), ASSOC_PROPOSAL_ADVICE, OUTSIDER);

        publishAndWait(EVENTS.peerAssocCreated(p.id(), advice.id(), ASSOC_PROPOSAL_ADVICE));

        assertThat(ALFRESCO.node(p.id()).property(PROP_ROUTE_STATUS)).isEqualTo(STATUS_IN_COMMITTEE);
        assertThat(subjectsTo(REGIOGRIFFIER)).containsExactly("[Testregio] Geweigerde wijziging / Refused change");
        assertThat(mailsTo(REGIOGRIFFIER).get(0).getContent().toString()).contains(OUTSIDER);
    }

    @Test
    void anAdviceLinkedByAGriffieMemberMovesTheRouteOn() {
        SimNode p = proposal(STATUS_IN_COMMITTEE, "wonen", Map.of(PROP_DEADLINE, "2099-01-01T00:00:00.000+0000",
                PROP_SUBMITTED_ON, "2098-11-01T00:00:00.000+0000"));
        SimNode advice = ALFRESCO.addNode("folder-regiocommissie", "Advies.pdf", TYPE_ADVICE, GRIFFIER, List.of(),
                Map.of(PROP_ADVICE_KIND, ADVICE_POSITIVE));
        ALFRESCO.link(p.id(), advice.id(), ASSOC_PROPOSAL_ADVICE, GRIFFIER);

        publishAndWait(EVENTS.peerAssocCreated(p.id(), advice.id(), ASSOC_PROPOSAL_ADVICE));

        assertThat(ALFRESCO.node(p.id()).property(PROP_ROUTE_STATUS)).isEqualTo(STATUS_DISPATCHED);
    }
}
