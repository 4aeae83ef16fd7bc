package nl.regiobesluit.routing.dispatch;

import static nl.regiobesluit.model.RbModel.*;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import nl.regiobesluit.routing.camel.RouteHeaders;
import nl.regiobesluit.routing.testsupport.RoutingTestSupport;
import nl.regiobesluit.routing.testsupport.SimNode;
import org.junit.jupiter.api.Test;

class DispatchRouteTest extends RoutingTestSupport {

    private static final List<String> GRIFFIES = List.of("griffie@leiden.test", "griffie@oegstgeest.test", "griffie@zoeterwoude.test");

    private SimNode advised() {
        SimNode p = proposal(STATUS_ADVISED, null, Map.of(
                PROP_DEADLINE, "2026-03-15T09:00:00.000+0000",
                PROP_PARTICIPATING_MUNICIPALITIES, List.of("Leiden", "Oegstgeest", "Zoeterwoude")));
        advice(p, ADVICE_POSITIVE_IN_OUTLINE, false, null);
        return p;
    }

    @Test
    void dispatchCreatesOneCouncilDecisionPerParticipatingMunicipality() throws Exception {
        SimNode p = advised();

        producer.sendBodyAndHeader(DispatchRoute.URI, null, RouteHeaders.PROPOSAL_ID, p.id());

        List<SimNode> decisions = ALFRESCO.targets(p.id(), ASSOC_PROPOSAL_COUNCIL_DECISIONS);
        assertThat(decisions).extracting(d -> d.property(PROP_MUNICIPALITY)).containsExactlyInAnyOrder("Leiden", "Oegstgeest", "Zoeterwoude");
        assertThat(decisions).allSatisfy(d -> {
            assertThat(d.nodeType()).isEqualTo(TYPE_COUNCIL_DECISION);
            assertThat(d.property(PROP_COUNCIL_OUTCOME)).isEqualTo(OUTCOME_PENDING);
        });
        assertThat(ALFRESCO.children("folder-raad-leiden")).hasSize(1);
        assertThat(ALFRESCO.children("folder-raad-zoeterwoude")).hasSize(1);
        assertThat(ALFRESCO.node(p.id()).property(PROP_ROUTE_STATUS)).isEqualTo(STATUS_DISPATCHED);
    }

    @Test
    void everyGriffieIsToldTheProposalTheAdviceTheVoteAndTheDeadlineInWordsWithALinkToItsOwnCouncilDecision() throws Exception {
        SimNode p = proposal(STATUS_ADVISED, null, Map.of(
                "cm:title", "Woningbouwprogramma 2026",
                PROP_DEADLINE, "2026-03-15T09:00:00.000+0000",
                PROP_PARTICIPATING_MUNICIPALITIES, List.of("Leiden", "Oegstgeest", "Zoeterwoude")));
        SimNode advice = advice(p, ADVICE_POSITIVE_IN_OUTLINE, true, true);
        // The vote's result as the service stores it on the advice (VoteResultProperties): 3/4 in favour, rule 7/10 of all.
        ALFRESCO.edit(advice.id(), "svc-regiobesluit", Map.of(PROP_RESULT_YES_SHARE, "3/4", PROP_RESULT_RULE, "qualified:7/10,base=all"));
        String number = (String) p.property(PROP_PROPOSAL_NUMBER);

        producer.sendBodyAndHeader(DispatchRoute.URI, null, RouteHeaders.PROPOSAL_ID, p.id());

        for (SimNode decision : ALFRESCO.targets(p.id(), ASSOC_PROPOSAL_COUNCIL_DECISIONS)) {
            String municipality = (String) decision.property(PROP_MUNICIPALITY);
            String griffie = "griffie@" + municipality.toLowerCase() + ".test";
            List<MimeMessage> mails = mailsTo(griffie);
            assertThat(mails).as(griffie).hasSize(1);
            assertThat(mails.get(0).getSubject()).isEqualTo(
                    "[Testregio] Ter besluitvorming / For decision: " + number + " \"Woningbouwprogramma 2026\"");
            // SMTP carries lines ending in CRLF (RFC 5321, section 2.3.8).
            String body = ((String) mails.get(0).getContent()).replace("\r\n", "\n");
            String dutch = body.substring(0, body.indexOf("\n---\n"));
            String english = body.substring(body.indexOf("\n---\n"));
            assertThat(dutch).contains("Beste griffie van " + municipality,
                    "Advies van de regiocommissie: Positief op hoofdlijnen (raden mogen amenderen)",
                    "Stemming: aangenomen: 75% voor; regel: ten minste 70% van alle leden",
                    "Uiterste besluitdatum: 15 maart 2026",
                    "Uw Raadsbesluit: http://share.test/share/page/document-details?nodeRef=workspace://SpacesStore/" + decision.id(),
                    "Wat u doet:");
            assertThat(english).contains("Dear clerk's office of " + municipality,
                    "Advice of the regiocommissie: Positive in outline (councils may amend)",
                    "Vote: passed: 75% in favour; rule: at least 70% of all members",
                    "Deadline: 15 March 2026",
                    "Your council decision: http://share.test/share/page/document-details?nodeRef=workspace://SpacesStore/" + decision.id(),
                    "What to do:");
            // No codes in either language (issue 12).
            assertThat(body).doesNotContain("POSITIVE", "qualified:", "base=all", "rb:", ".pdf");
        }
        assertThat(ALFRESCO.targets(p.id(), ASSOC_PROPOSAL_COUNCIL_DECISIONS)).hasSize(3);
    }

    @Test
    void aRepeatedDispatchCreatesNoSecondDecisionAndNoSecondMail() throws Exception {
        SimNode p = advised();

        producer.sendBodyAndHeader(DispatchRoute.URI, null, RouteHeaders.PROPOSAL_ID, p.id());
        producer.sendBodyAndHeader(DispatchRoute.URI, null, RouteHeaders.PROPOSAL_ID, p.id());

        assertThat(ALFRESCO.targets(p.id(), ASSOC_PROPOSAL_COUNCIL_DECISIONS)).hasSize(3);
        for (String griffie : GRIFFIES) {
            assertThat(mailsTo(griffie)).as(griffie).hasSize(1);
        }
    }

    @Test
    void aProposalStillInCommitteeIsNotDispatched() {
        SimNode p = proposal(STATUS_IN_COMMITTEE, null, Map.of(PROP_DEADLINE, "2026-03-15T09:00:00.000+0000"));

        producer.sendBodyAndHeader(DispatchRoute.URI, null, RouteHeaders.PROPOSAL_ID, p.id());

        assertThat(ALFRESCO.targets(p.id(), ASSOC_PROPOSAL_COUNCIL_DECISIONS)).isEmpty();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void lightCooperationGoesFromIntakeStraightToEveryCouncil() throws Exception {
        SimNode p = proposal(STATUS_SUBMITTED, "licht", Map.of());

        publishAndWait(EVENTS.nodeCreated(p.id()));

        assertThat(mailsTo("regiogriffier@regio.test")).hasSize(1);
        assertThat(mailsTo("regiocommissie@regio.test")).isEmpty();
        assertThat(ALFRESCO.targets(p.id(), ASSOC_PROPOSAL_COUNCIL_DECISIONS)).hasSize(3);
        assertThat((String) mailsTo("griffie@leiden.test").get(0).getContent()).contains("geen advies");
        assertThat(ALFRESCO.node(p.id()).property(PROP_ROUTE_STATUS)).isEqualTo(STATUS_DISPATCHED);
    }
}
