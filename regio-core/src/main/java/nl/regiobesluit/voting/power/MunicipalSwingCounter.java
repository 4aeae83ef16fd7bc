package nl.regiobesluit.voting.power;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Exact counting when weights are too fine for one table but each municipality's members weigh whole multiples
 * of one municipal unit (scheme A: one weight per seat). A coalition is then described by how many units each
 * municipality contributes, which also tells whether that municipality is in favour.
 *
 * <p>Per municipality, a small table counts its sub-coalitions by (units, size). The municipalities are split
 * into two halves; each half is expanded into the list of its unit combinations (weight, municipalities in
 * favour, counts by size), and each half is indexed once: sorted by weight, one list per number in favour, with
 * suffix sums of the counts. A player's swings are counted on its municipality's table with it removed
 * (deconvolution): for every combination of the rest of its own half and every row of that table, two binary
 * searches in the other half's index find the partners that win with the player and not without it (meeting in the
 * middle). The rest of a half is expanded once per municipality, not per player.
 *
 * <p>Weights too fine for a long (scheme A over some twenty municipalities: a common denominator over 61 bits) are
 * counted the same way on their exact integer weights: a municipality's unit and every half's weights are then big
 * numbers ({@code bigUnit}), and only the sorting and the binary search touch them; the counts stay modular.
 *
 * <p>Players of equal units in municipalities with equal seat vectors (the same unit weight and the same units per
 * member) are interchangeable: swapping the two municipalities wholesale leaves weights and the count of
 * municipalities in favour unchanged. They form one class and share one computation.
 */
final class MunicipalSwingCounter implements SwingCounter {

    /** Above this many combinations in one half the method is not used. */
    static final long MAX_HALF = 400_000;

    private final WeightedGame game;
    private final int n;
    private final int municipalities;
    private final long[] unit;
    /** The municipal units in exact integers, when the game's long weights are rounded (else null). */
    private final BigInteger[] bigUnit;
    private final int[] units;         // units of each municipality in total
    private final int[] size;          // members of each municipality
    private final int[] playerUnits;   // units of each player
    private final boolean[] inLeft;
    private final boolean countFavour;
    private final int[] classOf;
    private final int[] representative; // one player of each class

