package nl.regiobesluit.benchmarks;

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
 * Kakimura and Terai's series idea for Banzhaf ({@link SeriesBanzhaf}) against the textbook table for Banzhaf alone
 * and against the product's exact analysis (Banzhaf and Shapley–Shubik together), on the generated scheme C regions
 * of {@link PowerScaleBenchmark}. The setup checks that the three give the same swing counts.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar -f 1 -wi 2 -i 3 SeriesBanzhafBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class SeriesBanzhafBenchmark {

    @Param({"250", "500", "1000", "2000"})
    public int members;

    private WeightedGame game;
    private long[] weights;

    @Setup
    public void setUp() {
        game = PowerScaleBenchmark.schemeC(members);
        weights = PowerScaleBenchmark.weights(game);
        TreeMap<Long, BigInteger> series = SeriesBanzhaf.swingsByWeight(weights, game.quota());
        TreeMap<Long, BigInteger> table = SeriesBanzhaf.swingsByWeightWithTable(weights, game.quota());
        if (!series.equals(table)) {
            throw new IllegalStateException("series and table disagree: " + series + " / " + table);
        }
        if (members <= 1000) {
            PowerIndices exact = ExactPower.compute(game).value();
            for (int i = 0; i < weights.length; i++) {
                if (!exact.members().get(i).swings().equals(series.get(weights[i]))) {
                    throw new IllegalStateException("series and exact analysis disagree on member " + i);
                }
            }
        }
    }

    @Benchmark
    public TreeMap<Long, BigInteger> banzhafBySeries() {
        return SeriesBanzhaf.swingsByWeight(weights, game.quota());
    }

    @Benchmark
    public TreeMap<Long, BigInteger> banzhafByTable() {
        return SeriesBanzhaf.swingsByWeightWithTable(weights, game.quota());
    }

    @Benchmark
    public PowerIndices bothIndicesExact() {
        return ExactPower.compute(game).value();
    }
}
