package nl.regiobesluit.routing.events;

/**
 * What an event asks of the route, or why it is ignored.
 *
 * @param step           the step to run, or {@link Step#IGNORE}
 * @param nodeId         the node the event is about (proposal, advice or council decision)
 * @param user           who caused it; null only for a peer association, whose event names no user
 *                       (see {@link #userIsSourceModifier})
 * @param idempotencyKey what changed, so a repeated event — whatever its id — runs the step once
 * @param reason         for logs: why this step, or why ignored
 * @param voteChange     what the event changed of the vote on the node (for a node with {@code rb:votes})
 * @param userIsSourceModifier the event names no user (Alfresco's peer-association events carry none): the user is
 *                       whoever last modified the association's source node, which Alfresco updates when the
 *                       association is made (see {@code GriffieGuard})
 */
public record Trigger(Step step, String nodeId, String user, String idempotencyKey, String reason, VoteChange voteChange,
                      boolean userIsSourceModifier) {

    public Trigger {
        idempotencyKey = IdempotencyKeys.of(idempotencyKey);
        voteChange = voteChange == null ? VoteChange.NONE : voteChange;
    }

    public Trigger(Step step, String nodeId, String user, String idempotencyKey, String reason) {
        this(step, nodeId, user, idempotencyKey, reason, VoteChange.NONE, false);
    }

    public enum Step {
        INTAKE, VOTE, FINALIZE, COMMITTEE_ADVICE, COMMITTEE, COLLECT,
        /** A joint arrangement's board papers filed (issue 15). */
        GR_PAPERS,
        /** A Wgr procedure filed (issue 15). */
        WGR_PROCEDURE,
        /** A council's zienswijze recorded (issue 15). */
        ZIENSWIJZE,
        IGNORE
    }

    /**
     * What an event changed of a vote. Only a change of the member lists by a griffie member "records the vote
     * again" (and lifts an earlier refusal); a change of any vote input by someone else refuses the vote.
     */
    public enum VoteChange {
        /** No vote input changed (a title-only save, say). */
        NONE,
        /** The date, body or municipality of the vote changed, not who voted how. */
        OTHER_INPUTS,
        /** Who voted yes, no or abstained was set or changed (or the node was created with its vote). */
        MEMBER_LISTS;

        public boolean any() {
            return this != NONE;
        }
    }

    public static Trigger ignore(String nodeId, String reason) {
        return new Trigger(Step.IGNORE, nodeId, null, null, reason);
    }

    public boolean isIgnored() {
        return step == Step.IGNORE;
    }

    /** True when this trigger would start a step without knowing who made the change. */
    public boolean lacksUser() {
        return !isIgnored() && !userIsSourceModifier && (user == null || user.isBlank());
    }
}
