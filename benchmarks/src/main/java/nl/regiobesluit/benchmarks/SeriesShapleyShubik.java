package nl.regiobesluit.benchmarks;

import nl.regiobesluit.shared.Fraction;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Shapley–Shubik power of a weighted majority game by formal power series, after the two-variable idea of Kakimura and
 * Terai (arXiv 2511.14995, 2025; only its abstract and a summary were read, so this is an implementation of the idea as
 * stated there, not of the paper's algorithm). With F(x, y) = Π (1 + y x^w_i) mod x^q, a player of weight w is pivotal
 * in the coalitions of k others counted by [y^k] Σ_{s = q - w}^{q - 1} [x^s] F / (1 + y x^w), and its index is that
 * count weighted by k!(n-1-k)!/n!, summed over k.
 *
 * <p>The y dimension is handled by evaluation and interpolation: F(x, a) for a = 1, 2, ..., N modulo a prime is a
 * series in x alone, F / (1 + a x^w) is a linear recurrence, and the window sum is the value at a of the counts'
 * polynomial in y. That polynomial's non-zero coefficients lie between the fewest and the most others a pivotal
 * coalition can have (from the heaviest and the lightest weights), so, divided by y to the fewest, it has degree below
 * N = the width of that band, not n: N values per distinct weight and Newton interpolation (O(N^2)) give the counts.
 *
 * <p>F(x, a) = Π_w (1 + a x^w)^c_w is computed in one of two ways ({@link Method}): as the exponential of its
 * logarithm Σ_w c_w Σ_j (-1)^(j+1) a^j x^(jw)/j by Newton's method with transforms, O(q log q) per point (the paper's
 * tool), or, when the distinct weights are few, by the linear recurrence with polynomial coefficients that
 * D F' = N F gives, with D = Π_w (1 + a x^w) and N = Σ_w c_w a w x^(w-1) D / (1 + a x^w): O(q (deg D + deg N)) per
 * point. Counts are below 2^(n-1); they are computed modulo enough 30-bit primes and put together by Garner's
 * algorithm. For comparison in {@link SeriesShapleyShubikBenchmark} only: no municipalities, no stored results.
 */
final class SeriesShapleyShubik {

    /** How F(x, a) is computed at each evaluation point. */
    enum Method {
        /** exp(log F) by Newton's method with number-theoretic transforms. */
        EXP,
        /** The recurrence of D F' = N F (few distinct weights). */
        RECURRENCE
    }

    private SeriesShapleyShubik() {
    }

    /** The Shapley–Shubik index of a player of each distinct weight (keyed by weight). */
    static TreeMap<Long, Fraction> indexByWeight(long[] weights, long quota, Method method) {
        int n = weights.length;
        BigInteger[] factorial = new BigInteger[n + 1];
        factorial[0] = BigInteger.ONE;
        for (int i = 1; i <= n; i++) {
            factorial[i] = factorial[i - 1].multiply(BigInteger.valueOf(i));
        }
        TreeMap<Long, Fraction> out = new TreeMap<>();
        countsByWeight(weights, quota, method).forEach((w, counts) -> {
            BigInteger sum = BigInteger.ZERO;
            for (int k = 0; k < n; k++) {
                if (counts[k].signum() != 0) {
                    sum = sum.add(counts[k].multiply(factorial[k]).multiply(factorial[n - 1 - k]));
                }
            }
            out.put(w, Fraction.of(sum, factorial[n]));
        });
        return out;
    }

