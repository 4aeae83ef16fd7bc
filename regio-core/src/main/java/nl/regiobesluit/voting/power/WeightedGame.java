package nl.regiobesluit.voting.power;

import nl.regiobesluit.shared.Fraction;
import nl.regiobesluit.shared.Problem;
import nl.regiobesluit.shared.Result;
import nl.regiobesluit.voting.DecisionRule;
import nl.regiobesluit.voting.MemberId;
import nl.regiobesluit.voting.Weights;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * A rule applied to weights, as the simple game that power indices are defined on: every member votes yes or
 * no (so both bases coincide and a quorum is always met), all weights are scaled to integers over their common
 * denominator, and a coalition wins when its integer weight reaches {@code quota} and at least
 * {@code minMunicipalities} municipalities have more than half of their own weight in it.
 */
public final class WeightedGame {

    private final List<MemberId> players;
    private final long[] weights;
    private final int[] municipalityOf;
    private final List<String> municipalities;
    private final long[] municipalityTotals;
    private final long total;
    private final long quota;
    private final int minMunicipalities;

    WeightedGame(List<MemberId> players, long[] weights, int[] municipalityOf, List<String> municipalities,
                 long quota, int minMunicipalities) {
        this.players = List.copyOf(players);
        this.weights = weights.clone();
        this.municipalityOf = municipalityOf.clone();
        this.municipalities = List.copyOf(municipalities);
        this.municipalityTotals = new long[municipalities.size()];
        long t = 0;
        for (int i = 0; i < weights.length; i++) {
            municipalityTotals[municipalityOf[i]] += weights[i];
            t += weights[i];
        }
        this.total = t;
        this.quota = quota;
        this.minMunicipalities = minMunicipalities;
    }

    /** The game of {@code rule} on {@code weights}; rejected when the common denominator does not fit a long. */
    public static Result<WeightedGame> of(Weights weights, DecisionRule rule) {
        List<MemberId> players = weights.members();
        BigInteger lcm = BigInteger.ONE;
        for (MemberId m : players) {
            BigInteger d = weights.of(m).denominator();
            lcm = lcm.divide(lcm.gcd(d)).multiply(d);
        }
        if (lcm.bitLength() > 61) {
            return Result.rejected(Problem.of("weights are too fine-grained for exact power analysis (common denominator "
                    + lcm + " has " + lcm.bitLength() + " bits)"));
        }
        long[] w = new long[players.size()];
        int[] muni = new int[players.size()];
        List<String> names = weights.municipalities();
        for (int i = 0; i < players.size(); i++) {
            Fraction f = weights.of(players.get(i));
            w[i] = f.numerator().multiply(lcm.divide(f.denominator())).longValueExact();
            muni[i] = names.indexOf(players.get(i).municipality());
        }
        long total = lcm.longValueExact(); // the weights sum to exactly 1
        return Result.ok(new WeightedGame(players, w, muni, names, quotaFor(rule, total), rule.minMunicipalities()));
    }

    /** Builds a game directly from integer weights (one municipality per player when {@code municipalityOf} is null). */
    public static WeightedGame ofIntegers(long[] weights, long quota) {
        List<MemberId> players = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int[] muni = new int[weights.length];
        for (int i = 0; i < weights.length; i++) {
            names.add("P" + (i + 1));
            players.add(new MemberId("P" + (i + 1), "P" + (i + 1)));
            muni[i] = i;
        }
        return new WeightedGame(players, weights, muni, names, quota, 0);
    }

    /**
     * The smallest integer yes weight that passes when everyone votes: at least t·total (or more than it when the
     * threshold is exclusive), and never exactly half, because a tie fails.
     */
    static long quotaFor(DecisionRule rule, long total) {
        BigInteger a = rule.threshold().numerator();
        BigInteger b = rule.threshold().denominator();
        BigInteger[] qr = a.multiply(BigInteger.valueOf(total)).divideAndRemainder(b);
        long q;
        if (rule.inclusive()) {
            q = qr[0].longValueExact() + (qr[1].signum() == 0 ? 0 : 1);
        } else {
            q = qr[0].longValueExact() + 1;
        }
        if (2 * q == total) {
            q++;
        }
        return q;
    }

    /** Everything that defines the game, as a value: equal keys have equal power indices. */
    public record Key(List<MemberId> players, List<Long> weights, List<Integer> municipalityOf, List<String> municipalities,
                      long quota, int minMunicipalities) {
    }

    public Key key() {
        return new Key(players, java.util.Arrays.stream(weights).boxed().toList(),
                java.util.Arrays.stream(municipalityOf).boxed().toList(), municipalities, quota, minMunicipalities);
    }

    public int size() {
        return weights.length;
    }

    public List<MemberId> players() {
        return players;
    }

    public long weight(int player) {
        return weights[player];
    }

    public int municipalityOf(int player) {
        return municipalityOf[player];
    }

    public List<String> municipalities() {
        return municipalities;
    }

    public long municipalityTotal(int municipality) {
        return municipalityTotals[municipality];
    }

    public long total() {
        return total;
    }

    public long quota() {
        return quota;
    }

    public int minMunicipalities() {
        return minMunicipalities;
    }

    /** Does a municipality with {@code yesWeight} of its own weight in the coalition count as in favour? */
    public boolean inFavour(int municipality, long yesWeight) {
        return 2 * yesWeight > municipalityTotals[municipality];
    }

    /** The winning test on a coalition given as a membership array: the definition the algorithms must agree with. */
    public boolean wins(boolean[] coalition) {
        long w = 0;
        long[] perMunicipality = new long[municipalities.size()];
        for (int i = 0; i < coalition.length; i++) {
            if (coalition[i]) {
                w += weights[i];
                perMunicipality[municipalityOf[i]] += weights[i];
            }
        }
        return wins(w, perMunicipality);
    }

    boolean wins(long weight, long[] perMunicipality) {
        if (weight < quota) {
            return false;
        }
        if (minMunicipalities == 0) {
            return true;
        }
        int favour = 0;
        for (int m = 0; m < perMunicipality.length; m++) {
            if (inFavour(m, perMunicipality[m])) {
                favour++;
            }
        }
        return favour >= minMunicipalities;
    }

    static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}
