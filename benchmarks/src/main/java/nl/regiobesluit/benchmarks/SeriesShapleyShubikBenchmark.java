package nl.regiobesluit.benchmarks;

import nl.regiobesluit.shared.Fraction;
import nl.regiobesluit.voting.power.ExactPower;
import nl.regiobesluit.voting.power.PowerIndices;
import nl.regiobesluit.voting.power.WeightedGame;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.math.BigInteger;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Shapley–Shubik by Kakimura and Terai's two-variable series ({@link SeriesShapleyShubik}), with F(x, a) per evaluation
 * point by the recurrence (few distinct weights) or by exp with transforms, against the product's exact analysis (both
 * indices), on the scheme C regions of {@link PowerScaleBenchmark}. The setup checks that the recurrence and the
 * product give the same Shapley–Shubik indices and swing counts (up to 1,000 members: the product takes seconds
 * beyond), and the exp variant the same counts as the recurrence (up to 500: it takes seconds beyond).
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar -f 1 -wi 2 -i 3 'SeriesShapleyShubikBenchmark.(shapleyShubikBySeries|bothIndicesExact)$'
 * java -jar benchmarks/target/benchmarks.jar -f 1 -wi 2 -i 3 -p members=250,500 SeriesShapleyShubikBenchmark.shapleyShubikBySeriesExp
 * </pre>
 *
 * {@code shapleyShubikBySeriesExp} (0.6 s per call at 250 members in a smoke run) grows with the band of sizes times
 * q log q times the primes: tens of seconds per call or more at 1,000 and 2,000 members.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class SeriesShapleyShubikBenchmark {

    @Param({"250", "500", "1000", "2000"})
    public int members;

    private WeightedGame game;
    private long[] weights;

    @Setup
    public void setUp() {
        game = PowerScaleBenchmark.schemeC(members);
        weights = PowerScaleBenchmark.weights(game);
        check(game, weights, members <= 1000, members <= 500);
    }

    /** The agreement the setup asks for; also run by hand through {@link #main}. */
    static void check(WeightedGame game, long[] weights, boolean withProduct, boolean withExp) {
        TreeMap<Long, BigInteger[]> counts = SeriesShapleyShubik.countsByWeight(weights, game.quota(),
                SeriesShapleyShubik.Method.RECURRENCE);
        TreeMap<Long, Fraction> series = SeriesShapleyShubik.indexByWeight(weights, game.quota(),
                SeriesShapleyShubik.Method.RECURRENCE);
        TreeMap<Long, BigInteger> swings = SeriesBanzhaf.swingsByWeightWithTable(weights, game.quota());
        counts.forEach((w, bySize) -> {
            BigInteger sum = BigInteger.ZERO;
            for (BigInteger c : bySize) {
                sum = sum.add(c);
            }
            if (!sum.equals(swings.get(w))) {
                throw new IllegalStateException("series counts by size do not add up to the swings of weight " + w);
            }
        });
        if (withExp) {
            TreeMap<Long, BigInteger[]> byExp = SeriesShapleyShubik.countsByWeight(weights, game.quota(),
                    SeriesShapleyShubik.Method.EXP);
            byExp.forEach((w, bySize) -> {
                if (!java.util.Arrays.equals(bySize, counts.get(w))) {
                    throw new IllegalStateException("exp and recurrence disagree on weight " + w);
                }
            });
        }
        if (withProduct) {
            PowerIndices exact = ExactPower.compute(game).value();
            for (int i = 0; i < weights.length; i++) {
                PowerIndices.MemberPower member = exact.members().get(i);
                if (!member.shapleyShubik().equals(series.get(weights[i])) || !member.swings().equals(swings.get(weights[i]))) {
                    throw new IllegalStateException("series and exact analysis disagree on member " + i + ": "
                            + series.get(weights[i]) + " / " + member.shapleyShubik());
                }
            }
        }
    }

    @Benchmark
    public TreeMap<Long, Fraction> shapleyShubikBySeries() {
        return SeriesShapleyShubik.indexByWeight(weights, game.quota(), SeriesShapleyShubik.Method.RECURRENCE);
    }

    @Benchmark
    public TreeMap<Long, Fraction> shapleyShubikBySeriesExp() {
        return SeriesShapleyShubik.indexByWeight(weights, game.quota(), SeriesShapleyShubik.Method.EXP);
    }

    @Benchmark
    public PowerIndices bothIndicesExact() {
        return ExactPower.compute(game).value();
    }

    /** Self-check without JMH: {@code java -cp benchmarks.jar nl.regiobesluit.benchmarks.SeriesShapleyShubikBenchmark 250 500}. */
    public static void main(String[] args) {
        for (String arg : args.length == 0 ? new String[] {"250"} : args) {
            int size = Integer.parseInt(arg);
            WeightedGame g = PowerScaleBenchmark.schemeC(size);
            long[] w = PowerScaleBenchmark.weights(g);
            long start = System.nanoTime();
            check(g, w, size <= 1000, size <= 500);
            System.out.printf("%d members: series agrees with the table's swings%s%s (%.1f s)%n", size,
                    size <= 1000 ? " and the exact analysis" : "", size <= 500 ? ", exp with the recurrence" : "",
                    (System.nanoTime() - start) / 1e9);
        }
    }
}
