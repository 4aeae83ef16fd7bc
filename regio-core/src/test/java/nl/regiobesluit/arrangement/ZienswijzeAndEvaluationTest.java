package nl.regiobesluit.arrangement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ZienswijzeAndEvaluationTest {

    private static final LocalDate DEADLINE = LocalDate.of(2027, 5, 24);

    @Test
    void aZienswijzeOnOrBeforeTheDeadlineIsGivenAndAfterItOutOfTime() {
        assertThat(ZienswijzeStatus.of(Optional.of(DEADLINE), false, DEADLINE, DEADLINE.plusDays(9))).isEqualTo(ZienswijzeStatus.GIVEN);
        assertThat(ZienswijzeStatus.of(Optional.of(DEADLINE.plusDays(1)), false, DEADLINE, DEADLINE.plusDays(9)))
                .isEqualTo(ZienswijzeStatus.OUT_OF_TIME);
    }

    @Test
    void nothingIsPendingUntilTheDeadlineThenNoneAndEscalated() {
        assertThat(ZienswijzeStatus.of(Optional.empty(), false, DEADLINE, DEADLINE)).isEqualTo(ZienswijzeStatus.PENDING);
        assertThat(ZienswijzeStatus.escalate(Optional.empty(), false, DEADLINE, DEADLINE)).isFalse();
        assertThat(ZienswijzeStatus.of(Optional.empty(), false, DEADLINE, DEADLINE.plusDays(1))).isEqualTo(ZienswijzeStatus.NONE);
        assertThat(ZienswijzeStatus.escalate(Optional.empty(), false, DEADLINE, DEADLINE.plusDays(1))).isTrue();
    }

    @Test
    void aCouncilThatSaysItGivesNoneIsNoneAndNotEscalated() {
        assertThat(ZienswijzeStatus.of(Optional.empty(), true, DEADLINE, DEADLINE.minusDays(3))).isEqualTo(ZienswijzeStatus.NONE);
        assertThat(ZienswijzeStatus.escalate(Optional.empty(), true, DEADLINE, DEADLINE.plusDays(3))).isFalse();
    }

    @Test
    void anEvaluationIsDueItsCycleAfterTheLastAndFlaggedSixMonthsAhead() {
        EvaluationPolicy policy = EvaluationPolicy.standard();
        Optional<LocalDate> last = Optional.of(LocalDate.of(2022, 3, 1));
        assertThat(policy.dueOn(last, 4)).contains(LocalDate.of(2026, 3, 1));
        assertThat(policy.status(last, 4, LocalDate.of(2025, 8, 31))).isEqualTo(EvaluationPolicy.Status.NOT_DUE);
        assertThat(policy.status(last, 4, LocalDate.of(2025, 9, 1))).isEqualTo(EvaluationPolicy.Status.SOON);
        assertThat(policy.status(last, 4, LocalDate.of(2026, 3, 1))).isEqualTo(EvaluationPolicy.Status.DUE);
        assertThat(policy.status(last, 4, LocalDate.of(2026, 3, 2))).isEqualTo(EvaluationPolicy.Status.OVERDUE);
        assertThat(policy.status(Optional.empty(), 4, LocalDate.of(2026, 3, 2))).isEqualTo(EvaluationPolicy.Status.DUE);
    }
}
