package nl.regiobesluit.routing.behaviour;

import static nl.regiobesluit.model.RbModel.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.regiobesluit.routing.testsupport.RoutingTestSupport;
import nl.regiobesluit.routing.testsupport.SimNode;
import nl.regiobesluit.voting.VoteOutcomeJson;
import org.junit.jupiter.api.Test;

/**
 * The decision-record behaviour end to end through the service: events in Alfresco's format, the simulated
 * repository, the real engine. A proposal still in DRAFT keeps the route itself from writing anything, so every
 * write counted here is the behaviour's.
 */
class DecisionRecordBehaviourTest extends RoutingTestSupport {

    private static final String REGIOGRIFFIER = "regiogriffier@regio.test";

    private SimNode draftWithVotedAdvice(List<String> yes, List<String> no) {
        SimNode p = proposal(STATUS_DRAFT, "wonen", Map.of());
        return votedAdvice(p, yes, no);
    }

    private static List<String> leidenAndTwoOegstgeest() {
        List<String> yes = new ArrayList<>(groupsOf("Leiden"));
        yes.addAll(List.of("Oegstgeest/D66", "Oegstgeest/VVD"));
        return yes;
    }

    @Test
    void aNewVoteGetsItsResultWrittenOnceWhateverTheEventsRepeat() {
        SimNode advice = draftWithVotedAdvice(leidenAndTwoOegstgeest(), List.of("Oegstgeest/CDA"));
        int before = ALFRESCO.writes();
        String created = EVENTS.nodeCreated(advice.id());

        publishAndWait(created, created);
        // Alfresco's Updated event for the service's own write of the result.
        Map<String, Object> absentBefore = new HashMap<>();
        absentBefore.put(PROP_RESULT_PASSED, null);
        publishAndWait(EVENTS.nodeUpdated(advice.id(), absentBefore));

        assertThat(ALFRESCO.writes() - before).isEqualTo(1);
        SimNode stored = ALFRESCO.node(advice.id());
        assertThat(stored.property(PROP_RESULT_PASSED)).isEqualTo(true);
        assertThat(stored.property(PROP_RESULT_RULE)).isEqualTo("qualified:7/10,base=all");
        assertThat(stored.property(PROP_RESULT_COMPUTATION_VERSION)).isEqualTo("regiobesluit-vote/2");
        assertThat(stored.property(PROP_RESULT_JSON).toString()).contains("\"municipalities\" : [ \"Leiden\", \"Oegstgeest\" ]");
        // What is stored recomputes to itself: the inputs it holds give the same result.
        var read = VoteOutcomeJson.read(stored.property(PROP_RESULT_JSON).toString());
        assertThat(read.isOk()).as(read.toString()).isTrue();
        var recomputed = nl.regiobesluit.voting.VoteEngine.decide(read.value().inputs());
        assertThat(VoteOutcomeJson.differences(read.value().tree(), VoteOutcomeJson.toTree(recomputed.value()))).isEmpty();
    }

    @Test
    void twoEventsForOneChangeWriteOnce() {
        SimNode advice = draftWithVotedAdvice(leidenAndTwoOegstgeest(), List.of());
        int before = ALFRESCO.writes();
        publishAndWait(EVENTS.nodeCreated(advice.id()));
        // Metadata extraction or a rendition after the upload: another Updated event, the votes unchanged.
        Map<String, Object> titleBefore = ALFRESCO.edit(advice.id(), GRIFFIER, Map.of("cm:title", "Advies woningbouw"));
        publishAndWait(EVENTS.nodeUpdated(advice.id(), titleBefore));

        assertThat(ALFRESCO.writes() - before).isEqualTo(1);
        assertThat(ALFRESCO.node(advice.id()).property(PROP_RESULT_PASSED)).isEqualTo(true);
    }

