package nl.regiobesluit.routing.camel;

/** Header names shared by the routes; they are also copied into the logs. */
public final class RouteHeaders {
    public static final String PROPOSAL_ID = "rbProposalId";
    public static final String NODE_ID = "rbNodeId";
    public static final String USER = "rbUser";
    public static final String EVENT_ID = "rbEventId";
    public static final String IDEMPOTENCY_KEY = "rbIdempotencyKey";
    public static final String MUNICIPALITY = "rbMunicipality";
    /** The id of the council decision node that a council's dispatch created or found. */
    public static final String COUNCIL_DECISION_ID = "rbCouncilDecisionId";
    public static final String FAILURE_REASON = "rbFailureReason";
    public static final String FAILED_ROUTE = "rbFailedRoute";

    private RouteHeaders() {
    }
}
