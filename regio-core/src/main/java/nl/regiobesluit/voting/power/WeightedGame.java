package nl.regiobesluit.voting.power;

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
    /** The exact weights when the integer weights are rounded; null when they are exact. */
    private final Exact exact;

    WeightedGame(List<MemberId> players, long[] weights, int[] municipalityOf, List<String> municipalities,
                 long quota, int minMunicipalities) {
        this(players, weights, municipalityOf, municipalities, quota, minMunicipalities, null);
    }

    private WeightedGame(List<MemberId> players, long[] weights, int[] municipalityOf, List<String> municipalities,
                         long quota, int minMunicipalities, Exact exact) {
        this.exact = exact;
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

    /**
     * The game of {@code rule} on {@code weights}. When the common denominator fits 61 bits the integer weights are
     * exact. Otherwise (scheme A over twenty or more municipalities, say) every weight is rounded down to a multiple of
     * 2^-{@value #ROUNDED_BITS} and the exact numerators are kept beside: such a game is {@link #rounded()}, exact
     * counting refuses it, and {@link #decide} names the rare coalitions that rounding could misjudge so that
     * {@link #winsExactly} settles them. The outcome of a vote never depends on this: it is computed from the exact
     * fractions ({@code Decision}); only the power analysis plays the game.
     */
    public static Result<WeightedGame> of(Weights weights, DecisionRule rule) {
        List<MemberId> players = weights.members();
        int[] muni = new int[players.size()];
        List<String> names = weights.municipalities();
        for (int i = 0; i < players.size(); i++) {
            muni[i] = names.indexOf(players.get(i).municipality());
        }
        BigInteger[] exact = new BigInteger[players.size()];
        for (int i = 0; i < players.size(); i++) {
            exact[i] = weights.scaledWeights().get(players.get(i));
        }
        // The weights sum to exactly 1: the scaled weights sum to the common denominator.
        return Result.ok(ofExactIntegers(players, exact, weights.commonDenominator(), muni, names, rule));
    }

    /**
     * The game of {@code rule} on non-negative integer weights of any size that sum to {@code total}: exact long
     * weights when the total fits 61 bits, else rounded ones with the exact weights beside, as {@link #of} describes.
     */
    static WeightedGame ofExactIntegers(List<MemberId> players, BigInteger[] exact, BigInteger total, int[] muni, List<String> names,
                                        DecisionRule rule) {
        if (total.bitLength() <= 61) {
            long[] w = new long[players.size()];
            for (int i = 0; i < players.size(); i++) {
                w[i] = exact[i].longValueExact();
            }
            return new WeightedGame(players, w, muni, names, quotaFor(rule, total.longValueExact()), rule.minMunicipalities());
        }
        long[] w = new long[players.size()];
        for (int i = 0; i < players.size(); i++) {
            w[i] = exact[i].shiftLeft(ROUNDED_BITS).divide(total).longValueExact(); // ⌊weight · 2^ROUNDED_BITS⌋
        }
        return new WeightedGame(players, w, muni, names, quotaFor(rule, 1L << ROUNDED_BITS), rule.minMunicipalities(),
                new Exact(exact.clone(), total, rule.threshold().numerator(), rule.threshold().denominator(), rule.inclusive(),
                        municipalityTotals(exact, muni, names.size()), MunicipalUnits.of(exact, muni, names.size())));
    }

    /** Bits of a rounded game's unit: sums of up to 2^61 units, doubled, still fit a long. */
    static final int ROUNDED_BITS = 60;

    /** The exact weights of a rounded game, as integers over their common denominator. */
    private record Exact(BigInteger[] weights, BigInteger total, BigInteger thresholdNumerator, BigInteger thresholdDenominator,
                         boolean inclusive, BigInteger[] municipalityTotals, MunicipalUnits units) {

        /** The smallest exact integer weight that passes (as {@link #quotaFor} on the exact total). */
        BigInteger quota() {
            return quotaFor(thresholdNumerator, thresholdDenominator, inclusive, total);
        }
    }

    /**
     * Every member's exact weight as a whole number of its municipality's unit (the greatest common divisor of the
     * municipality's exact weights: under scheme A one seat), when those numbers fit a long. Whether a municipality is in
     * favour (more than half of its own weight) is then decided exactly in longs: a scheme A council of an even number
     * of seats is split exactly in half by many coalitions, and the big-number test for each of them made an estimate
     * of a double majority over fifty municipalities take minutes.
     */
    private record MunicipalUnits(long[] units, long[] totals) {

        static MunicipalUnits of(BigInteger[] weights, int[] municipalityOf, int municipalities) {
            BigInteger[] unit = new BigInteger[municipalities];
            java.util.Arrays.fill(unit, BigInteger.ZERO);
            for (int i = 0; i < weights.length; i++) {
                unit[municipalityOf[i]] = unit[municipalityOf[i]].gcd(weights[i]);
            }
            long[] units = new long[weights.length];
            long[] totals = new long[municipalities];
            for (int i = 0; i < weights.length; i++) {
                BigInteger u = unit[municipalityOf[i]];
                if (u.signum() == 0) {
                    continue; // a municipality whose members all weigh 0: never in favour, as 2·0 > 0 is false
                }
                BigInteger q = weights[i].divide(u);
                if (q.bitLength() > 40) {
                    return null; // sums of such numbers might not fit a long: the big-number test stays
                }
                units[i] = q.longValueExact();
                totals[municipalityOf[i]] += units[i];
            }
            return new MunicipalUnits(units, totals);
        }
    }

    private static BigInteger[] municipalityTotals(BigInteger[] weights, int[] municipalityOf, int municipalities) {
        BigInteger[] totals = new BigInteger[municipalities];
        java.util.Arrays.fill(totals, BigInteger.ZERO);
        for (int i = 0; i < weights.length; i++) {
            totals[municipalityOf[i]] = totals[municipalityOf[i]].add(weights[i]);
        }
        return totals;
    }

    /** Bits of the exact common denominator of a rounded game (0 for an exact game). */
    public int denominatorBits() {
        return exact == null ? 0 : exact.total().bitLength();
    }

    /** Whether the integer weights are rounded (exact counting is then refused; estimates settle doubtful coalitions exactly). */
    public boolean rounded() {
        return exact != null;
    }

    /** What the integer weights alone say about a coalition: wins, loses, or too close to tell after rounding. */
    public enum Verdict { WINS, LOSES, UNSURE }

    /**
     * The verdict on a coalition from its integer weight and its integer weight per municipality. For an exact game
     * it is {@link #wins(long, long[])}. For a rounded game each member's integer weight is at most one unit below
     * its exact weight, so a coalition is only UNSURE when a sum lies within {@code size()} units of a bound.
     */
    public Verdict decide(long weight, long[] perMunicipality) {
        return decide(weight, perMunicipality, null);
    }

    /**
     * The same, with the coalition's municipal units per municipality ({@link #municipalUnits}) when the game has
     * them: then who is in favour is decided exactly here, and only a weight within rounding of the quota is UNSURE.
     * A sampled coalition that splits an even council exactly in half is common; each sent the estimate to the exact
     * test of all members before.
     */
    public Verdict decide(long weight, long[] perMunicipality, long[] perMunicipalityUnits) {
        if (exact == null) {
            return wins(weight, perMunicipality) ? Verdict.WINS : Verdict.LOSES;
        }
        // The exact weight W lies in [weight, weight + n) units. W ≥ quota passes the threshold (quotaFor already
        // excludes a tie); W < quota - 1 fails it, because quota - 1 is at most the threshold itself.
        long slack = weights.length;
        if (weight + slack <= quota - 1) {
            return Verdict.LOSES;
        }
        if (weight < quota) {
            return Verdict.UNSURE;
        }
        if (minMunicipalities == 0) {
            return Verdict.WINS;
        }
        int favour = 0;
        if (perMunicipalityUnits != null && exact.units() != null) {
            for (int m = 0; m < perMunicipalityUnits.length; m++) {
                if (2 * perMunicipalityUnits[m] > exact.units().totals()[m]) {
                    favour++;
                }
            }
            return favour >= minMunicipalities ? Verdict.WINS : Verdict.LOSES;
        }
        for (int m = 0; m < perMunicipality.length; m++) {
            long twice = 2 * perMunicipality[m];
            if (Math.abs(twice - municipalityTotals[m]) <= 2 * slack) {
                return Verdict.UNSURE;
            }
            if (twice > municipalityTotals[m]) {
                favour++;
            }
        }
        return favour >= minMunicipalities ? Verdict.WINS : Verdict.LOSES;
    }

    /**
     * A member's exact weight in whole units of its municipality (see {@link MunicipalUnits}), for
     * {@link #decide(long, long[], long[])}; null when the game is exact or its units do not fit a long.
     */
    public long[] municipalUnits() {
        return exact == null || exact.units() == null ? null : exact.units().units().clone();
    }

    /** The winning test in exact arithmetic, for a coalition given as a membership array (any game). */
    public boolean winsExactly(boolean[] coalition) {
        if (exact == null) {
            return wins(coalition);
        }
        return exact.units() != null ? winsInUnits(coalition) : winsInBigNumbers(coalition);
    }

    /** The exact winning test of a rounded game on the exact weights, term by term. */
    boolean winsInBigNumbers(boolean[] coalition) {
        BigInteger yes = BigInteger.ZERO;
        BigInteger[] per = new BigInteger[municipalities.size()];
        java.util.Arrays.fill(per, BigInteger.ZERO);
        for (int i = 0; i < coalition.length; i++) {
            if (coalition[i]) {
                yes = yes.add(exact.weights()[i]);
                per[municipalityOf[i]] = per[municipalityOf[i]].add(exact.weights()[i]);
            }
        }
        // yes/total against a/b: yes·b against a·total; a tie (exactly half) always fails, as in quotaFor.
        int against = yes.multiply(exact.thresholdDenominator()).compareTo(exact.thresholdNumerator().multiply(exact.total()));
        boolean reached = exact.inclusive() ? against >= 0 : against > 0;
        if (!reached || yes.shiftLeft(1).equals(exact.total())) {
            return false;
        }
        int favour = 0;
        for (int m = 0; m < per.length; m++) {
            if (per[m].shiftLeft(1).compareTo(exact.municipalityTotals()[m]) > 0) {
                favour++;
            }
        }
        return favour >= minMunicipalities;
    }

    /**
     * {@link #winsExactly} without big numbers where they are not needed: the rounded sum settles the threshold unless it
     * lies within {@code size()} units below the quota (as {@link #decide} reasons), and municipal units settle who is
     * in favour. The verdict is the exact one.
     */
    boolean winsInUnits(boolean[] coalition) {
        if (exact.units() == null) {
            throw new IllegalStateException("no municipal units fit a long in this game");
        }
        long weight = 0;
        long[] units = new long[municipalities.size()];
        for (int i = 0; i < coalition.length; i++) {
            if (coalition[i]) {
                weight += weights[i];
                units[municipalityOf[i]] += exact.units().units()[i];
            }
        }
        boolean reached;
        if (weight >= quota) {
            reached = true; // the exact weight is at least the rounded one, and the quota is above one half
        } else if (weight + weights.length <= quota - 1) {
            reached = false;
        } else {
            // Summed over the smaller side: near a quota close to the total (unanimity) only a few members are out.
            int in = 0;
            for (boolean c : coalition) {
                in += c ? 1 : 0;
            }
            boolean summingIn = 2 * in <= coalition.length;
            BigInteger sum = BigInteger.ZERO;
            for (int i = 0; i < coalition.length; i++) {
                if (coalition[i] == summingIn) {
                    sum = sum.add(exact.weights()[i]);
                }
            }
            BigInteger yes = summingIn ? sum : exact.total().subtract(sum);
            int against = yes.multiply(exact.thresholdDenominator()).compareTo(exact.thresholdNumerator().multiply(exact.total()));
            reached = (exact.inclusive() ? against >= 0 : against > 0) && !yes.shiftLeft(1).equals(exact.total());
        }
        if (!reached) {
            return false;
        }
        int favour = 0;
        for (int m = 0; m < units.length; m++) {
            if (2 * units[m] > exact.units().totals()[m]) {
                favour++;
            }
        }
        return favour >= minMunicipalities;
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
        return quotaFor(rule.threshold().numerator(), rule.threshold().denominator(), rule.inclusive(), BigInteger.valueOf(total))
                .longValueExact();
    }

    /** {@link #quotaFor(DecisionRule, long)} for a threshold a/b over any total. */
    static BigInteger quotaFor(BigInteger a, BigInteger b, boolean inclusive, BigInteger total) {
        BigInteger[] qr = a.multiply(total).divideAndRemainder(b);
        BigInteger q = inclusive && qr[1].signum() == 0 ? qr[0] : qr[0].add(BigInteger.ONE);
        if (q.shiftLeft(1).equals(total)) {
            q = q.add(BigInteger.ONE);
        }
        return q;
    }

    /** A member's exact weight as an integer over the exact common denominator (its integer weight in an exact game). */
    public BigInteger exactWeight(int player) {
        return exact == null ? BigInteger.valueOf(weights[player]) : exact.weights()[player];
    }

    /** The smallest exact integer weight that passes: {@link #quota()} in an exact game, the exact quota in a rounded one. */
    public BigInteger exactQuota() {
        return exact == null ? BigInteger.valueOf(quota) : exact.quota();
    }

    /** Everything that defines the game, as a value: equal keys have equal power indices. */
    public record Key(List<MemberId> players, List<Long> weights, List<Integer> municipalityOf, List<String> municipalities,
                      long quota, int minMunicipalities, List<BigInteger> exactWeights, BigInteger exactTotal) {
    }

    /** For a rounded game the exact weights are part of the key: two games that round alike may still differ. */
    public Key key() {
        return new Key(players, java.util.Arrays.stream(weights).boxed().toList(),
                java.util.Arrays.stream(municipalityOf).boxed().toList(), municipalities, quota, minMunicipalities,
                exact == null ? null : List.of(exact.weights()), exact == null ? null : exact.total());
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
        if (exact != null) {
            return winsExactly(coalition);
        }
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
