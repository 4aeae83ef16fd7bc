package nl.regiobesluit.routing;

import java.util.Optional;

/** One council's decision on a routed proposal ({@code rb:councilOutcome}). */
public enum CouncilOutcome {
    PENDING, ADOPTED, ADOPTED_WITH_AMENDMENTS, REJECTED, POSTPONED;

    /** Every outcome except PENDING counts as "this council has decided" for completing the route. */
    public boolean isDecided() {
        return this != PENDING;
    }

    public boolean isAdoption() {
        return this == ADOPTED || this == ADOPTED_WITH_AMENDMENTS;
    }

    public static Optional<CouncilOutcome> parse(Object value) {
        if (value == null) {
            return Optional.empty();
        }
        for (CouncilOutcome o : values()) {
            if (o.name().equals(value.toString())) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }
}
