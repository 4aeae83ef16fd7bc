package nl.regiobesluit.voting.power;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Monte Carlo estimates of Shapley–Shubik (random orderings: who makes the coalition win) and Banzhaf
 * (random coalitions: who swings it) power, with normal-approximation 95% intervals. The Banzhaf interval of
 * the normalized index scales the swing-probability interval by the estimated total and is approximate.
 */
public final class EstimatedPower {

    public static final long DEFAULT_PERMUTATIONS = 200_000;
    public static final long DEFAULT_COALITIONS = 100_000;
    public static final long DEFAULT_SEED = 20140319L;

    private static final double Z95 = 1.959963984540054;

    private EstimatedPower() {
    }

    /**
     * Bodies up to this size get the default samples: exact counting reached at most 1,221 members before
     * {@code regiobesluit-vote/2}, so every estimate stored before is reproduced with the same samples.
     */
    static final int DEFAULT_SAMPLES_UP_TO = 1_221;

    /**
     * Member steps (one member joining an ordering or flipped in a coalition) an estimate of a larger body may take:
     * a vote of a body of thousands of members then gets its analysis in seconds, and the wider intervals say so.
     */
    static final long MAX_STEPS = DEFAULT_PERMUTATIONS * 256;

    public static PowerEstimate estimate(WeightedGame game) {
        long n = Math.max(1, game.size());
        long permutations = n <= DEFAULT_SAMPLES_UP_TO ? DEFAULT_PERMUTATIONS : Math.max(1_000, MAX_STEPS / n);
        long coalitions = n <= DEFAULT_SAMPLES_UP_TO ? DEFAULT_COALITIONS : Math.max(1_000, MAX_STEPS / 2 / n);
        return estimate(game, permutations, coalitions, DEFAULT_SEED);
    }

    public static PowerEstimate estimate(WeightedGame game, long permutations, long coalitions, long seed) {
        int n = game.size();
        SplittableRandom random = new SplittableRandom(seed);
        long[] pivots = shapleyShubikPivots(game, permutations, random);
        long[] swings = banzhafSwings(game, coalitions, random);
        double totalSwingProbability = 0;
        for (long s : swings) {
            totalSwingProbability += (double) s / coalitions;
        }
        List<PowerEstimate.MemberEstimate> members = new ArrayList<>();
        int municipalities = game.municipalities().size();
        double[] mb = new double[municipalities];
        double[] ms = new double[municipalities];
        long[] mPivots = new long[municipalities];
        for (int i = 0; i < n; i++) {
            PowerEstimate.Interval swing = proportion(swings[i], coalitions);
            PowerEstimate.Interval banzhaf = totalSwingProbability == 0 ? new PowerEstimate.Interval(0, 0, 0)
                    : new PowerEstimate.Interval(swing.estimate() / totalSwingProbability,
                    swing.low() / totalSwingProbability, swing.high() / totalSwingProbability);
            PowerEstimate.Interval ss = proportion(pivots[i], permutations);
            members.add(new PowerEstimate.MemberEstimate(game.players().get(i), swing, banzhaf, ss));
            int m = game.municipalityOf(i);
            mb[m] += banzhaf.estimate();
            ms[m] += ss.estimate();
            mPivots[m] += pivots[i];
        }
        List<PowerEstimate.MunicipalityEstimate> perMunicipality = new ArrayList<>();
        for (int m = 0; m < municipalities; m++) {
            // A municipality's pivots are a proportion of the orderings too, so its interval is exact in form.
            PowerEstimate.Interval ss = proportion(mPivots[m], permutations);
            double width = 0;
            for (int i = 0; i < n; i++) {
                if (game.municipalityOf(i) == m) {
                    PowerEstimate.Interval b = members.get(i).banzhaf();
                    width += (b.high() - b.low()) / 2 * (b.high() - b.low()) / 2;
                }
            }
            double half = Math.sqrt(width);
            perMunicipality.add(new PowerEstimate.MunicipalityEstimate(game.municipalities().get(m),
                    new PowerEstimate.Interval(mb[m], Math.max(0, mb[m] - half), Math.min(1, mb[m] + half)), ss));
        }
        return new PowerEstimate(permutations, coalitions, seed, members, perMunicipality);
    }

