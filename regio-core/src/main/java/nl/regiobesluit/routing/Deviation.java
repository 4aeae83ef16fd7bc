package nl.regiobesluit.routing;

/**
 * 'Ja, mits': a council follows the regiocommissie's advice unless it accounts for deviating, in the
 * regiocommissie. This decides which council outcomes are deviations and so need a follow-up agenda item.
 */
public final class Deviation {

    private Deviation() {
    }

    /**
     * Whether a council's outcome deviates from the advice.
     * A postponement is not a deviation: the council has not (yet) decided against the advice,
     * and the route records it as that council's outcome. PENDING never deviates.
     * Without an advice (cooperation models without a regiocommissie) nothing deviates.
     */
    public static boolean deviates(AdviceKind advice, CouncilOutcome outcome) {
        if (advice == null || outcome == null) {
            return false;
        }
        return switch (outcome) {
            case PENDING, POSTPONED -> false;
            case ADOPTED -> advice == AdviceKind.NEGATIVE;
            // Amending deviates only from an advice that asked to adopt as proposed.
            case ADOPTED_WITH_AMENDMENTS -> advice != AdviceKind.POSITIVE_IN_OUTLINE;
            case REJECTED -> advice != AdviceKind.NEGATIVE;
        };
    }
}
