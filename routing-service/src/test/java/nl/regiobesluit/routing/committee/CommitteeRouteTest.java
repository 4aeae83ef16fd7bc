package nl.regiobesluit.routing.committee;

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
    void aVotedAdviceMovesOnOnceTheServiceHasComputedItsWeightedResult() {
        SimNode p = inCommittee("wonen");
        // Theme wonen: Leiden and Oegstgeest; all of Leiden and two Oegstgeest groups vote yes (scheme A, ≥ 70%).
        SimNode advice = votedAdvice(p, concat(groupsOf("Leiden"), List.of("Oegstgeest/D66", "Oegstgeest/VVD")),
                List.of("Oegstgeest/CDA"));

        publishAndWait(EVENTS.nodeCreated(advice.id()));

        assertThat(ALFRESCO.node(advice.id()).property(PROP_RESULT_PASSED)).isEqualTo(true);
        assertThat(ALFRESCO.node(advice.id()).aspectNames()).contains(ASPECT_VOTE_RESULT);
        assertThat(ALFRESCO.node(p.id()).property(PROP_ROUTE_STATUS)).isEqualTo(STATUS_DISPATCHED);
    }

    @Test
    void aVotedAdviceThatFailsStillAdvisesTheCouncils() {
        SimNode p = inCommittee("wonen");
        SimNode advice = votedAdvice(p, groupsOf("Oegstgeest"), groupsOf("Leiden"));

        publishAndWait(EVENTS.nodeCreated(advice.id()));

        assertThat(ALFRESCO.node(advice.id()).property(PROP_RESULT_PASSED)).isEqualTo(false);
        assertThat(ALFRESCO.node(p.id()).property(PROP_ROUTE_STATUS)).isEqualTo(STATUS_DISPATCHED);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
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
        // Every Leiden group (84% of the weight of Leiden and Oegstgeest) votes yes, Oegstgeest no.
        SimNode vote = votedAdvice(p, groupsOf("Leiden"), groupsOf("Oegstgeest"));

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
