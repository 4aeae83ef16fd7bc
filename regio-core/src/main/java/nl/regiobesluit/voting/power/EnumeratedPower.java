package nl.regiobesluit.voting.power;

import nl.regiobesluit.shared.Problem;
import nl.regiobesluit.shared.Result;

import java.math.BigInteger;
import java.util.BitSet;

/**
 * The plain check: enumerate all 2^n coalitions with {@link WeightedGame#wins}, and for every winning coalition
 * every member whose leaving makes it lose. Independent of the pseudo-polynomial counting; refused above
 * {@link #MAX_PLAYERS} members.
 */
public final class EnumeratedPower {

    public static final int MAX_PLAYERS = 25;

    private EnumeratedPower() {
    }

    public static Result<PowerIndices> compute(WeightedGame game) {
        int n = game.size();
        if (n > MAX_PLAYERS) {
            return Result.rejected(Problem.at(null, 0, "method", "enumerate checks all 2^n coalitions and is refused above "
                    + MAX_PLAYERS + " members; this body has " + n + " (use --method exact)"));
        }
        int coalitions = 1 << n;
        BitSet wins = new BitSet(coalitions);
        boolean[] members = new boolean[n];
        for (int s = 0; s < coalitions; s++) {
            for (int i = 0; i < n; i++) {
                members[i] = (s & (1 << i)) != 0;
            }
            if (game.wins(members)) {
                wins.set(s);
            }
        }
        long[][] counts = new long[n][n];
        for (int s = wins.nextSetBit(0); s >= 0; s = wins.nextSetBit(s + 1)) {
            int others = Integer.bitCount(s) - 1;
            for (int i = 0; i < n; i++) {
                int bit = 1 << i;
                if ((s & bit) != 0 && !wins.get(s & ~bit)) {
                    counts[i][others]++;
                }
            }
        }
        BigInteger[][] swings = new BigInteger[n][n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                swings[i][k] = BigInteger.valueOf(counts[i][k]);
            }
        }
        return Result.ok(PowerIndices.fromSwingCounts(game, swings, PowerMethod.ENUMERATE));
    }
}
