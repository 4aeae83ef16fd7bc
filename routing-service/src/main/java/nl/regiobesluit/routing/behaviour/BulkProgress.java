package nl.regiobesluit.routing.behaviour;

import java.time.Instant;

/**
 * Where a bulk (re)computation stands: records done of the total (including those done by an earlier,
 * interrupted run of the same query), what it wrote, found unchanged or refused, its rate and the time left.
 */
public record BulkProgress(String query, String state, long total, long done, long written, long unchanged, long refused,
                           double perSecond, long secondsLeft, Instant startedAt, String lastProblem) {

    public static BulkProgress idle() {
        return new BulkProgress(null, "IDLE", 0, 0, 0, 0, 0, 0, 0, null, null);
    }

    /** One line for logs and the command line, Dutch first. */
    public String describe() {
        return String.format(java.util.Locale.ROOT, "%s: %d/%d besluiten / records (%d geschreven / written, %d ongewijzigd / "
                + "unchanged, %d geweigerd / refused), %.1f per s, nog / left ~%d s", state, done, total, written, unchanged,
                refused, perSecond, secondsLeft);
    }
}
