package nl.regiobesluit.voting;

import nl.regiobesluit.ProjectFiles;
import nl.regiobesluit.shared.Problem;
import nl.regiobesluit.shared.Result;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * Property: whatever is done to a real stored result, verify ends in exactly one of three ways — identical,
 * differs (with at least one named difference), or refused with one line of at most 300 characters — never an
 * exception. Stored results are made by the engine from the 2014 composition ({@code ../shared/data} when present,
 * else the project's copy in {@code data/}), then mutated at byte and at JSON-text level.
 *
 * <p>Run longer: {@code mvn -B -ntp -pl regio-core test -Dtest=StoredResultMutationTest -Dpbt.examples=20000 -Dpbt.seed=7}.
 * The counts per class are printed at the end.
 */
class StoredResultMutationTest {

    private static final long SEED = Long.getLong("pbt.seed", 20261203L);
    private static final int EXAMPLES = Integer.getInteger("pbt.examples", 400);
    private static final Map<String, AtomicLong> ENDED = new ConcurrentHashMap<>();
    private static final AtomicLong INPUTS = new AtomicLong();
    private static List<String> results;
    private static final com.fasterxml.jackson.databind.ObjectMapper PLAIN = new com.fasterxml.jackson.databind.ObjectMapper();

    @BeforeAll
    static void storeSomeResults() {
        Path shared = ProjectFiles.root().resolve("../shared/data/election_2014_leidse_regio.csv").normalize();
        Path file = Files.isRegularFile(shared) ? shared : ProjectFiles.election2014();
        Composition read = CompositionCsv.read(file, LocalDate.of(2014, 3, 19)).value();
        // The source (a file path) is stored in the result; a fixed label keeps the stored bytes, and so the mutations
        // a seed makes, the same on every machine. With the path, CI (another directory) tried other inputs than here.
        Composition c = new Composition("election_2014_leidse_regio.csv", read.validFrom(), read.extraColumns(), read.municipalities());
        results = List.of(
                stored(c, null, WeightingScheme.A, "qualified:0.70", List.of("Leiden/D66", "Leiden/VVD", "Leiderdorp/CDA"), List.of("Oegstgeest/VVD")),
                stored(c, List.of("Leiden", "Leiderdorp", "Oegstgeest"), WeightingScheme.C, "majority,base=cast", List.of("Leiden/SP"),
                        List.of("Leiderdorp/VVD", "Oegstgeest/CDA")),
                stored(c, null, WeightingScheme.MUNICIPALITY, "double:0.6:3", List.of("Zoeterwoude/CDA", "Voorschoten/VVD"), List.of()),
                // A /1 result is read as well: made here in the /1 form, as verify recomputes one.
                VoteOutcomeJson.write(VoteEngine.decide(new VoteInputs(c, null, WeightingScheme.A, DecisionRule.parse("unanimity").value(),
                        LocalDate.of(2016, 1, 1), List.of("Leiden/D66"), List.of(), List.of("Leiden/SP"))).value()
                        .withComputationVersion(VoteEngine.VERSION_1)));
    }

    private static String stored(Composition c, List<String> municipalities, WeightingScheme scheme, String rule, List<String> yes,
                                 List<String> no) {
        return VoteOutcomeJson.write(VoteEngine.decide(new VoteInputs(c, municipalities, scheme, DecisionRule.parse(rule).value(),
                LocalDate.of(2015, 4, 1), yes, no, List.of())).value());
    }

    @Test
    void everyMutationOfAStoredResultEndsIdenticalDifferentOrInOneClearLine() {
        for (String r : results) {
            assertThat(VoteVerification.of(r).value().differences()).as("unmutated").isEmpty();
        }
        qt().withFixedSeed(SEED).withExamples(EXAMPLES)
                .forAll(integers().between(0, results.size() - 1), integers().between(0, Mutation.values().length - 1), longs().all())
                .checkAssert((which, kind, seed) -> {
                    INPUTS.incrementAndGet();
                    Mutation mutation = Mutation.values()[kind];
                    byte[] mutated = mutation.apply(results.get(which), new SplittableRandom(seed));
                    Result<VoteVerification> checked = VoteVerification.of(mutated);
                    String ended;
                    if (checked.isOk()) {
                        ended = checked.value().identical() ? "identical" : "differs";
                        checked.value().differences().forEach(d -> assertThat(d).isNotBlank());
                        if (checked.value().identical()) {
                            var original = tree(results.get(which).getBytes(StandardCharsets.UTF_8));
                            var now = tree(mutated);
                            if (VoteEngine.VERSION_1.equals(checked.value().recomputed().computationVersion())) {
                                // A /1 result holds no fingerprint (README): an edit of an input that changes no
                                // number cannot be seen in it. Every computed value must still be the original one.
                                ((com.fasterxml.jackson.databind.node.ObjectNode) original).remove("inputs");
                                ((com.fasterxml.jackson.databind.node.ObjectNode) now).remove("inputs");
                                if (!tree(mutated).equals(tree(results.get(which).getBytes(StandardCharsets.UTF_8)))) {
                                    ENDED.computeIfAbsent(mutation + " → identical (/1, an input edit that changes no number)",
                                            k -> new AtomicLong()).incrementAndGet();
                                }
                            }
                            // Identical only when nothing that JSON means was changed (white space, a byte for itself).
                            assertThat(now).isEqualTo(original);
                        }
                    } else {
                        assertThat(checked.problems()).isNotEmpty();
                        // As the CLI shows it: one line of at most 300 characters with its prefix, in which both
                        // messages stay whole (only the place is shortened, Problem.describe(int)).
                        Problem problem = checked.problems().get(0).in("result.json");
                        String line = "regio: " + problem.describe(300 - "regio: ".length());
                        assertThat(line.lines().count()).as(line).isEqualTo(1);
                        assertThat(line.length()).as(line).isLessThanOrEqualTo(300);
                        assertThat(line).as(line).contains(problem.message());
                        if (problem.messageNl() != null) {
                            assertThat(line).as(line).contains(problem.messageNl());
                        }
                        ended = "refused";
                    }
                    ENDED.computeIfAbsent(mutation + " → " + ended, k -> new AtomicLong()).incrementAndGet();
                    ENDED.computeIfAbsent("(all) → " + ended, k -> new AtomicLong()).incrementAndGet();
                });
    }

    private static com.fasterxml.jackson.databind.JsonNode tree(byte[] json) {
        try {
            return PLAIN.readTree(json);
        } catch (java.io.IOException e) {
            throw new AssertionError("verify read it, so plain Jackson must too", e);
        }
    }

    @AfterAll
    static void report() {
        System.out.println("StoredResultMutationTest: " + INPUTS.get() + " inputs tried (" + EXAMPLES + " examples asked), seed " + SEED);
        new TreeMap<>(ENDED).forEach((k, v) -> System.out.println("  " + k + ": " + v));
    }

    /** Ways a stored result gets changed: by hand, by a tool, by a broken disk or transfer. */
    enum Mutation {
        /** Any one byte replaced by any byte. */
        BYTE {
            byte[] apply(String json, SplittableRandom r) {
                byte[] b = bytes(json);
                b[r.nextInt(b.length)] = (byte) r.nextInt(256);
                return b;
            }
        },
        /** A stretch deleted. */
        DELETE {
            byte[] apply(String json, SplittableRandom r) {
                int from = r.nextInt(json.length());
                return bytes(json.substring(0, from) + json.substring(Math.min(json.length(), from + 1 + r.nextInt(40))));
            }
        },
        /** A stretch repeated (a key twice, an object twice, a number longer). */
        DUPLICATE {
            byte[] apply(String json, SplittableRandom r) {
                int from = r.nextInt(json.length());
                int to = Math.min(json.length(), from + 1 + r.nextInt(80));
                return bytes(json.substring(0, to) + json.substring(from, to) + json.substring(to));
            }
        },
        /** One digit changed: a vote count, a seat, a weight. */
        DIGIT {
            byte[] apply(String json, SplittableRandom r) {
                char[] c = json.toCharArray();
                for (int tries = 0; tries < 100; tries++) {
                    int i = r.nextInt(c.length);
                    if (Character.isDigit(c[i])) {
                        c[i] = (char) ('0' + r.nextInt(10));
                        break;
                    }
                }
                return bytes(new String(c));
            }
        },
        /** A quoted text swapped for another one in the same result (a member, municipality, scheme or rule). */
        SWAP_TEXT {
            byte[] apply(String json, SplittableRandom r) {
                List<String> texts = new java.util.ArrayList<>();
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"[^\"\\\\]*\"").matcher(json);
                while (m.find()) {
                    texts.add(m.group());
                }
                String from = texts.get(r.nextInt(texts.size()));
                String to = texts.get(r.nextInt(texts.size()));
                int at = json.indexOf(from, r.nextInt(json.length()));
                return bytes(at < 0 ? json : json.substring(0, at) + to + json.substring(at + from.length()));
            }
        },
        /** Something after the result: another object, text, a NUL. */
        APPEND {
            byte[] apply(String json, SplittableRandom r) {
                String[] tails = {"{\"passed\": true}", "x", "\u0000", "\n", " ", "[]", "{}", "0", "\"\""};
                return bytes(json + tails[r.nextInt(tails.length)]);
            }
        },
        /** A number made huge or tiny: 1e-99999999, 9223372036854775807, 40 nines. */
        NUMBER {
            byte[] apply(String json, SplittableRandom r) {
                String[] numbers = {"1e-99999999", "9223372036854775807", "9223372036854775808", "9".repeat(40), "-1", "1.5", "1e999999", "-0"};
                java.util.regex.Matcher m = java.util.regex.Pattern.compile(": (-?\\d[\\d.eE+-]*)").matcher(json);
                List<int[]> spans = new java.util.ArrayList<>();
                while (m.find()) {
                    spans.add(new int[]{m.start(1), m.end(1)});
                }
                int[] s = spans.get(r.nextInt(spans.size()));
                return bytes(json.substring(0, s[0]) + numbers[r.nextInt(numbers.length)] + json.substring(s[1]));
            }
        };

        abstract byte[] apply(String json, SplittableRandom r);

        private static byte[] bytes(String s) {
            return s.getBytes(StandardCharsets.UTF_8);
        }
    }
}
