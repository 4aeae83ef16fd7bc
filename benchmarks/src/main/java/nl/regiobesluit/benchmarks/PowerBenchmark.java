package nl.regiobesluit.benchmarks;

import nl.regiobesluit.shared.Fraction;
import nl.regiobesluit.voting.Composition;
import nl.regiobesluit.voting.CompositionCsv;
import nl.regiobesluit.voting.DecisionRule;
import nl.regiobesluit.voting.WeightingScheme;
import nl.regiobesluit.voting.power.EnumeratedPower;
import nl.regiobesluit.voting.power.EstimatedPower;
import nl.regiobesluit.voting.power.ExactPower;
import nl.regiobesluit.voting.power.PowerEstimate;
import nl.regiobesluit.voting.power.PowerIndices;
import nl.regiobesluit.voting.power.WeightedGame;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Exact power analysis on the bodies the issue names. Run with
 * {@code java -jar benchmarks/target/benchmarks.jar -f 1 -wi 2 -i 3} from the repository root
 * (the 2014 composition is read from {@code data/}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class PowerBenchmark {

    private WeightedGame region2014SchemeA;
    private WeightedGame generated250SchemeC;
    private WeightedGame generated250SchemeA;
    private WeightedGame small20SchemeA;
    private WeightedGame oneCouncil25;
    private WeightedGame board25;
    private WeightedGame eec1958;
    private WeightedGame region2014SchemeC;
    private WeightedGame generated5SchemeA;

    @Setup
    public void setUp() {
        Composition c2014 = composition2014();
        region2014SchemeA = region2014(WeightingScheme.A);
        Composition generated = GeneratedRegion.generate(13, 19, 13);
        generated250SchemeC = WeightedGame.of(WeightingScheme.C.weigh(generated).value(), DecisionRule.majority(DecisionRule.Base.ALL)).value();
        generated250SchemeA = WeightedGame.of(WeightingScheme.A.weigh(generated).value(), SEVENTY).value();
        Composition small = c2014.restrictTo(List.of("Leiden", "Leiderdorp", "Zoeterwoude")).value();
        small20SchemeA = WeightedGame.of(WeightingScheme.A.weigh(small).value(), SEVENTY).value();
        board25 = board25();
        eec1958 = eec1958();
        region2014SchemeC = region2014(WeightingScheme.C);
        generated5SchemeA = WeightedGame.of(WeightingScheme.A.weigh(GeneratedRegion.generate(5, PowerScaleBenchmark.GROUPS_A, 13)).value(),
                DecisionRule.majority(DecisionRule.Base.ALL)).value();
        oneCouncil25 = oneCouncil25();
    }

    /** A qualified majority of 70 %, reaching it exactly passes, of all members' weight. */
    static final DecisionRule SEVENTY = DecisionRule.qualified(Fraction.of(7, 10), true, DecisionRule.Base.ALL);

    /** The 2014 Leidse regio ({@code -Dregio.election}, else data/ from the repository root). */
    static Composition composition2014() {
        return CompositionCsv.read(Path.of(System.getProperty("regio.election", "data/election_2014_leidse_regio.csv")), null).value();
    }

    /** The 2014 Leidse regio under a scheme, at 70 %. */
    static WeightedGame region2014(WeightingScheme scheme) {
        return WeightedGame.of(scheme.weigh(composition2014()).value(), SEVENTY).value();
    }

    /**
     * The Council of the EEC from 1958 (EEC Treaty art. 148(2)): France, Germany, Italy 4 votes, Belgium and the
     * Netherlands 2, Luxembourg 1; a qualified majority of 12 of the 17 votes.
     */
    static WeightedGame eec1958() {
        return WeightedGame.ofIntegers(new long[]{4, 4, 4, 2, 2, 1}, 12);
    }

    /** One council of 25 party groups (generated, seed 13), scheme A, majority: a single body. */
    static WeightedGame oneCouncil25() {
        return WeightedGame.of(WeightingScheme.A.weigh(GeneratedRegion.generate(1, 25, 13)).value(),
                DecisionRule.majority(DecisionRule.Base.ALL)).value();
    }

    /** A board of 25 members, each its own municipality, integer weights 1–400 drawn with seed 13, majority. */
    static WeightedGame board25() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(13);
        long[] weights = new long[25];
        long total = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = 1 + random.nextInt(400);
            total += weights[i];
        }
        return WeightedGame.ofIntegers(weights, total / 2 + 1);
    }

    /** 31 members, common denominator near 10^9: meeting in the middle over municipal seat units. */
    @Benchmark
    public PowerIndices exact2014SchemeA() {
        return ExactPower.compute(region2014SchemeA).value();
    }

    /** The EEC Council of 1958: six members, weights 4, 4, 4, 2, 2, 1, quota 12. */
    @Benchmark
    public PowerIndices exactEec1958() {
        return ExactPower.compute(eec1958).value();
    }

    /** The 2014 region (31 members) under scheme C, 70%: the pooled table. */
    @Benchmark
    public PowerIndices exact2014SchemeC() {
        return ExactPower.compute(region2014SchemeC).value();
    }

    /** A generated region of 5 municipalities with 8 party groups each (40 members, seed 13), scheme A, majority. */
    @Benchmark
    public PowerIndices exactGenerated5SchemeA() {
        return ExactPower.compute(generated5SchemeA).value();
    }

    /** 13 municipalities, 247 members, seats as weights: the pooled (weight, size) table. */
    @Benchmark
    public PowerIndices exact250SchemeC() {
        return ExactPower.compute(generated250SchemeC).value();
    }

    /** Out of exact reach: the sampled estimate with 95% intervals. */
    @Benchmark
    public PowerEstimate estimate250SchemeA() {
        return EstimatedPower.estimate(generated250SchemeA);
    }

    /** 18 members: exact counting ... */
    @Benchmark
    public PowerIndices exact18SchemeA() {
        return ExactPower.compute(small20SchemeA).value();
    }

    /** One council of 25 party groups (generated, seed 13), majority: a single body. */
    @Benchmark
    public PowerIndices exactOneCouncil25() {
        return ExactPower.compute(oneCouncil25).value();
    }

    /** A board of 25 members, each its own municipality, integer weights 1–400 (seed 13), majority: a single body. */
    @Benchmark
    public PowerIndices exactBoard25() {
        return ExactPower.compute(board25).value();
    }

    /** ... and the plain 2^18 enumeration of the same body, for the ratio. */
    @Benchmark
    public PowerIndices enumerate18SchemeA() {
        return EnumeratedPower.compute(small20SchemeA).value();
    }
}
