package nl.regiobesluit.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoutePolicyTest {

    private static final List<String> THREE = List.of("Leiden", "Oegstgeest", "Zoeterwoude");

    @Test
    void theLeidseRegioModelAsksTheCommitteeFirstThenEveryCouncil() {
        RoutePolicy policy = CooperationModel.REGIONAL_COMMITTEE.policy();
        assertThat(policy.bodyRole()).isEqualTo(RoutePolicy.BodyRole.ADVISES);
        assertThat(policy.afterIntake()).isEqualTo(RouteStatus.IN_COMMITTEE);
        assertThat(policy.councils(THREE)).isEqualTo(THREE);
    }

    @Test
    void lightCooperationSkipsTheCommitteeAndNeedsUnanimity() {
        RoutePolicy policy = CooperationModel.LIGHT_COOPERATION.policy();
        assertThat(policy.afterIntake()).isEqualTo(RouteStatus.SUBMITTED);
        RouteProgress oneRejects = new RouteProgress(THREE, Map.of("Leiden", CouncilOutcome.ADOPTED,
                "Oegstgeest", CouncilOutcome.REJECTED, "Zoeterwoude", CouncilOutcome.ADOPTED));
        assertThat(policy.outcome(null, oneRejects)).isEqualTo(RoutePolicy.RecordOutcome.NO_REGIONAL_DECISION);
        RouteProgress allAdopt = new RouteProgress(THREE, Map.of("Leiden", CouncilOutcome.ADOPTED,
                "Oegstgeest", CouncilOutcome.ADOPTED_WITH_AMENDMENTS, "Zoeterwoude", CouncilOutcome.ADOPTED));
        assertThat(policy.outcome(null, allAdopt)).isEqualTo(RoutePolicy.RecordOutcome.REGIONAL_DECISION_TAKEN);
    }

    @Test
    void aRegionalCouncilDecidesItselfWithoutRoutingToCouncils() {
        RoutePolicy policy = CooperationModel.REGIONAL_COUNCIL.policy();
        assertThat(policy.routesToCouncils()).isFalse();
        assertThat(policy.councils(THREE)).isEmpty();
        RouteProgress none = new RouteProgress(List.of(), Map.of());
        assertThat(policy.outcome(true, none)).isEqualTo(RoutePolicy.RecordOutcome.REGIONAL_DECISION_TAKEN);
        assertThat(policy.outcome(false, none)).isEqualTo(RoutePolicy.RecordOutcome.NO_REGIONAL_DECISION);
    }

    @Test
    void aCompositeMunicipalityRoutesToItsSingleCouncil() {
        assertThat(CooperationModel.COMPOSITE_MUNICIPALITY.policy().councils(THREE)).containsExactly("Leiden");
    }

    @Test
    void aVotedAdviceWaitsForTheComputedResult() {
        CommitteeAdvice voted = new CommitteeAdvice(AdviceKind.POSITIVE, true, null);
        assertThat(voted.isReady(RoutePolicy.BodyRole.ADVISES)).isFalse();
        assertThat(new CommitteeAdvice(AdviceKind.POSITIVE, true, true).isReady(RoutePolicy.BodyRole.ADVISES)).isTrue();
        assertThat(new CommitteeAdvice(AdviceKind.POSITIVE, false, null).isReady(RoutePolicy.BodyRole.ADVISES)).isTrue();
        assertThat(new CommitteeAdvice(null, false, null).isReady(RoutePolicy.BodyRole.ADVISES)).isFalse();
    }

    @Test
    void statusesOnlyMoveForward() {
        assertThat(RouteStatus.SUBMITTED.canMoveTo(RouteStatus.IN_COMMITTEE)).isTrue();
        assertThat(RouteStatus.DISPATCHED.canMoveTo(RouteStatus.IN_COMMITTEE)).isFalse();
        assertThat(RouteStatus.DECIDED.successors()).isEmpty();
        assertThat(RouteStatus.parse("NONSENSE")).isEmpty();
    }
}
