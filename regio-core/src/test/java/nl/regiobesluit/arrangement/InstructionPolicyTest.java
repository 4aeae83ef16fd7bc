package nl.regiobesluit.arrangement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class InstructionPolicyTest {

    private final InstructionPolicy policy = InstructionPolicy.standard();
    private final LocalDate meeting = LocalDate.of(2026, 6, 25);

    @Test
    void theInstructionIsDueTheArrangementsLeadDaysBeforeTheMeeting() {
        assertThat(policy.deadline(meeting, 7)).isEqualTo(LocalDate.of(2026, 6, 18));
        assertThat(policy.deadline(meeting, 14)).isEqualTo(LocalDate.of(2026, 6, 11));
    }

    @Test
    void papersTwentyDaysAheadLeaveTheCouncilItsTenDaysToPrepare() {
        // ab-vergadering: papers 20 days before the meeting (5 June), deadline 18 June, 10 days to prepare: by 8 June.
        assertThat(policy.papersInTime(LocalDate.of(2026, 6, 5), meeting, 7)).isTrue();
        assertThat(policy.papersInTime(LocalDate.of(2026, 6, 8), meeting, 7)).isTrue();
        assertThat(policy.papersInTime(LocalDate.of(2026, 6, 9), meeting, 7)).isFalse();
    }

    @Test
    void anInstructionOnOrBeforeTheDeadlineIsInTimeAndAfterItLate() {
        LocalDate deadline = LocalDate.of(2026, 6, 18);
        LocalDate today = LocalDate.of(2026, 6, 30);
        assertThat(policy.status(Optional.of(LocalDate.of(2026, 6, 17)), deadline, today)).isEqualTo(InstructionPolicy.Status.GIVEN_IN_TIME);
        assertThat(policy.status(Optional.of(deadline), deadline, today)).isEqualTo(InstructionPolicy.Status.GIVEN_IN_TIME);
        assertThat(policy.status(Optional.of(LocalDate.of(2026, 6, 19)), deadline, today)).isEqualTo(InstructionPolicy.Status.GIVEN_LATE);
    }

    @Test
    void noInstructionIsOpenUntilTheDeadlinePassesThenItEscalates() {
        LocalDate deadline = LocalDate.of(2026, 6, 18);
        assertThat(policy.status(Optional.empty(), deadline, deadline)).isEqualTo(InstructionPolicy.Status.OPEN);
        assertThat(policy.escalate(Optional.empty(), deadline, deadline)).isFalse();
        assertThat(policy.status(Optional.empty(), deadline, deadline.plusDays(1))).isEqualTo(InstructionPolicy.Status.MISSED);
        assertThat(policy.escalate(Optional.empty(), deadline, deadline.plusDays(1))).isTrue();
    }

    @Test
    void aNegativeLeadTimeIsOneClearProblemNotAnException() {
        assertThat(policy.instructionDeadline(meeting, 7).value()).isEqualTo(LocalDate.of(2026, 6, 18));
        assertThat(policy.instructionDeadline(meeting, 0).value()).isEqualTo(meeting);
        var refused = policy.instructionDeadline(meeting, -3);
        assertThat(refused.isOk()).isFalse();
        assertThat(refused.problems()).singleElement().satisfies(p -> assertThat(p.describe()).isEqualTo(
                "veld 'rb:instructionLeadDays': het aantal dagen voor de instructie mag niet negatief zijn: -3"
                        + " / field 'rb:instructionLeadDays': the instruction lead days must not be negative: -3"));
    }
}
