package nl.regiobesluit.cli;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

/**
 * The lists of {@code ./regio vote} ({@code --yes}, {@code --no}, {@code --abstain}, {@code --municipalities}) as
 * typed: every run ends with an outcome (exit 0) or one bilingual line of at most 300 characters (exit 2); never an
 * internal error (exit 3), never a stack trace. Fixed seed; {@code -Dpbt.examples=N -Dpbt.seed=S} to run it longer.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES) // a hang guard only
class OptionListPropertiesTest {

    private static final Map<String, Long> OUTCOMES = new TreeMap<>();
    private static final List<String> MEMBERS = List.of("Aa/X", "Aa/Y", "Bb/X", "Cc/Z", "\"Aa/X, lokaal\"");
    private static final List<String> NAMES = List.of("Aa/X", "Aa/Y", "Bb/X", "Cc/Z", "Aa/Q", "Dd/X", "Aa", "Aa /  X", "\"Aa/X\"",
            "\"Aa/X, lokaal\"", "Bb", "Cc", "Dd", "", " ", ",", "\"", "Aa/X\u0000", "Aa/X\n", "é/ë", "/", "Aa/", "/X");
    private static Path composition;

    @BeforeAll
    static void composition(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        composition = Files.writeString(dir.resolve("c.csv"), "municipality;valid_votes;council_seats;party;seats\r\n"
                + "Aa;100;3;X;1\r\nAa;100;3;Y;1\r\nAa;100;3;\"X, lokaal\";1\r\nBb;80;1;X;1\r\nCc;60;1;Z;1\r\n");
    }

    @AfterAll
    static void report() {
        long total = OUTCOMES.values().stream().mapToLong(Long::longValue).sum();
        StringBuilder b = new StringBuilder("[pbt] option lists: " + total + " runs, seed " + seed() + "\n");
        OUTCOMES.forEach((k, v) -> b.append("[pbt] option lists | ").append(k).append(" | ").append(v).append('\n'));
        System.out.print(b);
    }

    static int examples(int fallback) {
        String v = System.getProperty("pbt.examples");
        return v == null || v.isBlank() ? fallback : Integer.parseInt(v.trim());
    }

    static long seed() {
        String v = System.getProperty("pbt.seed");
        return v == null || v.isBlank() ? 20_261_203L : Long.parseLong(v.trim());
    }

    /** An option value: 0..4 names joined by commas (sometimes absent altogether: null). */
    private static Gen<String> listOption() {
        return in -> {
            if (in.next(Constraint.between(0, 4)) == 0) {
                return null;
            }
            int n = (int) in.next(Constraint.between(0, 4));
            List<String> names = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                // Half of the names are members, so that lists that end in an outcome are tried as often as typing errors.
                names.add(in.next(Constraint.between(0, 1)) == 0 ? MEMBERS.get((int) in.next(Constraint.between(0, MEMBERS.size() - 1)))
                        : NAMES.get((int) in.next(Constraint.between(0, NAMES.size() - 1))));
            }
            return String.join(in.next(Constraint.between(0, 5)) == 0 ? ", " : ",", names);
        };
    }

    private static Gen<String> municipalities() {
        List<String> m = List.of("Aa", "Bb", "Cc", "Dd", "", ",", " ", "Aa,Aa", "\"Bb\"", "Aa,,Cc");
        return in -> in.next(Constraint.between(0, 1)) == 0 ? null
                : m.get((int) in.next(Constraint.between(0, m.size() - 1))) + (in.next(Constraint.between(0, 1)) == 0 ? "" : ",Cc");
    }

    @Test
    void everyTypedListEndsInAnOutcomeOrOneBilingualLine() {
        qt().withFixedSeed(seed()).withExamples(examples(100))
                .forAll(listOption(), listOption(), listOption(), municipalities())
                .checkAssert((yes, no, abstain, municipalities) -> {
                    List<String> args = new ArrayList<>(List.of("vote", "--composition", composition.toString(), "--scheme", "C",
                            "--rule", "majority"));
                    add(args, "--yes", yes);
                    add(args, "--no", no);
                    add(args, "--abstain", abstain);
                    add(args, "--municipalities", municipalities);
                    CliRun r = CliRun.regio(args.toArray(String[]::new));
                    assertThat(r.exit()).as("%s: %s", args, r.err()).isIn(0, 2);
                    if (r.exit() == 0) {
                        assertThat(r.err()).isEmpty();
                        assertThat(r.out()).containsAnyOf("AANGENOMEN / PASSED", "VERWORPEN / REJECTED");
                        count("outcome (" + r.out().lines().findFirst().orElse("").replaceAll(" —.*", "") + ")");
                        return;
                    }
                    assertThat(r.out()).isEmpty();
                    String line = r.err().stripTrailing();
                    assertThat(line).doesNotContain("\n").startsWith("regio: ").contains(" / ").doesNotContain("Exception");
                    assertThat(line.length()).as(line).isLessThanOrEqualTo(300);
                    count("refused: " + kind(line));
                });
        assertThat(OUTCOMES.keySet()).anyMatch(k -> k.startsWith("outcome")).anyMatch(k -> k.startsWith("refused"));
    }

    private static void add(List<String> args, String option, String value) {
        if (value != null) {
            args.add(option);
            args.add(value);
        }
    }

    private static synchronized void count(String outcome) {
        OUTCOMES.merge(outcome, 1L, Long::sum);
    }

    /** The English half's words before any quoted value, numbers as N. */
    private static String kind(String line) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(".* / ((?:field '([^']*)'|(--[a-z]+)):? ?(.*))$").matcher(line);
        if (!m.matches()) {
            return line;
        }
        String where = m.group(2) != null ? m.group(2) : m.group(3);
        String[] words = m.group(4).replaceAll("'.*", "").replaceAll("[0-9]+", "N").strip().split("\\s+");
        return where + ": " + String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, 6)));
    }
}
