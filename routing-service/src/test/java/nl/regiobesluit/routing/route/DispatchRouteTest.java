package nl.regiobesluit.routing.route;

import static nl.regiobesluit.model.RbModel.*;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
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
    void everyGriffieIsToldInDutchWithTheLinkTheAdviceAndTheDeadline() throws Exception {
        SimNode p = advised();

        producer.sendBodyAndHeader(DispatchRoute.URI, null, RouteHeaders.PROPOSAL_ID, p.id());

        for (String griffie : GRIFFIES) {
            List<MimeMessage> mails = mailsTo(griffie);
            assertThat(mails).as(griffie).hasSize(1);
            assertThat(mails.get(0).getSubject()).contains("Ter besluitvorming / For decision");
            assertThat((String) mails.get(0).getContent()).contains(
                    "op hoofdlijnen positief", "15 maart 2026", "Uiterste besluitdatum",
                    "nodeRef=workspace://SpacesStore/" + p.id());
        }
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