    MunicipalSwingCounter(WeightedGame game) {
        this.game = game;
        this.n = game.size();
        this.municipalities = game.municipalities().size();
        this.unit = new long[municipalities];
        this.bigUnit = game.rounded() ? new BigInteger[municipalities] : null;
        this.units = new int[municipalities];
        this.size = new int[municipalities];
        this.playerUnits = new int[n];
        if (bigUnit != null) {
            java.util.Arrays.fill(bigUnit, BigInteger.ZERO);
        }
        for (int i = 0; i < n; i++) {
            int m = game.municipalityOf(i);
            if (bigUnit != null) {
                bigUnit[m] = bigUnit[m].gcd(game.exactWeight(i));
            } else {
                unit[m] = WeightedGame.gcd(unit[m], game.weight(i));
            }
            size[m]++;
        }
        for (int m = 0; m < municipalities; m++) {
            unit[m] = Math.max(unit[m], 1); // a municipality whose members all weigh 0 (no unit to divide by)
            if (bigUnit != null && bigUnit[m].signum() == 0) {
                bigUnit[m] = BigInteger.ONE;
            }
        }
        for (int i = 0; i < n; i++) {
            int m = game.municipalityOf(i);
            // Units beyond an int (weights of one municipality without a common unit) throw: out of reach anyway.
            playerUnits[i] = bigUnit != null ? game.exactWeight(i).divide(bigUnit[m]).intValueExact()
                    : Math.toIntExact(game.weight(i) / unit[m]);
            units[m] = Math.addExact(units[m], playerUnits[i]);
        }
        this.inLeft = split(units);
        this.countFavour = game.minMunicipalities() > 0;
        // A municipality's seat vector: its unit weight and its members' units, sorted.
        List<List<Object>> vectors = new ArrayList<>();
        for (int m = 0; m < municipalities; m++) {
            vectors.add(new ArrayList<>(List.of(bigUnit != null ? bigUnit[m] : (Object) unit[m])));
        }
        List<List<Integer>> memberUnits = new ArrayList<>();
        for (int m = 0; m < municipalities; m++) {
            memberUnits.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            memberUnits.get(game.municipalityOf(i)).add(playerUnits[i]);
        }
        for (int m = 0; m < municipalities; m++) {
            memberUnits.get(m).sort(null);
            vectors.get(m).add(memberUnits.get(m));
        }
        // Municipalities of equal vectors share an id; a class is (that id, the member's units).
        Map<List<Object>, Integer> vectorIds = new HashMap<>();
        int[] vectorOf = new int[municipalities];
        for (int m = 0; m < municipalities; m++) {
            vectorOf[m] = vectorIds.computeIfAbsent(vectors.get(m), v -> vectorIds.size());
        }
        this.classOf = new int[n];
        Map<Long, Integer> classes = new HashMap<>();
        List<Integer> representatives = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long key = ((long) vectorOf[game.municipalityOf(i)] << 32) | playerUnits[i];
            int player = i;
            classOf[i] = classes.computeIfAbsent(key, k -> {
                representatives.add(player);
                return classes.size();
            });
        }
        this.representative = representatives.stream().mapToInt(Integer::intValue).toArray();
    }

    @Override
    public int[] classOf() {
        return classOf.clone();
    }

    /** The larger of the two halves' numbers of unit combinations (an upper bound), or MAX_VALUE on overflow. */
    static long largestHalf(WeightedGame game) {
        MunicipalSwingCounter c;
        try {
            c = new MunicipalSwingCounter(game);
        } catch (ArithmeticException tooManyUnits) {
            return Long.MAX_VALUE;
        }
        long left = 1;
        long right = 1;
        for (int m = 0; m < c.municipalities; m++) {
            if (c.inLeft[m]) {
                left = saturatingMultiply(left, c.units[m] + 1L);
            } else {
                right = saturatingMultiply(right, c.units[m] + 1L);
            }
        }
        return Math.max(left, right);
    }

    private static long saturatingMultiply(long a, long b) {
        return a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
    }

    /** Greedy balance of log-products; the left half gets the smaller product (it is the one iterated over). */
    private static boolean[] split(int[] units) {
        Integer[] order = new Integer[units.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(units[b], units[a]));
        boolean[] left = new boolean[units.length];
        double l = 0;
        double r = 0;
        for (int m : order) {
            double add = Math.log(units[m] + 1.0);
            if (l <= r) {
                left[m] = true;
                l += add;
            } else {
                r += add;
            }
        }
        if (l > r) {
            for (int m = 0; m < left.length; m++) {
                left[m] = !left[m];
            }
        }
        return left;
    }

    @Override
    public Modular modular() {
        return Modular.MULTIPLYING;
    }

    @Override
    public long[][] swingsByClass(long p) {
        long[][][] tables = new long[municipalities][][];
        for (int m = 0; m < municipalities; m++) {
            tables[m] = municipalTable(m, p);
        }
        // Both halves indexed once: a player's own half is expanded again with its municipality's table changed and
        // run against the other half's index. Rebuilding the index of a changed right half for every class (sorting
        // and suffix sums of a count array per entry) was most of the allocation: 0.95 GB per analysis of 5
        // generated municipalities.
        Index leftIndex = new Index(expand(tables, true, p), p);
        Index rightIndex = new Index(expand(tables, false, p), p);
        long[][] swings = new long[representative.length][];
        Half[] rest = new Half[municipalities];
        for (int c = 0; c < representative.length; c++) {
            int m = game.municipalityOf(representative[c]);
            if (rest[m] == null) {
                rest[m] = expandWithout(tables, m, p);
            }
            swings[c] = swingsOf(representative[c], tables[m], rest[m], inLeft[m] ? rightIndex : leftIndex, p);
        }
        return swings;
    }

    /** Municipality m's half expanded without m: every combination of the others in that half. */
    private Half expandWithout(long[][][] tables, int m, long p) {
        long[][] original = tables[m];
        long[][] none = new long[1][size[m] + 1];
        none[0][0] = 1; // m contributes no units, no members and is not in favour
        try {
            tables[m] = none;
            return expand(tables, inLeft[m], p);
        } finally {
            tables[m] = original;
        }
    }

    /**
     * Swings by size of one player of m with {@code a} units: for every combination e of the rest of its half and every
     * row s of m's table without the player, the partners in the other half that win with the player's units added and
     * not without them. Both the weight and m's being in favour only grow with the player's units, so those partners
     * are, per number in favour, one run of the sorted half: a difference of two suffix sums.
     */
    private long[] swingsOf(int player, long[][] table, Half rest, Index other, long p) {
        int m = game.municipalityOf(player);
        int a = playerUnits[player];
        long[][] without = removePlayer(table, a, p);
        long quota = game.quota();
        BigInteger bigQuota = bigUnit != null ? game.exactQuota() : null;
        int minFavour = game.minMunicipalities();
        long[] swings = new long[n + 1];
        long[] counts = new long[n + 1];
        long[] partners = new long[n + 1];
        for (int e = 0; e < rest.size; e++) {
            long[] restCounts = rest.counts.get(e);
            for (int s = 0; s + a < without.length; s++) {
                long[] row = without[s];
                java.util.Arrays.fill(counts, 0);
                boolean any = false;
                for (int k = 0; k < row.length; k++) {
                    if (row[k] == 0) {
                        continue;
                    }
                    for (int j = 0; j + k <= n; j++) {
                        if (restCounts[j] != 0) {
                            counts[j + k] = (counts[j + k] + restCounts[j] * row[k]) % p;
                            any = true;
                        }
                    }
                }
                if (!any) {
                    continue;
                }
                int favourWithout = rest.favour[e] + (countFavour && 2L * s > units[m] ? 1 : 0);
                int favourWith = rest.favour[e] + (countFavour && 2L * (s + a) > units[m] ? 1 : 0);
                long needWithout = 0;
                long needWith = 0;
                BigInteger bigNeedWithout = null;
                BigInteger bigNeedWith = null;
                if (bigQuota != null) {
                    BigInteger w = rest.big[e].add(bigUnit[m].multiply(BigInteger.valueOf(s)));
                    bigNeedWithout = bigQuota.subtract(w);
                    bigNeedWith = bigNeedWithout.subtract(bigUnit[m].multiply(BigInteger.valueOf(a)));
                } else {
                    long w = rest.weight[e] + s * unit[m];
                    needWithout = quota - w;
                    needWith = needWithout - a * unit[m];
                }
                for (int f = 0; f < other.buckets.length; f++) {
                    Bucket b = other.buckets[f];
                    if (b == null || favourWith + f < minFavour) {
                        continue;
                    }
                    int end = b.weights.length;
                    int fromWith = bigQuota != null ? b.firstAtLeast(bigNeedWith) : b.firstAtLeast(needWith);
                    int fromWithout = favourWithout + f < minFavour ? end
                            : bigQuota != null ? b.firstAtLeast(bigNeedWithout) : b.firstAtLeast(needWithout);
                    if (fromWith >= fromWithout) {
                        continue;
                    }
                    long[] hi = b.suffix[fromWith];
                    long[] lo = b.suffix[fromWithout];
                    for (int kb = 0; kb <= n; kb++) {
                        long d = hi[kb] - lo[kb];
                        partners[kb] = d < 0 ? d + p : d;
                    }
                    for (int ka = 0; ka <= n; ka++) {
                        long va = counts[ka];
                        if (va == 0) {
                            continue;
                        }
                        for (int kb = 0; ka + kb <= n; kb++) {
                            long vb = partners[kb];
                            if (vb != 0) {
                                swings[ka + kb] = (swings[ka + kb] + va * vb) % p;
                            }
                        }
                    }
                }
            }
        }
        return java.util.Arrays.copyOf(swings, n);
    }

    /** table[s][k]: sub-coalitions of municipality m with s units and k members. */
    private long[][] municipalTable(int m, long p) {
        long[][] t = new long[units[m] + 1][size[m] + 1];
        t[0][0] = 1;
        int reach = 0;
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (game.municipalityOf(i) != m) {
                continue;
            }
            int a = playerUnits[i];
            for (int s = reach; s >= 0; s--) {
                for (int k = count; k >= 0; k--) {
                    long v = t[s][k];
                    if (v != 0) {
                        long sum = t[s + a][k + 1] + v;
                        t[s + a][k + 1] = sum >= p ? sum - p : sum;
                    }
                }
            }
            reach += a;
            count++;
        }
        return t;
    }

    /** The table with one player of {@code a} units taken out again. */
    private static long[][] removePlayer(long[][] t, int a, long p) {
        long[][] g = new long[t.length][t[0].length];
        for (int s = 0; s < t.length; s++) {
            for (int k = 0; k < t[0].length; k++) {
                long v = t[s][k];
                if (s >= a && k >= 1) {
                    v -= g[s - a][k - 1];
                    if (v < 0) {
                        v += p;
                    }
                }
                g[s][k] = v;
            }
        }
        return g;
    }

    /** One half expanded: every unit combination that occurs, with its weight, municipalities in favour and counts by size. */
    private Half expand(long[][][] tables, boolean left, long p) {
        Half half = new Half(n, bigUnit != null);
        long[] start = new long[n + 1];
        start[0] = 1;
        expand(tables, left, p, 0, 0L, bigUnit != null ? BigInteger.ZERO : null, 0, start, half);
        return half;
    }

    private void expand(long[][][] tables, boolean left, long p, int m, long weight, BigInteger big, int favour, long[] counts,
                        Half out) {
        if (m == municipalities) {
            out.add(weight, big, favour, counts);
            return;
        }
        if (inLeft[m] != left) {
            expand(tables, left, p, m + 1, weight, big, favour, counts, out);
            return;
        }
        long[][] t = tables[m];
        for (int s = 0; s < t.length; s++) {
            long[] row = t[s];
            long[] next = null;
            for (int k = 0; k < row.length; k++) {
                if (row[k] == 0) {
                    continue;
                }
                if (next == null) {
                    next = new long[n + 1];
                }
                for (int j = 0; j + k <= n; j++) {
                    if (counts[j] != 0) {
                        next[j + k] = (next[j + k] + counts[j] * row[k]) % p;
                    }
                }
            }
            if (next != null) {
                int f = countFavour && 2L * s > units[m] ? 1 : 0;
                if (big != null) {
                    expand(tables, left, p, m + 1, 0L, big.add(bigUnit[m].multiply(BigInteger.valueOf(s))), favour + f, next, out);
                } else {
                    expand(tables, left, p, m + 1, weight + s * unit[m], null, favour + f, next, out);
                }
            }
        }
    }

    private static final class Half {
        final int n;
        int size;
        long[] weight = new long[64];
        /** The exact weights instead, for a game of rounded weights (else null). */
        BigInteger[] big;
        int[] favour = new int[64];
        final List<long[]> counts = new ArrayList<>();

        Half(int n, boolean exactBig) {
            this.n = n;
            this.big = exactBig ? new BigInteger[64] : null;
        }

        void add(long w, BigInteger b, int f, long[] c) {
            if (size == weight.length) {
                weight = Arrays.copyOf(weight, size * 2);
                favour = Arrays.copyOf(favour, size * 2);
                if (big != null) {
                    big = Arrays.copyOf(big, size * 2);
                }
            }
            if (big != null) {
                big[size] = b;
            }
            weight[size] = w;
            favour[size] = f;
            counts.add(c);
            size++;
        }
    }

    /** The right half grouped by municipalities in favour, each group sorted by weight with suffix sums of counts. */
    private static final class Index {
        final Bucket[] buckets;

        Index(Half half, long p) {
            int maxFavour = 0;
            for (int e = 0; e < half.size; e++) {
                maxFavour = Math.max(maxFavour, half.favour[e]);
            }
            List<List<Integer>> groups = new ArrayList<>();
            for (int f = 0; f <= maxFavour; f++) {
                groups.add(new ArrayList<>());
            }
            for (int e = 0; e < half.size; e++) {
                groups.get(half.favour[e]).add(e);
            }
            buckets = new Bucket[maxFavour + 1];
            for (int f = 0; f <= maxFavour; f++) {
                if (!groups.get(f).isEmpty()) {
                    buckets[f] = new Bucket(half, groups.get(f), p);
                }
            }
        }
    }

    private static final class Bucket {
        final long[] weights;
        final BigInteger[] bigWeights;
        final long[][] suffix;

        Bucket(Half half, List<Integer> entries, long p) {
            if (half.big != null) {
                entries.sort((x, y) -> half.big[x].compareTo(half.big[y]));
            } else {
                entries.sort((x, y) -> Long.compare(half.weight[x], half.weight[y]));
            }
            int size = entries.size();
            weights = new long[size];
            bigWeights = half.big != null ? new BigInteger[size] : null;
            suffix = new long[size + 1][];
            suffix[size] = new long[half.n + 1];
            for (int j = size - 1; j >= 0; j--) {
                int e = entries.get(j);
                weights[j] = half.weight[e];
                if (bigWeights != null) {
                    bigWeights[j] = half.big[e];
                }
                long[] c = half.counts.get(e);
                long[] s = suffix[j + 1].clone();
                for (int k = 0; k < s.length; k++) {
                    long sum = s[k] + c[k];
                    s[k] = sum >= p ? sum - p : sum;
                }
                suffix[j] = s;
            }
        }

        int firstAtLeast(BigInteger w) {
            int lo = 0;
            int hi = bigWeights.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (bigWeights[mid].compareTo(w) < 0) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        int firstAtLeast(long w) {
            int lo = 0;
            int hi = weights.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (weights[mid] < w) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }
}
