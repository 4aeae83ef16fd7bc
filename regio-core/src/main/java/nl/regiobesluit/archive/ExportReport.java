package nl.regiobesluit.archive;

import nl.regiobesluit.shared.Problem;

import java.time.Duration;
import java.util.List;

/**
 * What an export did: records written in this run, records skipped because an earlier run completed them, and one
 * problem per rejected record (a rejected record is left out and is tried again by the next run).
 */
public record ExportReport(long written, long skipped, List<Problem> problems, Duration elapsed) {

    public ExportReport {
        problems = List.copyOf(problems);
    }

    public boolean complete() {
        return problems.isEmpty();
    }
}
