package nl.regiobesluit.routing;

/**
 * What the regional body has recorded on its advice node, and whether the route can move on.
 *
 * <p>A consensus advice is ready as soon as its kind is set. An advice reached by a vote ({@code rb:votes})
 * is ready only when the vote result ({@code rb:resultPassed}) has been computed and written — that is the
 * decision-record behaviour's work; the committee step only waits for it.
 *
 * @param kind         {@code rb:adviceKind}, null when not yet set
 * @param hasVotes     whether the advice carries the {@code rb:votes} aspect
 * @param resultPassed {@code rb:resultPassed}, null while the vote result is not computed
 */
public record CommitteeAdvice(AdviceKind kind, boolean hasVotes, Boolean resultPassed) {

    public boolean isReady(RoutePolicy.BodyRole role) {
        if (hasVotes) {
            return resultPassed != null && (role == RoutePolicy.BodyRole.DECIDES || kind != null);
        }
        return kind != null;
    }

    /** For a body that decides itself: passed by vote, or by consensus on a positive advice. */
    public boolean bodyPassed() {
        if (hasVotes) {
            return Boolean.TRUE.equals(resultPassed);
        }
        return kind == AdviceKind.POSITIVE || kind == AdviceKind.POSITIVE_IN_OUTLINE;
    }
}
