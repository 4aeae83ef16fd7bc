package nl.regiobesluit.routing.events;

import nl.regiobesluit.shared.Problem;

/**
 * An event that is not a well-formed Alfresco repository event; it goes to the dead-letter queue untouched, without
 * retries, with its one-line reason (Dutch with English alongside) as the dead letter's {@code rbFailureReason}.
 */
public class MalformedEventException extends RuntimeException {

    private final transient Problem problem;

    public MalformedEventException(Problem problem) {
        super(problem.describe());
        this.problem = problem;
    }

    public MalformedEventException(String message) {
        super(message);
        this.problem = Problem.of(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
        this.problem = Problem.of(message);
    }

    /** What is wrong, and where. */
    public Problem problem() {
        return problem;
    }
}
