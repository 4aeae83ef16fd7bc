package nl.regiobesluit.voting.power;

import nl.regiobesluit.shared.Problem;
import nl.regiobesluit.shared.Result;

import java.math.BigInteger;

/**
 * Exact power indices by a pseudo-polynomial method: a pooled (weight, size) table when the game depends on
 * weight alone and the integer weights are small enough, otherwise meeting in the middle over municipal units
 * when that is small enough; otherwise the game is out of exact reach and the rejection says why.
 */
public final class ExactPower {

    /** Largest pooled table, in cells, that is built. */
    static final long MAX_POOLED_CELLS = 8_000_000;

    private ExactPower() {
    }

    public static Result<PowerIndices> compute(WeightedGame game) {
        if (game.rounded()) {
            return Result.rejected(Problem.bilingual(
                    "exacte machtsanalyse is buiten bereik: de gewichten zijn te fijn (gemeenschappelijke noemer van "
                            + game.denominatorBits() + " bits)",
                    "exact power analysis is out of reach: the weights are too fine-grained (common denominator of "
                            + game.denominatorBits() + " bits)"));
        }
        SwingCounter counter;
        long pooled = game.minMunicipalities() == 0 ? PooledSwingCounter.cells(game) : Long.MAX_VALUE;
        long half = MunicipalSwingCounter.largestHalf(game);
        if (pooled <= MAX_POOLED_CELLS && (pooled <= 4 * half || half > MunicipalSwingCounter.MAX_HALF)) {
            counter = new PooledSwingCounter(game);
        } else if (half <= MunicipalSwingCounter.MAX_HALF) {
            counter = new MunicipalSwingCounter(game);
        } else {
            String size = game.size() + " members, " + (pooled == Long.MAX_VALUE ? "a double majority" : pooled + " table cells")
                    + " and up to " + half + " combinations per half";
            return Result.rejected(Problem.bilingual("exacte machtsanalyse is buiten bereik voor dit orgaan: " + game.size()
                    + " leden, " + (pooled == Long.MAX_VALUE ? "een dubbele meerderheid" : pooled + " tabelcellen") + " en tot "
                    + half + " combinaties per helft", "exact power analysis is out of reach for this body: " + size));
        }
        // Exact counting reconstructs every count from residues modulo a fixed family of moduli; a body too large
        // for that family is out of exact reach like any other (an estimate follows), never an internal error.
        Modular modular = counter.modular();
        if (modular.moduliNeeded(game.size()) > modular.available()) {
            return Result.rejected(Problem.bilingual(
                    "exacte machtsanalyse is buiten bereik: " + game.size() + " leden vragen meer dan " + modular.available()
                            + " moduli van exact tellen",
                    "exact power analysis is out of reach: " + game.size() + " members need more than " + modular.available()
                            + " moduli of exact counting"));
        }
        return Result.ok(count(game, counter));
    }

    static PowerIndices count(WeightedGame game, SwingCounter counter) {
        int n = game.size();
        Modular modular = counter.modular();
        int primes = modular.moduliNeeded(n);
        long[][][] residues = new long[primes][][];
        for (int j = 0; j < primes; j++) {
            residues[j] = counter.swingsBySize(modular.modulus(j));
        }
        BigInteger[][] swings = new BigInteger[n][n];
        long[] r = new long[primes];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                for (int j = 0; j < primes; j++) {
                    r[j] = residues[j][i][k];
                }
                swings[i][k] = modular.reconstruct(r);
            }
        }
        return PowerIndices.fromSwingCounts(game, swings, PowerMethod.EXACT);
    }

    /** Exact with a chosen counter: for tests that compare the two methods on one game. */
    static PowerIndices pooled(WeightedGame game) {
        return count(game, new PooledSwingCounter(game));
    }

    static PowerIndices municipal(WeightedGame game) {
        return count(game, new MunicipalSwingCounter(game));
    }
}
