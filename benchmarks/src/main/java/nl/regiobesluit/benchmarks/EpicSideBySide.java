package nl.regiobesluit.benchmarks;

import nl.regiobesluit.shared.Result;
import nl.regiobesluit.voting.WeightingScheme;
import nl.regiobesluit.voting.power.ExactPower;
import nl.regiobesluit.voting.power.PowerIndices;
import nl.regiobesluit.voting.power.WeightedGame;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The games of issue 14's side-by-side comparison, written so that EPIC (Staudacher et al. 2021, built by the reader
 * from its public source; not part of this project) can be run on exactly the same games, and EPIC's answers compared
 * with Regiobesluit's.
 *
 * <pre>
 * java -Xmx500m -cp benchmarks/target/benchmarks.jar nl.regiobesluit.benchmarks.EpicSideBySide write target/epic [game ...]
 * echo n | epic -i BZ -w target/epic/&lt;game&gt;.csv -q 0 -v &gt; target/epic/&lt;game&gt;.BZ.log 2&gt;&amp;1   (EPIC, per game)
 * echo n | epic -i SH -w target/epic/&lt;game&gt;.csv -q 0 -v &gt; target/epic/&lt;game&gt;.SH.log 2&gt;&amp;1
 * java -cp benchmarks/target/benchmarks.jar nl.regiobesluit.benchmarks.EpicSideBySide compare target/epic [game ...]
 * </pre>
 *
 * {@code write} puts per game {@code <game>.csv} in EPIC's input format for {@code -q 0} (the quota on the first line,
 * then one integer weight per line: the game's exact integer weights over their common denominator, so the same game
 * and not a rounded one), computes the game as {@link PowerScaleBenchmark} does (warm-up, measured runs, wall time,
 * heap peak) and keeps the answer in {@code <game>.regio.txt}: per member its swings and its Shapley–Shubik index as a
 * decimal of 40 places. {@code compare} reads what EPIC printed, {@code <game>.BZ.log} (the output of
 * {@code -i BZ -v}, whose raw Banzhaf values are exact integers) and {@code <game>.SH.log} (of {@code -i SH -v}, which
 * prints each index to 6 significant digits), and says per game whether every swing count is identical and every
 * Shapley–Shubik index agrees to the digits EPIC prints; it exits 1 when any differs. EPIC asks on standard input
 * whether to go on when its memory estimate exceeds the machine's; without an answer it asks again without end. Games: {@value #GAMES}.
 */
public final class EpicSideBySide {

    static final String GAMES = "eec1958 board25 council25 2014A70 2014C70 C250 C500 C1000 C2000 A5 A13 A25 A50";
    private static final Pattern RAW_BANZHAF = Pattern.compile("^\\s*Player (\\d+): (\\d+)\\s*$");
    private static final Pattern INDEX = Pattern.compile("^P(\\d+): (\\S+)\\s*$");

