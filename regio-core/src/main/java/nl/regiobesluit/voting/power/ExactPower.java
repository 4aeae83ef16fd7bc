package nl.regiobesluit.voting.power;

import nl.regiobesluit.shared.Problem;
import nl.regiobesluit.shared.Result;

import java.math.BigInteger;

/**
 * Exact power indices by a pseudo-polynomial method: a pooled (weight, size) table when the game depends on
 * weight alone and the integer weights are small enough, otherwise meeting in the middle over municipal units
 * when that is small enough; otherwise the game is out of exact reach and the rejection says why.
 *
 * <p>Counting is done modulo as many moduli as the largest count needs and per class of interchangeable members;
 * the size of a body limits it only through the table (time, memory), never through the arithmetic.
 */
public final class ExactPower {

    /** Largest pooled table, in cells, that is built (8 bytes a cell; the counter holds two: 128 MB at most). */
    static final long MAX_POOLED_CELLS = 8_000_000;

    private ExactPower() {
    }

    /** Exact power wherever it is in reach, weights finer than a long included. */
    public static Result<PowerIndices> compute(WeightedGame game) {
        return compute(game, true);
    }

    /**
     * Exact power as a computation version takes it: {@code fineWeights} false is the reach of
     * {@code regiobesluit-vote/1} and {@code /2}, which refused every game whose common denominator exceeds 61 bits
     * (with the reason they stored); true counts those games too, on their exact weights by meeting in the middle.
     */
    public static Result<PowerIndices> compute(WeightedGame game, boolean fineWeights) {
        if (game.rounded() && !fineWeights) {
            return Result.rejected(Problem.bilingual(
                    "exacte machtsanalyse is buiten bereik: de gewichten zijn te fijn (gemeenschappelijke noemer van "
                            + game.denominatorBits() + " bits)",
                    "exact power analysis is out of reach: the weights are too fine-grained (common denominator of "
                            + game.denominatorBits() + " bits)"));
        }
        if (game.rounded()) {
            // No table: its rows would be the exact weights, more than 2^61 of them. Meeting in the middle compares
            // exact sums, so it counts these games as it counts the others, when its halves are in reach.
            long half = MunicipalSwingCounter.largestHalf(game);
            if (half <= MunicipalSwingCounter.MAX_HALF) {
                return Result.ok(count(game, new MunicipalSwingCounter(game)));
            }
            String halfText = half == Long.MAX_VALUE ? "meer dan 2^63" : String.valueOf(half);
            String halfTextEn = half == Long.MAX_VALUE ? "more than 2^63" : String.valueOf(half);
            return Result.rejected(Problem.bilingual("exacte machtsanalyse is buiten bereik voor dit orgaan: " + game.size()
                    + " leden, gewichten met een gemeenschappelijke noemer van " + game.denominatorBits()
                    + " bits (geen tabel) en tot " + halfText + " combinaties per helft (grens " + MunicipalSwingCounter.MAX_HALF + ")",
                    "exact power analysis is out of reach for this body: " + game.size() + " members, weights with a common"
                            + " denominator of " + game.denominatorBits() + " bits (no table) and up to " + halfTextEn
                            + " combinations per half (limit " + MunicipalSwingCounter.MAX_HALF + ")"));
        }
        SwingCounter counter;
        WeightedGame byWeight = byWeightAlone(game);
        long pooled = byWeight != null ? PooledSwingCounter.cells(byWeight) : Long.MAX_VALUE;
        long half = pooled <= MAX_POOLED_CELLS ? 0 : MunicipalSwingCounter.largestHalf(game);
        // The table whenever it is in reach: built lightest first and touching only the sizes that occur, it is far
        // cheaper than its cell count suggests. Measured on boards of 16–34 members (each its own municipality,
        // random weights up to 400–20,000): the table 1.2–36 ms, meeting in the middle 23–2,900 ms; only one case
        // (20 members, weights up to 20,000, 1,024 combinations per half) favoured meeting in the middle, by 1.5×.
        // So one body (a council, a board) takes the table as a region of groups does; meeting in the middle is for
        // weights too fine for a table (scheme A's per-seat units).
        if (pooled <= MAX_POOLED_CELLS) {
            counter = new PooledSwingCounter(byWeight);
        } else if (half <= MunicipalSwingCounter.MAX_HALF) {
            counter = new MunicipalSwingCounter(game);
        } else {
            // Why no table: a double majority over several municipalities (byWeight null), or weights whose total
            // does not fit a table (PooledSwingCounter.cells answers Long.MAX_VALUE), or a table too large.
            String tableNl = byWeight == null ? "een dubbele meerderheid"
                    : pooled == Long.MAX_VALUE ? "gewichten te groot voor een tabel" : pooled + " tabelcellen";
            String tableEn = byWeight == null ? "a double majority"
                    : pooled == Long.MAX_VALUE ? "weights too large for a table" : pooled + " table cells";
            return Result.rejected(Problem.bilingual("exacte machtsanalyse is buiten bereik voor dit orgaan: " + game.size()
                    + " leden, " + tableNl + " en tot " + half + " combinaties per helft",
                    "exact power analysis is out of reach for this body: " + game.size() + " members, " + tableEn
                            + " and up to " + half + " combinations per half"));
        }
        return Result.ok(count(game, counter));
    }

