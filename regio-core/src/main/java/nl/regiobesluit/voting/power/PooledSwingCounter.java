package nl.regiobesluit.voting.power;

import java.util.HashMap;
import java.util.Map;

/**
 * The classic pseudo-polynomial method for a game decided by weight alone: one table of the number of
 * coalitions by (integer weight, size), built player by player; a player's own table is obtained by
 * removing it again (deconvolution), and its swings are the coalitions whose weight lies in
 * [quota - w, quota). Players of equal weight share one computation. Coalitions at or above the quota are
 * never read, so the table stops below it. Cost O(n·Q·n) with Q the quota after dividing out the common factor.
 */
final class PooledSwingCounter implements SwingCounter {

    private final WeightedGame game;
    private final int n;
    private final int stride;
    private final int total;
    private final int quota;
    private final int cap;
    private final int[] weight;

    PooledSwingCounter(WeightedGame game) {
        if (game.minMunicipalities() > 0) {
            throw new IllegalArgumentException("a pooled table cannot count municipalities in favour");
        }
        this.game = game;
        this.n = game.size();
        this.stride = n + 1;
        long g = 0;
        for (int i = 0; i < n; i++) {
            g = WeightedGame.gcd(g, game.weight(i));
        }
        this.total = Math.toIntExact(game.total() / g);
        this.quota = (int) Math.min((long) total + 1, (game.quota() + g - 1) / g); // weight' ≥ ⌈quota/g⌉
        this.cap = Math.max(0, Math.min(total, quota - 1));
        this.weight = new int[n];
        for (int i = 0; i < n; i++) {
            weight[i] = Math.toIntExact(game.weight(i) / g);
        }
    }

    /** Table cells needed: (T+1)(n+1). */
    static long cells(WeightedGame game) {
        long g = 0;
        for (int i = 0; i < game.size(); i++) {
            g = WeightedGame.gcd(g, game.weight(i));
        }
        return (game.total() / g + 1) * (game.size() + 1L);
    }

    @Override
    public Modular modular() {
        return Modular.ADDING;
    }

    @Override
    public long[][] swingsBySize(long p) {
        long[] f = new long[(cap + 1) * stride];
        f[0] = 1;
        int reach = 0;
        for (int i = 0; i < n; i++) {
            int w = weight[i];
            for (int s = Math.min(reach, cap - w); s >= 0; s--) {
                int from = s * stride;
                int to = (s + w) * stride + 1;
                for (int k = i; k >= 0; k--) {
                    long v = f[from + k];
                    if (v != 0) {
                        long sum = f[to + k] + v;
                        f[to + k] = sum >= p ? sum - p : sum;
                    }
                }
            }
            reach = Math.min(cap, reach + w);
        }
        long[][] swings = new long[n][];
        Map<Integer, long[]> byWeight = new HashMap<>();
        for (int i = 0; i < n; i++) {
            swings[i] = byWeight.computeIfAbsent(weight[i], w -> swingsOfWeight(f, w, p)).clone();
        }
        return swings;
    }

    private long[] swingsOfWeight(long[] f, int w, long p) {
        int top = Math.min(quota - 1, cap);
        long[] without = new long[(Math.max(top, 0) + 1) * stride];
        for (int s = 0; s <= top; s++) {
            int row = s * stride;
            for (int k = 0; k < n; k++) {
                long v = f[row + k];
                if (s >= w && k >= 1) {
                    v -= without[(s - w) * stride + k - 1];
                    if (v < 0) {
                        v += p;
                    }
                }
                without[row + k] = v;
            }
        }
        long[] swings = new long[n];
        for (int s = Math.max(0, quota - w); s <= top; s++) {
            int row = s * stride;
            for (int k = 0; k < n; k++) {
                long sum = swings[k] + without[row + k];
                swings[k] = sum >= p ? sum - p : sum;
            }
        }
        return swings;
    }
}
