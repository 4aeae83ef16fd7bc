package nl.regiobesluit.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.Period;
import org.junit.jupiter.api.Test;

class DeadlinePolicyTest {

    @Test
    void defaultDeadlineIsTwoCalendarMonthsAfterSubmission() {
        DeadlinePolicy policy = new DeadlinePolicy(DeadlinePolicy.DEFAULT_PERIOD);
        assertThat(policy.deadlineFor(OffsetDateTime.parse("2026-01-31T10:00:00+01:00")))
                .isEqualTo(OffsetDateTime.parse("2026-03-31T10:00:00+01:00"));
    }

    @Test
    void aThemeMayConfigureItsOwnPeriod() {
        DeadlinePolicy policy = new DeadlinePolicy(Period.ofWeeks(6));
        assertThat(policy.deadlineFor(OffsetDateTime.parse("2026-01-01T00:00:00Z")))
                .isEqualTo(OffsetDateTime.parse("2026-02-12T00:00:00Z"));
    }

    @Test
    void aZeroOrNegativePeriodIsRefused() {
        assertThatThrownBy(() -> new DeadlinePolicy(Period.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DeadlinePolicy(Period.ofDays(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anOpenRouteIsOverdueOnlyStrictlyAfterItsDeadline() {
        OffsetDateTime deadline = OffsetDateTime.parse("2026-03-01T00:00:00Z");
        assertThat(DeadlinePolicy.isOverdue(RouteStatus.DISPATCHED, deadline, deadline.toInstant())).isFalse();
        assertThat(DeadlinePolicy.isOverdue(RouteStatus.DISPATCHED, deadline, Instant.parse("2026-03-01T00:00:01Z"))).isTrue();
    }

    @Test
    void aDecidedOrWithdrawnRouteIsNeverOverdue() {
        OffsetDateTime deadline = OffsetDateTime.parse("2026-03-01T00:00:00Z");
        Instant later = Instant.parse("2027-01-01T00:00:00Z");
        assertThat(DeadlinePolicy.isOverdue(RouteStatus.DECIDED, deadline, later)).isFalse();
        assertThat(DeadlinePolicy.isOverdue(RouteStatus.WITHDRAWN, deadline, later)).isFalse();
        assertThat(DeadlinePolicy.isOverdue(RouteStatus.DISPATCHED, null, later)).isFalse();
    }
}