    /** Whether all members belong to one municipality. */
    static boolean oneBody(WeightedGame game) {
        for (int i = 1; i < game.size(); i++) {
            if (game.municipalityOf(i) != game.municipalityOf(0)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The same game as one decided by weight alone, or null when it is not. A game without municipalities in favour
     * is one already. In a single body the only municipality that can be in favour is its own, and it is when the
     * coalition holds more than half of the weight: needing one municipality in favour raises the quota to
     * ⌊total/2⌋ + 1, needing more can never be met (no coalition wins).
     */
    static WeightedGame byWeightAlone(WeightedGame game) {
        if (game.minMunicipalities() == 0) {
            return game;
        }
        if (!oneBody(game)) {
            return null;
        }
        long quota = game.minMunicipalities() == 1 ? Math.max(game.quota(), game.total() / 2 + 1) : game.total() + 1;
        int[] municipalityOf = new int[game.size()];
        long[] weights = new long[game.size()];
        for (int i = 0; i < game.size(); i++) {
            municipalityOf[i] = game.municipalityOf(i);
            weights[i] = game.weight(i);
        }
        return new WeightedGame(game.players(), weights, municipalityOf, game.municipalities(), quota, 0);
    }

    /**
     * The largest value a swing count of one size can take: a player of n has at most C(n-1, k) coalitions of k
     * others, at most C(n-1, ⌊(n-1)/2⌋). Enough moduli are taken for their product to exceed it, so every count is
     * reconstructed exactly whatever the size of the body (about n/62 moduli for the adding family).
     */
    static BigInteger countBound(int players) {
        int others = Math.max(0, players - 1);
        int k = others / 2;
        BigInteger c = BigInteger.ONE;
        for (int j = 1; j <= k; j++) {
            c = c.multiply(BigInteger.valueOf(others - k + j)).divide(BigInteger.valueOf(j));
        }
        return c;
    }

    static PowerIndices count(WeightedGame game, SwingCounter counter) {
        int n = game.size();
        Modular.Basis basis = counter.modular().basisAbove(countBound(n));
        int moduli = basis.size();
        long[][][] residues = new long[moduli][][];
        for (int j = 0; j < moduli; j++) {
            residues[j] = counter.swingsByClass(basis.modulus(j));
        }
        // One reconstruction per class and size, not per player and size: n·classes instead of n² big numbers.
        int classes = residues[0].length;
        BigInteger[][] swings = new BigInteger[classes][n];
        long[] r = new long[moduli];
        for (int c = 0; c < classes; c++) {
            for (int k = 0; k < n; k++) {
                for (int j = 0; j < moduli; j++) {
                    r[j] = residues[j][c][k];
                }
                swings[c][k] = basis.reconstruct(r);
            }
        }
        return PowerIndices.fromClassSwingCounts(game, counter.classOf(), swings, PowerMethod.EXACT);
    }

    /** Exact with a chosen counter: for tests that compare the two methods on one game. */
    static PowerIndices pooled(WeightedGame game) {
        WeightedGame byWeight = byWeightAlone(game);
        return count(game, new PooledSwingCounter(byWeight == null ? game : byWeight));
    }

    static PowerIndices municipal(WeightedGame game) {
        return count(game, new MunicipalSwingCounter(game));
    }
}