    @Test
    void aResultStoredByVersion1IsNotWrittenAgainWhileItsVotesAreUnchanged() throws Exception {
        SimNode advice = draftWithVotedAdvice(leidenAndTwoOegstgeest(), List.of());
        publishAndWait(EVENTS.nodeCreated(advice.id()));
        // As regiobesluit-vote/1 left it: that version's name and its fingerprint of the same inputs (which held the
        // composition's source; README of regio-cli, "verify").
        var stored = VoteOutcomeJson.read(ALFRESCO.node(advice.id()).property(PROP_RESULT_JSON).toString()).value();
        ALFRESCO.edit(advice.id(), GRIFFIER, Map.of(PROP_RESULT_COMPUTATION_VERSION, nl.regiobesluit.voting.VoteEngine.VERSION_1,
                PROP_RESULT_INPUT_HASH, VoteOutcomeJson.fingerprint(stored.inputs(), nl.regiobesluit.voting.VoteEngine.VERSION_1)));
        int before = ALFRESCO.writes();

        Map<String, Object> titleBefore = ALFRESCO.edit(advice.id(), GRIFFIER, Map.of("cm:title", "Advies woningbouw"));
        publishAndWait(EVENTS.nodeUpdated(advice.id(), titleBefore));

        assertThat(ALFRESCO.writes() - before).isZero();
        assertThat(ALFRESCO.node(advice.id()).property(PROP_RESULT_COMPUTATION_VERSION)).isEqualTo("regiobesluit-vote/1");
        assertThat(mailsTo(REGIOGRIFFIER)).isEmpty();
    }

    @Test
    void aCorrectedVoteIsRecomputedAndEveryVersionIsKept() {
        SimNode advice = draftWithVotedAdvice(groupsOf("Oegstgeest"), groupsOf("Leiden"));
        publishAndWait(EVENTS.nodeCreated(advice.id()));
        assertThat(ALFRESCO.node(advice.id()).property(PROP_RESULT_PASSED)).isEqualTo(false);
        Object firstHash = ALFRESCO.node(advice.id()).property(PROP_RESULT_INPUT_HASH);

        // The griffie corrects the vote: Leiden voted yes after all.
        Map<String, Object> before = ALFRESCO.edit(advice.id(), GRIFFIER, Map.of(
                PROP_VOTES_YES, leidenAndTwoOegstgeest(), PROP_VOTES_NO, List.of("Oegstgeest/CDA")));
        publishAndWait(EVENTS.nodeUpdated(advice.id(), before));

        SimNode stored = ALFRESCO.node(advice.id());
        assertThat(stored.property(PROP_RESULT_PASSED)).isEqualTo(true);
        assertThat(stored.property(PROP_RESULT_INPUT_HASH)).isNotEqualTo(firstHash);
        assertThat(stored.aspectNames()).contains("cm:versionable");
        assertThat(stored.property("cm:autoVersionOnUpdateProps")).isEqualTo(true);
    }

    @Test
    void aFinalizedRecordIsNeverChangedAndTheAttemptIsReported() throws Exception {
        // Finalized and locked in an earlier year; its vote lists are then found to differ from the stored result.
        SimNode record = ALFRESCO.addNode("folder-besluiten", "Besluit woningbouw", TYPE_DECISION_RECORD, GRIFFIER,
                List.of(ASPECT_VOTES, ASPECT_VOTE_RESULT, ASPECT_ARCHIVAL, "cm:lockable"), Map.of(
                        PROP_VOTES_YES, groupsOf("Leiden"), PROP_VOTING_BODY, "REGIORAAD", PROP_VOTE_DATE, "2015-11-20T10:00:00.000+0000",
                        PROP_RESULT_PASSED, true, PROP_RESULT_INPUT_HASH, "the-hash-of-the-votes-it-was-finalized-with",
                        PROP_FINALIZED, true, PROP_FINALIZED_ON, "2016-01-15", "cm:lockType", "READ_ONLY_LOCK",
                        PROP_RECORD_OUTCOME, RECORD_REGIONAL_DECISION_TAKEN));
        String snapshot = ALFRESCO.snapshot();

        publishAndWait(EVENTS.nodeCreated(record.id()));

        assertThat(ALFRESCO.snapshot()).isEqualTo(snapshot);
        assertThat(mailsTo(REGIOGRIFFIER)).singleElement().satisfies(m -> {
            assertThat(m.getSubject()).startsWith("[Testregio] Stemming niet verwerkt / Vote not processed");
            assertThat(m.getContent().toString()).contains("definitief vastgesteld").contains("record is finalized");
        });
    }

