package nl.regiobesluit.routing;

import java.util.Optional;

/** The regiocommissie's joint advice to the councils ({@code rb:adviceKind}). */
public enum AdviceKind {
    /** Adopt as proposed. */
    POSITIVE,
    /** Adopt in outline; councils may amend. */
    POSITIVE_IN_OUTLINE,
    /** Do not adopt. */
    NEGATIVE;

    public static Optional<AdviceKind> parse(Object value) {
        if (value == null) {
            return Optional.empty();
        }
        for (AdviceKind k : values()) {
            if (k.name().equals(value.toString())) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
