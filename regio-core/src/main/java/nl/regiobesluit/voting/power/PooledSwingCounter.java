package nl.regiobesluit.voting.power;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The classic pseudo-polynomial method for a game decided by weight alone (generating functions: Mann and Shapley,
 * "Values of large games VI: evaluating the Electoral College exactly", RAND RM-3158, 1962, with the size dimension
 * for Shapley–Shubik; Brams and Affuso, "Power and size: a new paradox", Theory and Decision 7, 1976, for Banzhaf;
 * the deconvolution as in Uno, "Efficient computation of power indices for weighted majority games", NII technical
 * report NII-2003-006E, 2003): one table of the number of coalitions by
 * (integer weight, size), built player by player; a player's own table is obtained by removing it again
 * (deconvolution), and its swings are the coalitions whose weight lies in [quota - w, quota). Players of equal weight
 * are interchangeable and share one deconvolution. Coalitions at or above the quota are never read, so the table
 * stops below it. Cost O(n·Q·K) per modulus with Q the quota after dividing out the common factor and K the sizes
 * that occur at one weight. One instance serves one computation (it keeps its tables between moduli), so it is not
 * shared between threads.
 */
final class PooledSwingCounter implements SwingCounter {

    private final int n;
    private final int stride;
    private final int quota;
    private final int cap;
    private final int[] weight;
    /** The players by weight, lightest first: the order the table is built in. */
    private final int[] order;
    private final int[] classOf;
    private final int[] classWeight;
    /**
     * The tables, kept from one modulus to the next: at 2,000 members each is 12 MB, and fresh ones per modulus only
     * filled the heap with garbage (a peak of 1 GB).
     */
    private long[] f;
    private long[] without;

