package nl.regiobesluit.voting;

import nl.regiobesluit.ProjectFiles;
import nl.regiobesluit.pbt.PropertyRuns;
import nl.regiobesluit.shared.Problem;
import nl.regiobesluit.shared.Result;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static nl.regiobesluit.pbt.PropertyRuns.between;
import static nl.regiobesluit.pbt.PropertyRuns.oneOf;
import static nl.regiobesluit.pbt.PropertyRuns.stringsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

/**
 * Every input to the composition reader ends as a composition or as a refusal of one-line, bilingual problems that
 * name a line of the input: never an exception, never a hang. Inputs: the 2014 file with random edits (text and
 * bytes), random text, and generated valid compositions written as Excel would, which must read back exactly.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES) // a hang guard only: the default run takes seconds
class CompositionCsvPropertiesTest {

    private static final PropertyRuns.Outcomes OUTCOMES = new PropertyRuns.Outcomes("composition csv");
    private static final String ELECTION = read2014();
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** What makes CSV tricky: separators, quotes, line ends, comments, signs, huge numbers, accents, BOM, NUL, U+2028. */
    private static final List<String> TOKENS = List.of(",", ";", "\t", "\"", "\"\"", "\n", "\r\n", "\r", "#", "-", "0", "9", " ",
            "9223372036854775807", "99999999999", "1000000001", "é", "ë", "/", "", "\u0000", "\u2028", "\uFEFF", "1e9", "x", "55.146",
            "municipality", "seats", "council_seats");

    private static String read2014() {
        try {
            return Files.readString(ProjectFiles.election2014());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterAll
    static void report() {
        System.out.print(OUTCOMES.report());
    }

    /** The one property: a composition, or problems that are each one bilingual line of at most 300 characters. */
    private static void endsWellDefined(String inputClass, String input, Result<Composition> r, long nanos) {
        long lines = input.lines().count() + 1;
        if (r.isOk()) {
            // What was read can be written and read back to the same composition.
            assertThat(CompositionCsv.parse("p.csv", CompositionCsv.write(r.value()), null).value()).isEqualTo(r.value());
            OUTCOMES.count(inputClass, "parsed", nanos);
            return;
        }
        assertThat(r.problems()).isNotEmpty();
        for (Problem p : r.problems()) {
            String line = p.describe();
            assertThat(p.messageNl()).as("Dutch text of %s", line).isNotNull();
            assertThat(line).doesNotContain("\n").doesNotContain("\r").doesNotContain("\u2028");
            assertThat(line.length()).as(line).isLessThanOrEqualTo(300);
            assertThat(p.line()).as(line).isBetween(0, (int) Math.min(Integer.MAX_VALUE, lines));
        }
        Problem first = r.problems().get(0);
        OUTCOMES.count(inputClass, PropertyRuns.kind(first.field(), first.message()), nanos);
    }

    private static Result<Composition> timed(java.util.function.Supplier<Result<Composition>> parse, long[] nanos) {
        long start = System.nanoTime();
        Result<Composition> r = parse.get();
        nanos[0] = System.nanoTime() - start;
        return r;
    }

    /** The 2014 file with 1..8 edits: a token inserted, a stretch deleted, or a line doubled. */
    private static Gen<String> edited2014() {
        return in -> {
            StringBuilder b = new StringBuilder(ELECTION);
            int edits = (int) in.next(Constraint.between(1, 8));
            for (int i = 0; i < edits; i++) {
                int at = (int) in.next(Constraint.between(0, b.length()));
                switch ((int) in.next(Constraint.between(0, 3))) {
                    case 0 -> b.insert(at, TOKENS.get((int) in.next(Constraint.between(0, TOKENS.size() - 1))));
                    case 1 -> b.delete(at, Math.min(b.length(), at + (int) in.next(Constraint.between(1, 12))));
                    case 2 -> {
                        int start = b.lastIndexOf("\n", Math.max(0, at - 1)) + 1;
                        int end = b.indexOf("\n", at);
                        b.insert(start, end < 0 ? "" : b.substring(start, end + 1));
                    }
                    default -> b.replace(0, b.length(), b.toString().replace(",", ";").replace("\n", "\r\n"));
                }
            }
            return b.toString();
        };
    }

    @Test
    void anEditedCompositionIsReadOrRefusedInOneBilingualLinePerProblem() {
        qt().withFixedSeed(PropertyRuns.seed()).withExamples(PropertyRuns.examples(300))
                .forAll(edited2014())
                .checkAssert(text -> {
                    long[] nanos = new long[1];
                    endsWellDefined("edited 2014 text", text, timed(() -> CompositionCsv.parse("p.csv", text, null), nanos), nanos[0]);
                });
        assertThat(OUTCOMES.ofClass("edited 2014 text", "parsed")).isPositive();
        assertThat(OUTCOMES.ofClass("edited 2014 text", "refused")).isPositive();
    }

    @Test
    void randomTextIsRefusedInOneBilingualLinePerProblem() {
        String alphabet = "municpaltyvsohr_,;\t\"\n\r#-09 é/\u0000\u2028";
        qt().withFixedSeed(PropertyRuns.seed()).withExamples(PropertyRuns.examples(150))
                .forAll(stringsOf(alphabet, 200).mix(in -> HEADER_LINE + stringsOf(alphabet, 120).generate(in), 50))
                .checkAssert(text -> {
                    long[] nanos = new long[1];
                    endsWellDefined("random text", text, timed(() -> CompositionCsv.parse("p.csv", text, null), nanos), nanos[0]);
                });
        assertThat(OUTCOMES.ofClass("random text", "refused")).isPositive();
    }

    private static final String HEADER_LINE = "municipality,valid_votes,population,council_seats,party,seats,party_votes\n";

    /** The 2014 file as bytes (UTF-8, UTF-8 with BOM or Windows-1252) with 1..6 bytes overwritten at random. */
    private static Gen<byte[]> editedBytes() {
        return in -> {
            String text = ELECTION.replace("Leiden", "Léiden");
            byte[] base = switch ((int) in.next(Constraint.between(0, 2))) {
                case 0 -> text.getBytes(StandardCharsets.UTF_8);
                case 1 -> ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
                default -> text.getBytes(WINDOWS_1252);
            };
            int edits = (int) in.next(Constraint.between(1, 6));
            for (int i = 0; i < edits; i++) {
                int at = (int) in.next(Constraint.between(0, base.length - 1));
                int[] interesting = {0x00, 0x81, 0xE9, 0xC3, 0xA9, 0xEF, 0xFF, 0xFE, '"', ',', '\n', '\r'};
                base[at] = in.next(Constraint.between(0, 1)) == 0
                        ? (byte) interesting[(int) in.next(Constraint.between(0, interesting.length - 1))]
                        : (byte) in.next(Constraint.between(0, 255));
            }
            return base;
        };
    }

    @Test
    void editedBytesAreDecodedOrRefusedNamingTheEncodingProblem() {
        qt().withFixedSeed(PropertyRuns.seed()).withExamples(PropertyRuns.examples(150))
                .forAll(editedBytes())
                .checkAssert(bytes -> {
                    long[] nanos = new long[1];
                    Result<Composition> r = timed(() -> CompositionCsv.parse("p.csv", bytes, null), nanos);
                    endsWellDefined("edited bytes", new String(bytes, StandardCharsets.ISO_8859_1), r, nanos[0]);
                });
        assertThat(OUTCOMES.ofClass("edited bytes", "parsed")).isPositive();
        assertThat(OUTCOMES.ofClass("edited bytes", "refused")).isPositive();
    }

    /** A valid composition as the model the file should give, and the file as Excel (or a script) would write it. */
    record Written(Composition expected, byte[] file, String how) {
    }

    private static Gen<Written> validCompositions() {
        Gen<String> names = stringsOf("abcdefghijklmnopqrstuvwxyzABZéëïüÁÂ -',;\"&.()", 12)
                .map(s -> ("n" + s).strip());
        return in -> {
            int municipalities = (int) in.next(Constraint.between(1, 5));
            boolean withPopulation = in.next(Constraint.between(0, 1)) == 1;
            boolean withVotes = in.next(Constraint.between(0, 1)) == 1;
            List<Municipality> expected = new ArrayList<>();
            Map<String, Boolean> usedMunicipalities = new LinkedHashMap<>();
            for (int m = 0; m < municipalities; m++) {
                String name = names.generate(in).replace("/", "") + " " + m;
                if (usedMunicipalities.put(name, true) != null) {
                    continue;
                }
                int groups = (int) in.next(Constraint.between(1, 5));
                List<PartyGroup> partyGroups = new ArrayList<>();
                int council = 0;
                for (int g = 0; g < groups; g++) {
                    int seats = (int) in.next(Constraint.between(g == 0 ? 1 : 0, 45));
                    council += seats;
                    Long votes = withVotes ? in.next(Constraint.between(0, 1_000_000_000)) : null;
                    partyGroups.add(new PartyGroup(name, names.generate(in) + " " + g, seats, votes, Map.of()));
                }
                long valid = in.next(Constraint.between(1, 1_000_000_000));
                Long population = withPopulation ? in.next(Constraint.between(0, 1_000_000_000)) : null;
                expected.add(new Municipality(name, valid, population, council, partyGroups));
            }
            String sep = List.of(",", ";", "\t").get((int) in.next(Constraint.between(0, 2)));
            String eol = List.of("\n", "\r\n").get((int) in.next(Constraint.between(0, 1)));
            StringBuilder csv = new StringBuilder("municipality" + sep + "valid_votes" + sep + "population" + sep + "council_seats" + sep
                    + "party" + sep + "seats" + sep + "party_votes" + eol);
            for (Municipality m : expected) {
                for (PartyGroup g : m.partyGroups()) {
                    csv.append(String.join(sep, quoted(m.name(), sep), Long.toString(m.validVotes()),
                            m.population() == null ? "" : m.population().toString(), Integer.toString(m.councilSeats()),
                            quoted(g.name(), sep), Integer.toString(g.seats()), g.votes() == null ? "" : g.votes().toString())).append(eol);
                }
            }
            int encoding = (int) in.next(Constraint.between(0, 2));
            byte[] body = csv.toString().getBytes(encoding == 2 ? WINDOWS_1252 : StandardCharsets.UTF_8);
            byte[] file = body;
            if (encoding == 1) {
                file = new byte[body.length + 3];
                file[0] = (byte) 0xEF;
                file[1] = (byte) 0xBB;
                file[2] = (byte) 0xBF;
                System.arraycopy(body, 0, file, 3, body.length);
            }
            String how = (encoding == 0 ? "UTF-8" : encoding == 1 ? "UTF-8+BOM" : "Windows-1252") + " '" + sep.replace("\t", "\\t") + "'";
            return new Written(new Composition("p.csv", null, List.of(), expected), file, how);
        };
    }

    /** RFC 4180 quoting as the test writes it, independent of the reader. */
    private static String quoted(String cell, String sep) {
        return cell.contains(sep) || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }

    @Test
    void aValidCompositionWrittenAsExcelWouldIsReadBackExactly() {
        qt().withFixedSeed(PropertyRuns.seed()).withExamples(PropertyRuns.examples(100))
                .forAll(validCompositions())
                .checkAssert(w -> {
                    long start = System.nanoTime();
                    Result<Composition> r = CompositionCsv.parse("p.csv", w.file(), null);
                    long nanos = System.nanoTime() - start;
                    assertThat(r.problems()).as(w.how()).isEmpty();
                    assertThat(r.value()).isEqualTo(w.expected());
                    OUTCOMES.count("generated valid (" + w.how().replaceAll(" '.*", "") + ")", "parsed", nanos);
                });
    }
}
