package nl.regiobesluit.benchmarks;

import nl.regiobesluit.shared.Result;
import nl.regiobesluit.voting.Composition;
import nl.regiobesluit.voting.DecisionRule;
import nl.regiobesluit.voting.WeightingScheme;
import nl.regiobesluit.voting.power.ExactPower;
import nl.regiobesluit.voting.power.PowerIndices;
import nl.regiobesluit.voting.power.WeightedGame;

import java.util.List;
import java.util.Locale;

/**
 * Exact power of large generated regions under scheme C (seats as weights), or with an argument {@code A<m>} of m
 * generated municipalities under scheme A, majority rule. A harness rather than
 * JMH: one analysis of 1,000 members takes seconds, and the heap it needs is part of the measurement. Per size it
 * runs {@code -Dwarmup=1} analyses to warm the JIT, then {@code -Druns=2} measured ones, each printed with its wall
 * time, the peak of the heap pools during that run (garbage included) and the system load average.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar nl.regiobesluit.benchmarks.PowerScaleBenchmark 250 500 1000 2000
 * </pre>
 *
 * A region of N members is {@link GeneratedRegion#generate} with N/25 municipalities of 25 party groups each, seed 13;
 * {@code A<m>} is m municipalities of {@value #GROUPS_A} party groups each, seed 13, under scheme A. When exact power is
 * refused, the time of the estimate that a vote then gets is measured instead.
 */
public final class PowerScaleBenchmark {

    static final int GROUPS_EACH = 25;
    /** Party groups per municipality of the scheme A regions: as many as a Dutch council typically holds. */
    static final int GROUPS_A = 8;
    static final long SEED = 13;

    private PowerScaleBenchmark() {
    }

    public static void main(String[] args) {
        int warmup = Integer.getInteger("warmup", 1);
        int runs = Integer.getInteger("runs", 2);
        for (String arg : args.length == 0 ? new String[] {"250", "500", "1000"} : args) {
            WeightedGame game;
            if (arg.startsWith("A")) {
                int municipalities = Integer.parseInt(arg.substring(1));
                game = schemeA(municipalities);
                System.out.printf(Locale.ROOT, "scheme A, %d municipalities x %d groups, seed %d: %d members, common denominator %d bits%n",
                        municipalities, GROUPS_A, SEED, game.size(), game.rounded() ? game.denominatorBits()
                                : java.math.BigInteger.valueOf(game.total()).bitLength());
            } else {
                int members = Integer.parseInt(arg);
                game = schemeC(members);
                java.util.SortedMap<Long, Integer> byWeight = new java.util.TreeMap<>();
                for (int i = 0; i < game.size(); i++) {
                    byWeight.merge(game.weight(i), 1, Integer::sum);
                }
                System.out.printf(Locale.ROOT, "%d members (%d municipalities x %d groups, seed %d): total weight %d, quota %d, "
                        + "members by weight %s%n", game.size(), members / GROUPS_EACH, GROUPS_EACH, SEED, game.total(), game.quota(), byWeight);
            }
            for (int r = 0; r < warmup + runs; r++) {
                WeightedGame g = game;
                TimedRun<Result<PowerIndices>> run = TimedRun.of(() -> ExactPower.compute(g));
                Result<PowerIndices> result = run.result();
                String outcome = result.isOk() ? "exact, total swings " + result.value().totalSwings().bitLength() + " bits"
                        : "rejected: " + result.problems().get(0).message();
                if (!result.isOk()) {
                    long e = System.nanoTime();
                    nl.regiobesluit.voting.power.EstimatedPower.estimate(game);
                    outcome += String.format(Locale.ROOT, "; the estimate instead: %.2f s", (System.nanoTime() - e) / 1e9);
                }
                System.out.printf(Locale.ROOT, "  %s %.2f s, heap peak %.0f MB, load %.2f -> %.2f; %s%n",
                        r < warmup ? "warm-up " : "measured", run.seconds(), run.heapPeakMb(), run.loadBefore(), run.loadAfter(), outcome);
            }
        }
    }

    static WeightedGame schemeA(int municipalities) {
        Composition region = GeneratedRegion.generate(municipalities, GROUPS_A, SEED);
        return WeightedGame.of(WeightingScheme.A.weigh(region).value(), DecisionRule.majority(DecisionRule.Base.ALL)).value();
    }

    /** The members' weights of a game, in member order (the series methods take plain weights). */
    static long[] weights(WeightedGame game) {
        long[] weights = new long[game.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = game.weight(i);
        }
        return weights;
    }

    static WeightedGame schemeC(int members) {
        Composition region = GeneratedRegion.generate(members / GROUPS_EACH, GROUPS_EACH, SEED);
        return WeightedGame.of(WeightingScheme.C.weigh(region).value(), DecisionRule.majority(DecisionRule.Base.ALL)).value();
    }
}