    private static PowerEstimate.Interval proportion(long hits, long trials) {
        double p = (double) hits / trials;
        double half = Z95 * Math.sqrt(p * (1 - p) / trials);
        return new PowerEstimate.Interval(p, Math.max(0, p - half), Math.min(1, p + half));
    }

    /** The game's verdict from the integer sums; where rounded weights leave it unsure, the exact test on the members. */
    private static boolean wins(WeightedGame game, long weight, long[] perMunicipality, long[] units, boolean[] members) {
        return switch (game.decide(weight, perMunicipality, units)) {
            case WINS -> true;
            case LOSES -> false;
            case UNSURE -> game.winsExactly(members);
        };
    }

    /** For each random ordering, the member whose arrival first makes the coalition win. */
    private static long[] shapleyShubikPivots(WeightedGame game, long permutations, SplittableRandom random) {
        int n = game.size();
        long[] pivots = new long[n];
        int[] order = new int[n];
        long[] perMunicipality = new long[game.municipalities().size()];
        long[] unitsOf = game.municipalUnits();
        long[] units = unitsOf == null ? null : new long[perMunicipality.length];
        boolean[] in = new boolean[n];
        for (long t = 0; t < permutations; t++) {
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            java.util.Arrays.fill(perMunicipality, 0);
            if (units != null) {
                java.util.Arrays.fill(units, 0);
            }
            java.util.Arrays.fill(in, false);
            long weight = 0;
            for (int j = 0; j < n; j++) {
                int pick = j + random.nextInt(n - j);
                int player = order[pick];
                order[pick] = order[j];
                order[j] = player;
                in[player] = true;
                weight += game.weight(player);
                perMunicipality[game.municipalityOf(player)] += game.weight(player);
                if (units != null) {
                    units[game.municipalityOf(player)] += unitsOf[player];
                }
                if (wins(game, weight, perMunicipality, units, in)) {
                    pivots[player]++;
                    break;
                }
            }
        }
        return pivots;
    }

    /** For each random coalition, every member that turns it from losing to winning or back. */
    private static long[] banzhafSwings(WeightedGame game, long coalitions, SplittableRandom random) {
        int n = game.size();
        long[] swings = new long[n];
        boolean[] in = new boolean[n];
        long[] perMunicipality = new long[game.municipalities().size()];
        long[] unitsOf = game.municipalUnits();
        long[] units = unitsOf == null ? null : new long[perMunicipality.length];
        for (long t = 0; t < coalitions; t++) {
            java.util.Arrays.fill(perMunicipality, 0);
            if (units != null) {
                java.util.Arrays.fill(units, 0);
            }
            long weight = 0;
            for (int i = 0; i < n; i++) {
                in[i] = random.nextBoolean();
                if (in[i]) {
                    weight += game.weight(i);
                    perMunicipality[game.municipalityOf(i)] += game.weight(i);
                    if (units != null) {
                        units[game.municipalityOf(i)] += unitsOf[i];
                    }
                }
            }
            boolean wins = wins(game, weight, perMunicipality, units, in);
            for (int i = 0; i < n; i++) {
                long w = game.weight(i);
                int m = game.municipalityOf(i);
                long delta = in[i] ? -w : w;
                perMunicipality[m] += delta;
                long unitDelta = units == null ? 0 : in[i] ? -unitsOf[i] : unitsOf[i];
                if (units != null) {
                    units[m] += unitDelta;
                }
                in[i] = !in[i];
                boolean other = wins(game, weight + delta, perMunicipality, units, in);
                in[i] = !in[i];
                perMunicipality[m] -= delta;
                if (units != null) {
                    units[m] -= unitDelta;
                }
                if (wins != other) {
                    swings[i]++;
                }
            }
        }
        return swings;
    }
}