    @Test
    void addingTheVoteAspectBeforeAnyoneVotedWritesNothingAndTellsNobody() throws Exception {
        SimNode p = proposal(STATUS_DRAFT, "wonen", Map.of());
        SimNode advice = advice(p, ADVICE_POSITIVE, false, null);
        ALFRESCO.addAspect(advice.id(), ASPECT_VOTES);
        String snapshot = ALFRESCO.snapshot();
        int before = ALFRESCO.writes();

        publishAndWait(EVENTS.aspectAdded(advice.id(), ASPECT_VOTES));

        assertThat(ALFRESCO.writes()).isEqualTo(before);
        assertThat(ALFRESCO.snapshot()).isEqualTo(snapshot);
        assertThat(mailsTo(REGIOGRIFFIER)).isEmpty();
    }

    @Test
    void aVoteWithoutItsDateIsNotComputedBecauseItsResultCouldNotBeRecomputedLater() throws Exception {
        SimNode advice = draftWithVotedAdvice(leidenAndTwoOegstgeest(), List.of());
        ALFRESCO.edit(advice.id(), GRIFFIER, java.util.Collections.singletonMap(PROP_VOTE_DATE, null));
        String snapshot = ALFRESCO.snapshot();

        publishAndWait(EVENTS.nodeCreated(advice.id()));

        assertThat(ALFRESCO.snapshot()).isEqualTo(snapshot);
        assertThat(mailsTo(REGIOGRIFFIER)).singleElement().satisfies(m -> assertThat(m.getContent().toString())
                .contains("rb:voteDate").contains("de datum van de stemming ontbreekt / the date of the vote is missing"));
    }

    @Test
    void invalidVotesChangeNothingAndTheProblemIsNamed() throws Exception {
        SimNode advice = draftWithVotedAdvice(List.of("Leiden/D66", "Leiden/Piratenpartij"), List.of("Leiden/D66"));
        String snapshot = ALFRESCO.snapshot();

        publishAndWait(EVENTS.nodeCreated(advice.id()));

        assertThat(ALFRESCO.snapshot()).isEqualTo(snapshot);
        assertThat(mailsTo(REGIOGRIFFIER)).singleElement().satisfies(m -> assertThat(m.getContent().toString())
                .contains("onbekend lid 'Leiden/Piratenpartij'").contains("unknown member 'Leiden/Piratenpartij'").contains("member 'Leiden/D66' is listed twice (yes and no)"));
    }

    @Test
    void aCouncilsOwnVoteCountsThatCouncilAloneByMoreThanHalfOfTheVotesCast() {
        SimNode p = dispatched(ADVICE_POSITIVE, "Leiden", "Oegstgeest");
        SimNode decision = decisionOf(p, "Oegstgeest");
        // Oegstgeest's council: D66, VVD and Lokaal Oegstgeest (10 of 19 seats) for, the rest against.
        Map<String, Object> before = ALFRESCO.edit(decision.id(), griffierOf("Oegstgeest"), Map.of(
                PROP_COUNCIL_OUTCOME, OUTCOME_ADOPTED, PROP_COUNCIL_DECISION_DATE, "2098-12-01T19:30:00.000+0000",
                PROP_VOTES_YES, List.of("Oegstgeest/D66", "Oegstgeest/VVD", "Oegstgeest/Lokaal Oegstgeest"),
                PROP_VOTES_NO, List.of("Oegstgeest/Progressief Oegstgeest", "Oegstgeest/Leefbaar Oegstgeest", "Oegstgeest/CDA"),
                PROP_VOTING_BODY, "GEMEENTERAAD", PROP_VOTE_DATE, "2015-04-01T00:00:00.000+0000"));
        ALFRESCO.addAspect(decision.id(), ASPECT_VOTES);

        publishAndWait(EVENTS.nodeUpdated(decision.id(), before));

        SimNode stored = ALFRESCO.node(decision.id());
        assertThat(stored.property(PROP_RESULT_PASSED)).isEqualTo(true);
        assertThat(stored.property(PROP_RESULT_YES_SHARE)).isEqualTo("10/19");
        assertThat(stored.property(PROP_RESULT_RULE)).isEqualTo("majority,base=cast");
        assertThat(stored.property(PROP_RESULT_JSON).toString()).contains("\"municipalities\" : [ \"Oegstgeest\" ]");
        // The same edit recorded the council's outcome: it is collected too (Leiden is still pending).
        assertThat(ALFRESCO.node(p.id()).property(PROP_ROUTE_STATUS)).isEqualTo(STATUS_DISPATCHED);
        publishAndWait(decide(p, "Leiden", OUTCOME_ADOPTED, griffierOf("Leiden")));
        assertThat(ALFRESCO.node(p.id()).property(PROP_ROUTE_STATUS)).isEqualTo(STATUS_DECIDED);
        assertThat(ALFRESCO.node(ALFRESCO.targets(p.id(), ASSOC_PROPOSAL_DECISION_RECORD).get(0).id()).property(PROP_COUNCILS_ADOPTED))
                .isEqualTo(2);
    }

