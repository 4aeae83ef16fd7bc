package nl.regiobesluit.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouteProgressTest {

    private static final List<String> FIVE = List.of("Leiden", "Leiderdorp", "Oegstgeest", "Voorschoten", "Zoeterwoude");

    @Test
    void aRouteIsCompleteWhenEveryParticipatingCouncilHasANonPendingDecision() {
        RouteProgress progress = new RouteProgress(FIVE, Map.of(
                "Leiden", CouncilOutcome.ADOPTED, "Leiderdorp", CouncilOutcome.REJECTED,
                "Oegstgeest", CouncilOutcome.POSTPONED, "Voorschoten", CouncilOutcome.ADOPTED_WITH_AMENDMENTS,
                "Zoeterwoude", CouncilOutcome.ADOPTED));
        assertThat(progress.everyCouncilDecided()).isTrue();
        assertThat(progress.pendingMunicipalities()).isEmpty();
    }

    @Test
    void aMissingOrPendingCouncilKeepsTheRouteOpenAndIsNamed() {
        RouteProgress progress = new RouteProgress(FIVE, Map.of(
                "Leiden", CouncilOutcome.ADOPTED, "Leiderdorp", CouncilOutcome.PENDING));
        assertThat(progress.everyCouncilDecided()).isFalse();
        assertThat(progress.pendingMunicipalities()).containsExactly("Leiderdorp", "Oegstgeest", "Voorschoten", "Zoeterwoude");
    }

    @Test
    void aDecisionOfANonParticipatingCouncilDoesNotCount() {
        RouteProgress progress = new RouteProgress(List.of("Leiden"), Map.of("Katwijk", CouncilOutcome.ADOPTED));
        assertThat(progress.everyCouncilDecided()).isFalse();
    }

    @Test
    void aRouteWithoutParticipantsIsNeverComplete() {
        assertThat(new RouteProgress(List.of(), Map.of()).everyCouncilDecided()).isFalse();
    }
}
