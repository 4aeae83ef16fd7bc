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
        SwingCounter counter;
        long pooled = game.minMunicipalities() == 0 ? PooledSwingCounter.cells(game) : Long.MAX_VALUE;
        long half = MunicipalSwingCounter.largestHalf(game);
        if (pooled <= MAX_POOLED_CELLS && (pooled <= 4 * half || half > MunicipalSwingCounter.MAX_HALF)) {
            counter = new PooledSwingCounter(game);
        } else if (half <= MunicipalSwingCounter.MAX_HALF) {
            counter = new MunicipalSwingCounter(game);
        } else {
            return Result.rejected(Problem.of("exact power analysis is out of reach for this body: " + game.size()
                    + " members, " + (pooled == Long.MAX_VALUE ? "a double majority" : pooled + " table cells")
                    + " and up to " + half + " combinations per half"));
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