    /**
     * For a player of each distinct weight w, {@code counts[k]}: the coalitions of k other players whose weight is in
     * [q - w, q), the ones this player turns into winning ones.
     */
    static TreeMap<Long, BigInteger[]> countsByWeight(long[] weights, long quota, Method method) {
        int n = weights.length;
        int q = Math.toIntExact(quota);
        TreeMap<Long, Integer> classes = new TreeMap<>();
        for (long w : weights) {
            classes.merge(w, 1, Integer::sum);
        }
        long[] ascending = weights.clone();
        Arrays.sort(ascending);
        long[] weightOf = classes.keySet().stream().mapToLong(Long::longValue).toArray();
        int m = weightOf.length;
        // Sizes a pivotal coalition of the others can have: at least as many as the heaviest others need to reach
        // q - w, at most as many as the lightest others fit below q.
        int[] lowest = new int[m];
        int[] highest = new int[m];
        int spread = 1;
        for (int c = 0; c < m; c++) {
            lowest[c] = fewestReaching(ascending, weightOf[c], quota - weightOf[c]);
            highest[c] = mostBelow(ascending, weightOf[c], quota);
            if (weightOf[c] == 0 || q == 0) {
                lowest[c] = 1;
                highest[c] = 0; // never pivotal
            }
            spread = Math.max(spread, highest[c] - lowest[c] + 1);
        }
        int transform = Integer.highestOneBit(Math.max(1, 2 * q - 1)) * 2;
        List<Long> primes = PowerSeriesMod.primes(transform, Math.max(0, n - 1) / 29 + 2);
        int count = primes.size();
        // residues[c][k - lowest[c]][prime]
        long[][][] residues = new long[m][][];
        for (int c = 0; c < m; c++) {
            residues[c] = new long[Math.max(0, highest[c] - lowest[c] + 1)][count];
        }
        int zeros = classes.getOrDefault(0L, 0);
        for (int pi = 0; pi < count; pi++) {
            long p = primes.get(pi);
            long[] inverse = PowerSeriesMod.inverses(Math.max(Math.max(1, q), spread), p);
            // values[c][j]: Q_c(a) = P_c(a) / a^lowest[c] at a = j + 1, Q_c of degree below spread.
            long[][] values = new long[m][spread];
            for (int j = 0; j < spread; j++) {
                long a = j + 1;
                long[] f = method == Method.EXP ? byExp(classes, q, a, p, inverse) : byRecurrence(classes, q, a, p, inverse);
                long scale = PowerSeriesMod.pow(1 + a, zeros, p);
                long aInverse = inverse[j + 1];
                for (int c = 0; c < m; c++) {
                    if (highest[c] >= lowest[c]) {
                        long v = window(f, (int) Math.min(weightOf[c], q), q, a, p) * scale % p;
                        values[c][j] = v * PowerSeriesMod.pow(aInverse, lowest[c], p) % p;
                    }
                }
            }
            for (int c = 0; c < m; c++) {
                if (highest[c] < lowest[c]) {
                    continue;
                }
                long[] coefficients = interpolate(values[c], inverse, p);
                for (int k = lowest[c]; k <= highest[c]; k++) {
                    residues[c][k - lowest[c]][pi] = coefficients[k - lowest[c]];
                }
            }
        }
        long[][] garner = garnerInverses(primes);
        TreeMap<Long, BigInteger[]> out = new TreeMap<>();
        for (int c = 0; c < m; c++) {
            BigInteger[] counts = new BigInteger[Math.max(n, 1)];
            Arrays.fill(counts, BigInteger.ZERO);
            for (int k = lowest[c]; k <= highest[c]; k++) {
                counts[k] = reconstruct(residues[c][k - lowest[c]], primes, garner);
            }
            out.put(weightOf[c], counts);
        }
        return out;
    }

    /**
     * The coefficients of the polynomial of degree below N with the given values at 1, 2, ..., N: Newton's divided
     * differences (the points differ by whole numbers, so every division is by a precomputed 1/d), then the Newton form
     * expanded, O(N^2).
     */
    private static long[] interpolate(long[] values, long[] inverse, long p) {
        int size = values.length;
        long[] d = values.clone();
        for (int level = 1; level < size; level++) {
            for (int j = size - 1; j >= level; j--) {
                long v = d[j] - d[j - 1];
                d[j] = (v < 0 ? v + p : v) * inverse[level] % p;
            }
        }
        long[] poly = new long[size];
        int degree = 0;
        poly[0] = d[size - 1];
        for (int j = size - 2; j >= 0; j--) {
            // poly ← poly · (y - (j + 1)) + d[j]
            long point = j + 1;
            for (int i = degree + 1; i >= 1; i--) {
                long v = poly[i - 1] - point * poly[i] % p;
                poly[i] = v < 0 ? v + p : v;
            }
            poly[0] = (p - point * poly[0] % p + d[j]) % p;
            degree++;
        }
        return poly;
    }

    /** Fewest others (one player of weight {@code own} left out) whose weight reaches {@code target}; n if none do. */
    private static int fewestReaching(long[] ascending, long own, long target) {
        long sum = 0;
        int taken = 0;
        boolean skipped = false;
        for (int i = ascending.length - 1; i >= 0 && sum < target; i--) {
            if (!skipped && ascending[i] == own) {
                skipped = true;
                continue;
            }
            sum += ascending[i];
            taken++;
        }
        return sum >= target ? taken : ascending.length;
    }

    /** Most others (one player of weight {@code own} left out) whose weight stays below {@code quota}. */
    private static int mostBelow(long[] ascending, long own, long quota) {
        long sum = 0;
        int taken = 0;
        boolean skipped = false;
        for (long w : ascending) {
            if (!skipped && w == own) {
                skipped = true;
                continue;
            }
            if (sum + w >= quota) {
                break;
            }
            sum += w;
            taken++;
        }
        return taken;
    }

    /** Σ_{s = q - w}^{q - 1} [x^s] F / (1 + a x^w): g_s = f_s - a g_(s-w). */
    private static long window(long[] f, int w, int q, long a, long p) {
        long[] g = new long[q];
        long sum = 0;
        for (int s = 0; s < q; s++) {
            long v = s >= w ? f[s] - a * g[s - w] % p : f[s];
            g[s] = v < 0 ? v + p : v;
            if (s >= q - w) {
                sum += g[s];
            }
        }
        return sum % p;
    }

