package nl.regiobesluit.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeviationTest {

    @Test
    void rejectingAPositiveAdviceDeviates() {
        assertThat(Deviation.deviates(AdviceKind.POSITIVE, CouncilOutcome.REJECTED)).isTrue();
    }

    @Test
    void adoptingAPositiveAdviceDoesNotDeviate() {
        assertThat(Deviation.deviates(AdviceKind.POSITIVE, CouncilOutcome.ADOPTED)).isFalse();
    }

    @Test
    void amendingDeviatesFromAPositiveAdviceButNotFromAPositiveInOutlineAdvice() {
        assertThat(Deviation.deviates(AdviceKind.POSITIVE, CouncilOutcome.ADOPTED_WITH_AMENDMENTS)).isTrue();
        assertThat(Deviation.deviates(AdviceKind.POSITIVE_IN_OUTLINE, CouncilOutcome.ADOPTED_WITH_AMENDMENTS)).isFalse();
    }

    @Test
    void adoptingAgainstANegativeAdviceDeviatesAndRejectingFollowsIt() {
        assertThat(Deviation.deviates(AdviceKind.NEGATIVE, CouncilOutcome.ADOPTED)).isTrue();
        assertThat(Deviation.deviates(AdviceKind.NEGATIVE, CouncilOutcome.ADOPTED_WITH_AMENDMENTS)).isTrue();
        assertThat(Deviation.deviates(AdviceKind.NEGATIVE, CouncilOutcome.REJECTED)).isFalse();
    }

    @Test
    void pendingAndPostponedNeverDeviate() {
        for (AdviceKind advice : AdviceKind.values()) {
            assertThat(Deviation.deviates(advice, CouncilOutcome.PENDING)).isFalse();
            assertThat(Deviation.deviates(advice, CouncilOutcome.POSTPONED)).isFalse();
        }
    }

    @Test
    void withoutAnAdviceNothingDeviates() {
        assertThat(Deviation.deviates(null, CouncilOutcome.REJECTED)).isFalse();
    }
}