    PooledSwingCounter(WeightedGame game) {
        if (game.minMunicipalities() > 0) {
            throw new IllegalArgumentException("a pooled table cannot count municipalities in favour");
        }
        this.n = game.size();
        long g = 0;
        for (int i = 0; i < n; i++) {
            g = WeightedGame.gcd(g, game.weight(i));
        }
        g = Math.max(g, 1);
        int total = Math.toIntExact(game.total() / g);
        this.quota = (int) Math.min((long) total + 1, (game.quota() + g - 1) / g); // weight' ≥ ⌈quota/g⌉
        this.cap = Math.max(0, Math.min(total, quota - 1));
        this.weight = new int[n];
        int lightest = Integer.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            weight[i] = Math.toIntExact(game.weight(i) / g);
            if (weight[i] > 0) {
                lightest = Math.min(lightest, weight[i]);
            }
        }
        // A coalition of k members that all weigh at least `lightest` weighs at least k·lightest, so below the cap it
        // has at most cap / lightest members: the rows need no more columns than that (a quarter of the memory of a
        // full n + 1 when the weights are around 2 and the quota half the total). Weight-0 members can fill any size.
        boolean zeroWeight = lightest == Integer.MAX_VALUE || Arrays.stream(weight).anyMatch(w -> w == 0);
        this.stride = (zeroWeight ? n : Math.min(n, cap / lightest)) + 1;
        // Built lightest first, a row's sizes stay one value while only the lightest weight is in (a coalition of s
        // units of weight 1 has s members), and widen only with the heavier players, who are few in a body of many small
        // groups: the work is then mostly that of the few heavy players over the full rows.
        this.order = java.util.stream.IntStream.range(0, n).boxed()
                .sorted(java.util.Comparator.comparingInt(i -> weight[i])).mapToInt(Integer::intValue).toArray();
        this.classOf = new int[n];
        Map<Integer, Integer> classes = new HashMap<>();
        for (int i = 0; i < n; i++) {
            classOf[i] = classes.computeIfAbsent(weight[i], w -> classes.size());
        }
        this.classWeight = new int[classes.size()];
        classes.forEach((w, c) -> classWeight[c] = w);
    }

    /**
     * Cells of the table this game needs: (Q'+1)·(K+1) with Q' = min(T, quota - 1) the rows below the quota and K the
     * most members a coalition below the quota can have (at most n), or MAX_VALUE when the total T after dividing out
     * the common factor does not fit an int (scheme A's weights over about 10^9).
     */
    static long cells(WeightedGame game) {
        long g = 0;
        long lightest = Long.MAX_VALUE;
        for (int i = 0; i < game.size(); i++) {
            g = WeightedGame.gcd(g, game.weight(i));
            lightest = Math.min(lightest, game.weight(i));
        }
        g = Math.max(g, 1);
        long total = game.total() / g;
        if (total >= Integer.MAX_VALUE) {
            return Long.MAX_VALUE;
        }
        long quota = Math.min(total + 1, (game.quota() + g - 1) / g);
        long cap = Math.max(0, Math.min(total, quota - 1));
        long columns = lightest == 0 ? game.size() : Math.min(game.size(), cap / (lightest / g));
        return (cap + 1) * (columns + 1);
    }

    @Override
    public Modular modular() {
        return Modular.ADDING;
    }

    @Override
    public int[] classOf() {
        return classOf.clone();
    }

    @Override
    public long[][] swingsByClass(long p) {
        if (f == null) {
            f = new long[(cap + 1) * stride];
            without = new long[f.length];
        } else {
            Arrays.fill(f, 0);
            Arrays.fill(without, 0);
        }
        long[] f = this.f;
        long[] without = this.without;
        // lo[s]..hi[s]: the sizes that can occur at weight s so far (empty when hi < lo). Only those columns are
        // touched: with weights between 1 and 5, a row of weight s holds sizes s/5..s, not all n + 1.
        int[] lo = new int[cap + 1];
        int[] hi = new int[cap + 1];
        Arrays.fill(lo, Integer.MAX_VALUE);
        Arrays.fill(hi, -1);
        f[0] = 1;
        lo[0] = 0;
        hi[0] = 0;
        int reach = 0;
        for (int i : order) {
            int w = weight[i];
            if (w == 0) {
                addWeightless(f, lo, hi, p);
                continue;
            }
            for (int s = Math.min(reach, cap - w); s >= 0; s--) {
                int a = lo[s];
                int b = hi[s];
                if (b < a) {
                    continue;
                }
                int from = s * stride;
                int to = (s + w) * stride + 1;
                for (int k = a; k <= b; k++) {
                    // Branch-free addition modulo p (< 2^62, so the sum cannot overflow): the loop vectorizes.
                    long d = f[to + k] + f[from + k] - p;
                    f[to + k] = d + ((d >> 63) & p);
                }
                lo[s + w] = Math.min(lo[s + w], a + 1);
                hi[s + w] = Math.max(hi[s + w], b + 1);
            }
            reach = Math.min(cap, reach + w);
        }
        long[][] swings = new long[classWeight.length][];
        for (int c = 0; c < classWeight.length; c++) {
            swings[c] = swingsOfWeight(f, lo, hi, without, classWeight[c], p);
        }
        return swings;
    }

    /** A member of weight 0 joins any coalition without changing its weight: every size shifts up by one, in place. */
    private void addWeightless(long[] f, int[] lo, int[] hi, long p) {
        for (int s = 0; s <= cap; s++) {
            if (hi[s] < lo[s]) {
                continue;
            }
            int row = s * stride;
            for (int k = hi[s]; k >= lo[s]; k--) {
                long d = f[row + k + 1] + f[row + k] - p;
                f[row + k + 1] = d + ((d >> 63) & p);
            }
            hi[s]++;
        }
    }

    /** Swings by size of one player of weight w: its table without it, summed over the weights [quota - w, quota). */
    private long[] swingsOfWeight(long[] f, int[] lo, int[] hi, long[] without, int w, long p) {
        int top = cap;
        for (int s = 0; s <= top; s++) {
            int a = lo[s];
            int b = hi[s];
            if (b < a) {
                continue;
            }
            int row = s * stride;
            // The table without the player has its coalitions of weight s and size k; the full table also has those
            // with it, i.e. its coalitions of weight s - w and size k - 1.
            if (s >= w) {
                int back = (s - w) * stride - 1;
                int start = Math.max(a, 1);
                if (a == 0) {
                    without[row] = f[row];
                }
                for (int k = start; k <= b; k++) {
                    long d = f[row + k] - without[back + k];
                    without[row + k] = d + ((d >> 63) & p);
                }
            } else {
                System.arraycopy(f, row + a, without, row + a, b - a + 1);
            }
        }
        long[] swings = new long[n];
        for (int s = Math.max(0, quota - w); s <= top; s++) {
            int a = lo[s];
            int b = Math.min(hi[s], n - 1);
            int row = s * stride;
            for (int k = a; k <= b; k++) {
                long d = swings[k] + without[row + k] - p;
                swings[k] = d + ((d >> 63) & p);
            }
        }
        return swings;
    }
}