    /** Π_{0 < w < q} (1 + a x^w)^c_w mod (x^q, p) as exp Σ_w c_w Σ_j (-1)^(j+1) a^j x^(jw)/j. */
    private static long[] byExp(TreeMap<Long, Integer> classes, int q, long a, long p, long[] inverse) {
        if (q == 0) {
            return new long[0];
        }
        long[] log = new long[q];
        for (Map.Entry<Long, Integer> e : classes.entrySet()) {
            long w = e.getKey();
            if (w == 0 || w >= q) {
                continue;
            }
            long c = e.getValue() % p;
            long power = 1;
            for (int j = 1; (long) j * w < q; j++) {
                power = power * a % p;
                long term = c * power % p * inverse[j] % p;
                int at = (int) (j * w);
                log[at] = (log[at] + (j % 2 == 1 ? term : p - term)) % p;
            }
        }
        return PowerSeriesMod.exp(log, q, p);
    }

    /**
     * The same product by D F' = N F: (s+1) f_(s+1) = Σ_i N_i f_(s-i) - Σ_(i ≥ 1) D_i (s+1-i) f_(s+1-i), kept as
     * g_t = t f_t so that each step is two dot products.
     */
    private static long[] byRecurrence(TreeMap<Long, Integer> classes, int q, long a, long p, long[] inverse) {
        long[] f = new long[q];
        if (q == 0) {
            return f;
        }
        int degree = 0;
        for (long w : classes.keySet()) {
            if (w > 0 && w < q) {
                degree += (int) w;
            }
        }
        degree = Math.min(degree, q);
        long[] d = new long[degree + 1];
        d[0] = 1;
        long[] nPoly = new long[degree + 1];
        for (Map.Entry<Long, Integer> e : classes.entrySet()) {
            int w = (int) Math.min(e.getKey(), q);
            if (w == 0 || w >= q) {
                continue;
            }
            // N += c a w x^(w-1) Π_(v ≠ w) (1 + a x^v)
            long[] others = {1};
            for (long v : classes.keySet()) {
                if (v > 0 && v < q && v != w) {
                    others = timesBinomial(others, (int) v, a, p, degree + 1);
                }
            }
            long factor = e.getValue() % p * (a * w % p) % p;
            for (int i = 0; i < others.length && i + w - 1 <= degree; i++) {
                nPoly[i + w - 1] = (nPoly[i + w - 1] + factor * others[i]) % p;
            }
            d = Arrays.copyOf(timesBinomial(d, w, a, p, degree + 1), degree + 1);
        }
        long[] minusD = new long[degree + 1];
        for (int i = 1; i <= degree; i++) {
            minusD[i] = (p - d[i]) % p;
        }
        long[] g = new long[q];
        f[0] = 1;
        long limit = 1L << 62;
        for (int s = 0; s + 1 < q; s++) {
            long acc = 0;
            for (int i = 0, top = Math.min(degree, s); i <= top; i++) {
                acc += nPoly[i] * f[s - i];
                if (acc >= limit) {
                    acc %= p;
                }
            }
            for (int i = 1, top = Math.min(degree, s + 1); i <= top; i++) {
                acc += minusD[i] * g[s + 1 - i];
                if (acc >= limit) {
                    acc %= p;
                }
            }
            g[s + 1] = acc % p;
            f[s + 1] = g[s + 1] * inverse[s + 1] % p;
        }
        return f;
    }

    /** poly · (1 + a x^w), cut at {@code limit} coefficients. */
    private static long[] timesBinomial(long[] poly, int w, long a, long p, int limit) {
        long[] out = Arrays.copyOf(poly, Math.min(limit, poly.length + w));
        for (int i = 0; i < poly.length && i + w < out.length; i++) {
            out[i + w] = (out[i + w] + a * poly[i]) % p;
        }
        return out;
    }

    /** inv[i][j] = p_i^(-1) mod p_j for i < j. */
    private static long[][] garnerInverses(List<Long> primes) {
        int count = primes.size();
        long[][] inv = new long[count][count];
        for (int i = 0; i < count; i++) {
            for (int j = i + 1; j < count; j++) {
                long pj = primes.get(j);
                inv[i][j] = PowerSeriesMod.pow(primes.get(i) % pj, pj - 2, pj);
            }
        }
        return inv;
    }

    /** The number below Π p with these residues: mixed-radix digits by Garner's algorithm, then Horner. */
    private static BigInteger reconstruct(long[] residues, List<Long> primes, long[][] inv) {
        int count = residues.length;
        long[] digit = new long[count];
        for (int j = 0; j < count; j++) {
            long pj = primes.get(j);
            long x = residues[j];
            for (int i = 0; i < j; i++) {
                x = (x - digit[i]) % pj;
                if (x < 0) {
                    x += pj;
                }
                x = x * inv[i][j] % pj;
            }
            digit[j] = x;
        }
        BigInteger value = BigInteger.ZERO;
        for (int j = count - 1; j >= 0; j--) {
            value = value.multiply(BigInteger.valueOf(primes.get(j))).add(BigInteger.valueOf(digit[j]));
        }
        return value;
    }
}
