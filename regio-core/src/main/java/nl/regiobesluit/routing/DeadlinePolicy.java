package nl.regiobesluit.routing;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.Objects;

/**
 * The deadline of a route: submission plus a period (two months for framework decisions, configurable
 * per theme). The absolute deadline is stored on the proposal, so it survives restarts and is checked by
 * a scheduled step rather than by an in-memory timer.
 */
public final class DeadlinePolicy {

    public static final Period DEFAULT_PERIOD = Period.ofMonths(2);

    private final Period period;

    public DeadlinePolicy(Period period) {
        this.period = Objects.requireNonNull(period, "period");
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("deadline period must be positive, was " + period);
        }
    }

    public Period period() {
        return period;
    }

    /** Calendar arithmetic in the submission's own offset, so "two months" means the same day two months on. */
    public OffsetDateTime deadlineFor(OffsetDateTime submittedOn) {
        return submittedOn.plus(period);
    }

    /** Overdue means strictly after the deadline, and only for a route that is still open. */
    public static boolean isOverdue(RouteStatus status, OffsetDateTime deadline, Instant now) {
        return status != null && status.isOpen() && deadline != null && now.isAfter(deadline.toInstant());
    }
}
