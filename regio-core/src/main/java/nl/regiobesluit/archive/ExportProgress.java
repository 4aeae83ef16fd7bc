package nl.regiobesluit.archive;

import java.time.Duration;
import java.util.Optional;

/**
 * Where an export stands: records written in this run, skipped because an earlier run completed them, rejected;
 * {@code total} is -1 when the source cannot tell.
 */
public record ExportProgress(long written, long skipped, long rejected, long total, Duration elapsed) {

    public long handled() {
        return written + skipped + rejected;
    }

    /** Records written per second in this run. */
    public double rate() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : written / seconds;
    }

    /** Time left at the current rate; empty when the total is unknown or nothing was written yet. */
    public Optional<Duration> remaining() {
        if (total < 0 || written == 0) {
            return Optional.empty();
        }
        long left = Math.max(0, total - handled());
        double perRecord = elapsed.toNanos() / (double) Math.max(1, written + rejected);
        return Optional.of(Duration.ofNanos((long) (left * perRecord)));
    }

    /** One line for a terminal, Dutch with English alongside. */
    public String describe() {
        String of = total < 0 ? "" : "/" + total;
        String left = remaining().map(d -> ", nog / left ~" + d.toSeconds() + " s").orElse("");
        return handled() + of + " besluiten / records (" + written + " geschreven / written, " + skipped
                + " al klaar / already done, " + rejected + " afgewezen / rejected), "
                + String.format(java.util.Locale.ROOT, "%.0f", rate()) + "/s" + left;
    }
}
