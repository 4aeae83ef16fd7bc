package nl.regiobesluit.routing;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Where a proposal is in its route. The names are the values of {@code rb:routeStatus} in Alfresco,
 * which holds the state, so the service can stop at any moment and resume from the node.
 */
public enum RouteStatus {
    DRAFT, SUBMITTED, IN_COMMITTEE, ADVISED, DISPATCHED, DECIDED, WITHDRAWN;

    /** The statuses the service may move a proposal to from this one; anything else is a stale or reordered event. */
    public Set<RouteStatus> successors() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SUBMITTED, WITHDRAWN);
            case SUBMITTED -> EnumSet.of(IN_COMMITTEE, DISPATCHED, WITHDRAWN);
            case IN_COMMITTEE -> EnumSet.of(ADVISED, DECIDED, WITHDRAWN);
            case ADVISED -> EnumSet.of(DISPATCHED, DECIDED, WITHDRAWN);
            case DISPATCHED -> EnumSet.of(DECIDED, WITHDRAWN);
            case DECIDED, WITHDRAWN -> EnumSet.noneOf(RouteStatus.class);
        };
    }

    public boolean canMoveTo(RouteStatus next) {
        return successors().contains(next);
    }

    /** Open routes are the ones the deadline check looks at. */
    public boolean isOpen() {
        return this != DRAFT && this != DECIDED && this != WITHDRAWN;
    }

    /** Reads a stored value; an absent or unknown value is empty rather than an exception, because it comes from user-editable metadata. */
    public static Optional<RouteStatus> parse(Object value) {
        if (value == null) {
            return Optional.empty();
        }
        for (RouteStatus s : values()) {
            if (s.name().equals(value.toString())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
