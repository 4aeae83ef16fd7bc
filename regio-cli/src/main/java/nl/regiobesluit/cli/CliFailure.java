package nl.regiobesluit.cli;

import nl.regiobesluit.shared.Problem;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
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

    /**
     * The problem described in at most {@code max} characters: the values quoted in problems are already cut short
     * ({@link nl.regiobesluit.shared.Excerpt}), so only a long path can make it longer; the file name alone then names the
     * file (it appears twice, once per language). Cutting the text is the last resort.
     */
    static String fit(Problem p, int max) {
        String line = p.describe().replaceAll("[\\r\\n]+", " ");
        if (line.length() <= max) {
            return line;
        }
        if (p.source() != null) {
            String shorter = new Problem(fileName(p.source()), p.line(), p.field(), p.message(), p.messageNl()).describe();
            if (shorter.length() <= max) {
                return shorter;
            }
            line = shorter;
        }
        return line.substring(0, max - 1) + "…";
    }

    private static String fileName(String source) {
        try {
            Path name = Path.of(source).getFileName();
            return name == null ? source : name.toString();
        } catch (InvalidPathException e) {
            return source;
        }
    }
}