    private EpicSideBySide() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || !List.of("write", "compare").contains(args[0])) {
            System.err.println("gebruik / usage: EpicSideBySide write|compare <map/dir> [spel/game ...]; spellen/games: " + GAMES);
            System.exit(64);
        }
        Path dir = Path.of(args[1]);
        List<String> names = args.length > 2 ? List.of(args).subList(2, args.length) : List.of(GAMES.split(" "));
        if (args[0].equals("write")) {
            Files.createDirectories(dir);
            for (String name : names) {
                write(dir, name, game(name));
            }
        } else {
            boolean anyDiffers = false;
            for (String name : names) {
                anyDiffers |= compare(dir, name) == Verdict.DIFFER;
            }
            System.exit(anyDiffers ? 1 : 0);
        }
    }

    static void write(Path dir, String name, WeightedGame game) throws IOException {
        writeEpicInput(dir.resolve(name + ".csv"), game);
        BigInteger total = BigInteger.ZERO;
        for (int i = 0; i < game.size(); i++) {
            total = total.add(game.exactWeight(i));
        }
        System.out.printf(Locale.ROOT, "%s: %d members, quota %s of %s (%d bits)%n", name, game.size(), game.exactQuota(), total,
                total.bitLength());
        int warmup = Integer.getInteger("warmup", 1);
        int runs = Integer.getInteger("runs", 2);
        Result<PowerIndices> result = null;
        for (int r = 0; r < warmup + runs; r++) {
            TimedRun<Result<PowerIndices>> run = TimedRun.of(() -> ExactPower.compute(game));
            result = run.result();
            System.out.printf(Locale.ROOT, "  %s %.4f s, heap peak %.0f MB, load %.2f; %s%n", r < warmup ? "warm-up " : "measured",
                    run.seconds(), run.heapPeakMb(), run.loadBefore(), result.isOk() ? "exact" : "refused: " + result.problems().get(0).message());
            if (!result.isOk()) {
                return;
            }
        }
        List<String> lines = new ArrayList<>();
        for (PowerIndices.MemberPower member : result.value().members()) {
            lines.add(member.swings() + " " + member.shapleyShubik().toDecimal(40).toPlainString());
        }
        Files.write(dir.resolve(name + ".regio.txt"), lines);
    }

    /** What comparing one game's answers found. */
    enum Verdict {
        /** Every answer EPIC printed equals Regiobesluit's. */
        AGREE,
        /** At least one answer EPIC printed differs. */
        DIFFER,
        /** Nothing to compare: Regiobesluit has no exact answer (an estimate), or EPIC printed none (it refused the game). */
        NOT_COMPARED
    }

    /**
     * Compares EPIC's printed answers with Regiobesluit's: swings exactly, Shapley–Shubik to EPIC's 6 digits. An index
     * EPIC gave no answer for (it refused the game, or ran out of memory) is reported as such, not as a difference.
     */
    static Verdict compare(Path dir, String name) throws IOException {
        Path regio = dir.resolve(name + ".regio.txt");
        if (!Files.exists(regio)) {
            System.out.printf(Locale.ROOT, "%s: Regiobesluit has no exact answer (see write): not compared / niet vergeleken%n", name);
            return Verdict.NOT_COMPARED;
        }
        List<String> ours = Files.readAllLines(regio);
        Map<Integer, BigInteger> swings = read(dir.resolve(name + ".BZ.log"), RAW_BANZHAF, BigInteger::new);
        Map<Integer, BigDecimal> shapley = read(dir.resolve(name + ".SH.log"), INDEX, BigDecimal::new);
        if (swings.isEmpty() && shapley.isEmpty()) {
            System.out.printf(Locale.ROOT, "%s: EPIC gave no answer: not compared / niet vergeleken%n", name);
            return Verdict.NOT_COMPARED;
        }
        int sameSwings = 0;
        int sameShapley = 0;
        for (int i = 0; i < ours.size(); i++) {
            String[] parts = ours.get(i).split(" ");
            if (new BigInteger(parts[0]).equals(swings.get(i + 1))) {
                sameSwings++;
            }
            BigDecimal epic = shapley.get(i + 1);
            if (epic != null && new BigDecimal(parts[1]).round(new MathContext(6)).compareTo(epic) == 0) {
                sameShapley++;
            }
        }
        String banzhaf = swings.isEmpty() ? "EPIC gave no Banzhaf answer"
                : String.format(Locale.ROOT, "swings identical for %d of %d members", sameSwings, ours.size());
        String ss = shapley.isEmpty() ? "EPIC gave no Shapley-Shubik answer"
                : String.format(Locale.ROOT, "Shapley-Shubik equal to EPIC's 6 digits for %d of %d", sameShapley, ours.size());
        boolean agree = (swings.isEmpty() || sameSwings == ours.size()) && (shapley.isEmpty() || sameShapley == ours.size());
        System.out.printf(Locale.ROOT, "%s: %s, %s: %s%n", name, banzhaf, ss, agree ? "agree / gelijk" : "DIFFER / VERSCHILLEN");
        return agree ? Verdict.AGREE : Verdict.DIFFER;
    }

    private static <T> Map<Integer, T> read(Path log, Pattern line, java.util.function.Function<String, T> value) throws IOException {
        Map<Integer, T> values = new HashMap<>();
        if (!Files.exists(log)) {
            System.out.println("  " + log + " ontbreekt / is missing");
            return values;
        }
        try (var lines = Files.lines(log)) {
            lines.map(line::matcher).filter(Matcher::matches)
                    .forEach(m -> values.put(Integer.parseInt(m.group(1)), value.apply(m.group(2))));
        }
        return values;
    }

    static WeightedGame game(String name) {
        return switch (name) {
            case "eec1958" -> PowerBenchmark.eec1958();
            case "board25" -> PowerBenchmark.board25();
            case "council25" -> PowerBenchmark.oneCouncil25();
            case "2014A70" -> PowerBenchmark.region2014(WeightingScheme.A);
            case "2014C70" -> PowerBenchmark.region2014(WeightingScheme.C);
            default -> {
                if (name.matches("C\\d+")) {
                    yield PowerScaleBenchmark.schemeC(Integer.parseInt(name.substring(1)));
                }
                if (name.matches("A\\d+")) {
                    yield PowerScaleBenchmark.schemeA(Integer.parseInt(name.substring(1)));
                }
                throw new IllegalArgumentException("onbekend spel / unknown game: " + name + " (" + GAMES + ")");
            }
        };
    }

    static void writeEpicInput(Path file, WeightedGame game) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(game.exactQuota().toString());
        for (int i = 0; i < game.size(); i++) {
            lines.add(game.exactWeight(i).toString());
        }
        Files.write(file, lines);
    }
}
