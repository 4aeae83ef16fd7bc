package nl.regiobesluit.routing;

import java.util.List;

/**
 * What differs between cooperation models, as small named policies over the same steps:
 * whether a regional body speaks first (advice or decision), whether councils are routed to, and
 * how the outcome of the whole route is decided.
 */
public enum RoutePolicy {

    /** Regiocommissie advises, then every participating council decides; regional decision when all adopt. */
    COMMITTEE_THEN_COUNCILS(BodyRole.ADVISES, true, false),
    /** No regional body; every participating council decides; regional decision only when all adopt. */
    COUNCILS_UNANIMOUS(BodyRole.NONE, true, false),
    /** The regional body decides itself (weighted vote); councils are not routed to. */
    BODY_DECIDES(BodyRole.DECIDES, false, false),
    /** A single council decides. */
    SINGLE_COUNCIL(BodyRole.NONE, true, true);

    /** The part a regional body plays before councils are routed to. */
    public enum BodyRole { NONE, ADVISES, DECIDES }

    private final BodyRole bodyRole;
    private final boolean routesToCouncils;
    private final boolean singleCouncil;

    RoutePolicy(BodyRole bodyRole, boolean routesToCouncils, boolean singleCouncil) {
        this.bodyRole = bodyRole;
        this.routesToCouncils = routesToCouncils;
        this.singleCouncil = singleCouncil;
    }

    public BodyRole bodyRole() {
        return bodyRole;
    }

    public boolean routesToCouncils() {
        return routesToCouncils;
    }

    /** The status intake moves a submitted proposal to. */
    public RouteStatus afterIntake() {
        return bodyRole == BodyRole.NONE ? RouteStatus.SUBMITTED : RouteStatus.IN_COMMITTEE;
    }

    /**
     * The councils a route goes to. A single-council model takes only the first; an empty list means
     * the configuration is wrong, which the caller reports rather than completing an empty route.
     */
    public List<String> councils(List<String> participating) {
        if (!routesToCouncils) {
            return List.of();
        }
        return singleCouncil && !participating.isEmpty() ? List.of(participating.get(0)) : List.copyOf(participating);
    }

    /**
     * The outcome of the route once complete.
     *
     * @param bodyPassed whether the regional body's vote passed (only read for {@link BodyRole#DECIDES})
     * @param progress   the councils' outcomes (ignored when councils are not routed to)
     */
    public RecordOutcome outcome(Boolean bodyPassed, RouteProgress progress) {
        if (!routesToCouncils) {
            return Boolean.TRUE.equals(bodyPassed) ? RecordOutcome.REGIONAL_DECISION_TAKEN : RecordOutcome.NO_REGIONAL_DECISION;
        }
        boolean allAdopted = progress.everyCouncilDecided()
                && progress.outcomes().values().stream().allMatch(CouncilOutcome::isAdoption);
        return allAdopted ? RecordOutcome.REGIONAL_DECISION_TAKEN : RecordOutcome.NO_REGIONAL_DECISION;
    }

    /** The outcome of a whole route ({@code rb:recordOutcome}). */
    public enum RecordOutcome { REGIONAL_DECISION_TAKEN, NO_REGIONAL_DECISION }
}