    @Test
    void theIndicatorsOfARouteWithOneDeviatingCouncilAreWrittenOnItsRecord() {
        SimNode p = dispatched(ADVICE_POSITIVE, "Leiden", "Oegstgeest");
        ALFRESCO.edit(p.id(), GRIFFIER, Map.of(PROP_SOCIETAL_PARTNERS, List.of("Universiteit Leiden", "Woningcorporatie"),
                PROP_AMBITION, "WONEN", PROP_POLICY_DOMAIN, "RUIMTE_EN_WONEN"));

        publishAndWait(decide(p, "Leiden", OUTCOME_ADOPTED, griffierOf("Leiden")), decide(p, "Oegstgeest", OUTCOME_REJECTED, griffierOf("Oegstgeest")));

        SimNode record = ALFRESCO.targets(p.id(), ASSOC_PROPOSAL_DECISION_RECORD).get(0);
        assertThat(record.aspectNames()).contains(ASPECT_MODEL_CRITERIA);
        // Submitted 1 November, both councils decided 1 December; the deadline is 1 January.
        assertThat(record.property(PROP_LEAD_TIME_DAYS)).isEqualTo(30);
        assertThat(record.property(PROP_MET_TARGET)).isEqualTo(true);
        assertThat(record.property(PROP_COUNCILS_ADOPTED)).isEqualTo(1);
        assertThat(record.property(PROP_COUNCILS_REJECTED)).isEqualTo(1);
        assertThat(record.property(PROP_DEVIATIONS)).isEqualTo(1);
        assertThat(record.property(PROP_DEVIATIONS_ACCOUNTED_FOR)).isEqualTo(0);
        assertThat(record.property(PROP_ONE_VOICE)).isEqualTo(false);
        assertThat(record.property(PROP_SOCIETAL_PARTNER_COUNT)).isEqualTo(2);
        assertThat(record.property(PROP_CRITERIA_AMBITION)).isEqualTo("WONEN");
        assertThat(record.property(PROP_CONSENSUS_WITHOUT_VOTE)).isEqualTo(false);
    }

    @Test
    void aLateCouncilDecisionUpdatesTheIndicatorsOnce() {
        SimNode p = dispatched(ADVICE_POSITIVE, "Leiden", "Oegstgeest");
        publishAndWait(decide(p, "Leiden", OUTCOME_ADOPTED, griffierOf("Leiden")), decide(p, "Oegstgeest", OUTCOME_POSTPONED, griffierOf("Oegstgeest")));
        SimNode record = ALFRESCO.targets(p.id(), ASSOC_PROPOSAL_DECISION_RECORD).get(0);
        assertThat(ALFRESCO.node(record.id()).property(PROP_COUNCILS_POSTPONED)).isEqualTo(1);

        String late = decide(p, "Oegstgeest", OUTCOME_ADOPTED, griffierOf("Oegstgeest"));
        publishAndWait(late);
        int before = ALFRESCO.writes();
        publishAndWait(late);

        SimNode updated = ALFRESCO.node(record.id());
        assertThat(updated.property(PROP_COUNCILS_POSTPONED)).isEqualTo(0);
        assertThat(updated.property(PROP_COUNCILS_ADOPTED)).isEqualTo(2);
        assertThat(updated.property(PROP_ONE_VOICE)).isEqualTo(true);
        assertThat(ALFRESCO.writes()).isEqualTo(before);
        assertThat(ALFRESCO.targets(p.id(), ASSOC_PROPOSAL_DECISION_RECORD)).hasSize(1);
    }
}
