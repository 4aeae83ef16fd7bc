package nl.regiobesluit.cli;

import nl.regiobesluit.shared.Problem;

import java.util.List;

/**
 * Bad input on the command line: printed as one line of at most {@link #MAX_LINE} characters (with the {@code regio: }
 * prefix), Dutch first with English alongside, exit code 2.
 */
final class CliFailure extends RuntimeException {

    /** The longest line a user is shown for bad input, prefix included (issue 10). */
    static final int MAX_LINE = 300;
    static final String PREFIX = "regio: ";

    CliFailure(String message) {
        super(message);
    }

    static CliFailure bilingual(String nl, String en) {
        return new CliFailure(nl + " / " + en);
    }

    /** The first problem (and how many more there are), fitted into one line. */
    static CliFailure of(List<Problem> problems) {
        int more = problems.size() - 1;
        String suffix = more == 0 ? "" : " (en nog " + more + " / and " + more + " more)";
        return new CliFailure(fit(problems.get(0), MAX_LINE - PREFIX.length() - suffix.length()) + suffix);
    }

    /** The problem described in at most {@code max} characters ({@link Problem#describe(int)}). */
    static String fit(Problem p, int max) {
        return p.describe(max);
    }
}
