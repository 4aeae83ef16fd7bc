package nl.regiobesluit.routing.events;

/**
 * What an event asks of the route, or why it is ignored.
 *
 * @param step           the step to run, or {@link Step#IGNORE}
 * @param nodeId         the node the event is about (proposal, advice or council decision)
 * @param user           who caused it (null when the event does not say, as for association events)
 * @param idempotencyKey what changed, so a repeated event — whatever its id — runs the step once
 * @param reason         for logs: why this step, or why ignored
 */
public record Trigger(Step step, String nodeId, String user, String idempotencyKey, String reason) {

    public Trigger {
        idempotencyKey = IdempotencyKeys.of(idempotencyKey);
    }

    public enum Step { INTAKE, VOTE, FINALIZE, COMMITTEE_ADVICE, COMMITTEE, COLLECT, IGNORE }

    public static Trigger ignore(String nodeId, String reason) {
        return new Trigger(Step.IGNORE, nodeId, null, null, reason);
    }

    public boolean isIgnored() {
        return step == Step.IGNORE;
    }
}
