package nl.regiobesluit.routing.route;

import static nl.regiobesluit.model.RbModel.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.regiobesluit.routing.testsupport.RoutingTestSupport;
import nl.regiobesluit.routing.testsupport.SimNode;
import org.junit.jupiter.api.Test;

class CommitteeRouteTest extends RoutingTestSupport {

    private SimNode inCommittee(String theme) {
        return proposal(STATUS_IN_COMMITTEE, theme, Map.of(
                PROP_DEADLINE, "2099-01-01T00:00:00.000+0000",
                PROP_PARTICIPATING_MUNICIPALITIES, List.of("Leiden", "Oegstgeest")));
    }

    @Test
    void aConsensusAdviceMovesTheProposalOnToTheCouncils() {
        SimNode p = inCommittee("wonen");
        SimNode advice = advice(p, ADVICE_POSITIVE, false, null);

        publishAndWait(EVENTS.nodeCreated(advice.id()));

        assertThat(ALFRESCO.node(p.id()).property(PROP_ROUTE_STATUS)).isEqualTo(STATUS_DISPATCHED);
        assertThat(ALFRESCO.targets(p.id(), ASSOC_PROPOSAL_COUNCIL_DECISIONS)).hasSize(2);
    }

    @Test
    void aVotedAdviceWaitsForTheComputedResultAndMovesOnWhenTheBehaviourHandsItBack() {
        SimNode p = inCommittee("wonen");
        SimNode advice = advice(p, ADVICE_POSITIVE, true, null);

        publishAndWait(EVENTS.nodeCreated(advice.id()));
        assertThat(ALFRESCO.node(p.id()).property(PROP_ROUTE_STATUS)).isEqualTo(STATUS_IN_COMMITTEE);
        assertThat(ALFRESCO.targets(p.id(), ASSOC_PROPOSAL_COUNCIL_DECISIONS)).isEmpty();

        // The decision-record behaviour writes the result as the service user (its own event is ignored)
        // and hands the proposal back to the committee step.
        Map<String, Object> before = ALFRESCO.edit(advice.id(), "svc-regiobesluit", Map.of(PROP_RESULT_PASSED, true));
        publishAndWait(EVENTS.nodeUpdated(advice.id(), before));
        assertThat(ALFRESCO.node(p.id()).property(PROP_ROUTE_STATUS)).isEqualTo(STATUS_IN_COMMITTEE);
        producer.sendBodyAndHeader(CommitteeRoute.URI, null, RouteHeaders.PROPOSAL_ID, p.id());

        assertThat(ALFRESCO.node(p.id()).property(PROP_ROUTE_STATUS)).isEqualTo(STATUS_DISPATCHED);
    }

    @Test
    void anAdviceEventArrivingBeforeItsLinkWaitsForTheLinkEvent() {
        SimNode p = inCommittee("wonen");
        SimNode advice = ALFRESCO.addNode("folder-regiocommissie", "Advies.pdf", TYPE_ADVICE, GRIFFIER, List.of(),
                Map.of(PROP_ADVICE_KIND, ADVICE_NEGATIVE));

        publishAndWait(EVENTS.nodeCreated(advice.id()));
        assertThat(ALFRESCO.node(p.id()).property(PROP_ROUTE_STATUS)).isEqualTo(STATUS_IN_COMMITTEE);

        ALFRESCO.link(p.id(), advice.id(), ASSOC_PROPOSAL_ADVICE);
        publishAndWait(EVENTS.peerAssocCreated(p.id(), advice.id(), ASSOC_PROPOSAL_ADVICE));

        assertThat(ALFRESCO.node(p.id()).property(PROP_ROUTE_STATUS)).isEqualTo(STATUS_DISPATCHED);
    }

    @Test
    void anAdviceWithoutItsKindKeepsTheProposalInCommittee() {
        SimNode p = inCommittee("wonen");
        SimNode advice = advice(p, null, false, null);

        publishAndWait(EVENTS.nodeCreated(advice.id()));

        assertThat(ALFRESCO.node(p.id()).property(PROP_ROUTE_STATUS)).isEqualTo(STATUS_IN_COMMITTEE);
    }

    @Test
    void aRegionalCouncilDecidesItselfWithoutRoutingToCouncils() {
        SimNode p = inCommittee("regioraad");
        ALFRESCO.edit(p.id(), GRIFFIER, Map.of(PROP_COOPERATION_MODEL, "REGIONAL_COUNCIL"));
        SimNode vote = advice(p, null, true, true);

        publishAndWait(EVENTS.nodeCreated(vote.id()));

        assertThat(ALFRESCO.node(p.id()).property(PROP_ROUTE_STATUS)).isEqualTo(STATUS_DECIDED);
        assertThat(ALFRESCO.targets(p.id(), ASSOC_PROPOSAL_COUNCIL_DECISIONS)).isEmpty();
        List<SimNode> records = ALFRESCO.targets(p.id(), ASSOC_PROPOSAL_DECISION_RECORD);
        assertThat(records).hasSize(1);
        assertThat(records.get(0).property(PROP_RECORD_OUTCOME)).isEqualTo(RECORD_REGIONAL_DECISION_TAKEN);
    }

    @Test
    void anAdviceRecordedBySomeoneOutsideTheGriffieDoesNotMoveTheRouteEvenWhenLinked() {
        SimNode p = inCommittee("wonen");
        SimNode advice = ALFRESCO.addNode("folder-regiocommissie", "Advies.pdf", TYPE_ADVICE, OUTSIDER, List.of(),
                Map.of(PROP_ADVICE_KIND, ADVICE_POSITIVE));
        ALFRESCO.link(p.id(), advice.id(), ASSOC_PROPOSAL_ADVICE);

        publishAndWait(EVENTS.peerAssocCreated(p.id(), advice.id(), ASSOC_PROPOSAL_ADVICE));

        assertThat(ALFRESCO.node(p.id()).property(PROP_ROUTE_STATUS)).isEqualTo(STATUS_IN_COMMITTEE);
    }
}
