package nl.regiobesluit.benchmarks;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Banzhaf swing counts of a weighted majority game by formal power series, after the idea of Kakimura and Terai
 * ("Computing power indices in weighted majority games with formal power series", arXiv 2511.14995, 2025; only its
 * abstract was read here, so this is a straightforward implementation of the idea as stated there, not of their
 * paper): the generating function F(x) = Π (1 + x^w_i) mod x^q is exp(Σ_w c_w Σ_k (-1)^(k+1) x^(kw) / k), with c_w
 * the players of weight w, an exponential of a series computed by Newton's method with number-theoretic transforms in
 * O(q log q); a player of weight w swings the coalitions of the others of weight in [q - w, q), read from
 * F / (1 + x^w) in O(q). Counted modulo primes of the form c·2^k + 1 and put together by the Chinese remainder theorem.
 * For comparison in {@link SeriesBanzhafBenchmark} only: Banzhaf alone, no Shapley–Shubik, no municipalities.
 */
final class SeriesBanzhaf {

    private SeriesBanzhaf() {
    }

    /** Swings of a player of each distinct weight (keyed by weight), for the game (weights, quota). */
    static TreeMap<Long, BigInteger> swingsByWeight(long[] weights, long quota) {
        int q = Math.toIntExact(quota);
        TreeMap<Long, Integer> classes = new TreeMap<>();
        for (long w : weights) {
            classes.merge(w, 1, Integer::sum);
        }
        int n = weights.length;
        // A swing count is below 2^(n-1): primes of 30 bits each, enough of them for their product to exceed it.
        int size = Integer.highestOneBit(Math.max(1, 2 * q - 1)) * 2;
        List<Long> primes = primes(size, n / 29 + 2);
        BigInteger product = BigInteger.ONE;
        TreeMap<Long, BigInteger> result = new TreeMap<>();
        for (long w : classes.keySet()) {
            result.put(w, BigInteger.ZERO);
        }
        for (long p : primes) {
            long[] f = generatingFunction(classes, q, p);
            BigInteger bp = BigInteger.valueOf(p);
            for (long w : classes.keySet()) {
                long s = swingsMod(f, (int) Math.min(w, q), q, p);
                // Garner-style incremental CRT: x ≡ old (mod product), x ≡ s (mod p).
                BigInteger old = result.get(w);
                BigInteger t = BigInteger.valueOf(s).subtract(old).multiply(product.mod(bp).modInverse(bp)).mod(bp);
                result.put(w, old.add(product.multiply(t)));
            }
            product = product.multiply(bp);
        }
        return result;
    }

    /**
     * The same counts by the textbook table instead of the series: F built player by player in O(n·q) per prime (the
     * Banzhaf part of the product's pooled table, without its size dimension), then the same division and window.
     */
    static TreeMap<Long, BigInteger> swingsByWeightWithTable(long[] weights, long quota) {
        int q = Math.toIntExact(quota);
        TreeMap<Long, Integer> classes = new TreeMap<>();
        for (long w : weights) {
            classes.merge(w, 1, Integer::sum);
        }
        int size = Integer.highestOneBit(Math.max(1, 2 * q - 1)) * 2;
        List<Long> primes = primes(size, weights.length / 29 + 2);
        BigInteger product = BigInteger.ONE;
        TreeMap<Long, BigInteger> result = new TreeMap<>();
        for (long w : classes.keySet()) {
            result.put(w, BigInteger.ZERO);
        }
        for (long p : primes) {
            long[] f = new long[q];
            f[0] = 1;
            for (long w : weights) {
                if (w == 0) {
                    for (int s = 0; s < q; s++) {
                        f[s] = 2 * f[s] % p;
                    }
                    continue;
                }
                for (int s = q - 1 - (int) Math.min(w, q); s >= 0; s--) {
                    long v = f[s + (int) w] + f[s];
                    f[s + (int) w] = v >= p ? v - p : v;
                }
            }
            BigInteger bp = BigInteger.valueOf(p);
            for (long w : classes.keySet()) {
                long s = swingsMod(f, (int) Math.min(w, q), q, p);
                BigInteger old = result.get(w);
                BigInteger t = BigInteger.valueOf(s).subtract(old).multiply(product.mod(bp).modInverse(bp)).mod(bp);
                result.put(w, old.add(product.multiply(t)));
            }
            product = product.multiply(bp);
        }
        return result;
    }

    /** Σ_{s = q - w}^{q - 1} [x^s] F/(1 + x^w). */
    private static long swingsMod(long[] f, int w, int q, long p) {
        long[] g = new long[q];
        for (int s = 0; s < q; s++) {
            long v = f[s] - (s >= w ? g[s - w] : 0);
            g[s] = v < 0 ? v + p : v;
        }
        long sum = 0;
        for (int s = Math.max(0, q - w); s < q; s++) {
            sum = (sum + g[s]) % p;
        }
        return sum;
    }

    /** Π (1 + x^w)^c mod (x^q, p) as exp(Σ c Σ_k (-1)^(k+1) x^(kw)/k). */
    static long[] generatingFunction(TreeMap<Long, Integer> classes, int q, long p) {
        long[] log = new long[q];
        long[] inverse = new long[q + 1];
        inverse[1] = 1;
        for (int k = 2; k <= q; k++) {
            inverse[k] = (p - (p / k) * inverse[(int) (p % k)] % p) % p;
        }
        classes.forEach((w, c) -> {
            if (w == 0) {
                return; // (1 + 1)^c: a factor 2^c, handled below
            }
            for (long k = 1; k * w < q; k++) {
                long term = c % p * inverse[(int) k] % p;
                int at = (int) (k * w);
                log[at] = (log[at] + (k % 2 == 1 ? term : p - term)) % p;
            }
        });
        long[] f = exp(log, q, p);
        Integer zeros = classes.get(0L);
        if (zeros != null) {
            long two = BigInteger.TWO.modPow(BigInteger.valueOf(zeros), BigInteger.valueOf(p)).longValueExact();
            for (int s = 0; s < q; s++) {
                f[s] = f[s] * two % p;
            }
        }
        return f;
    }

    // ---- power series modulo an NTT prime ----

    private static long pow(long b, long e, long p) {
        long r = 1;
        b %= p;
        while (e > 0) {
            if ((e & 1) == 1) {
                r = r * b % p;
            }
            b = b * b % p;
            e >>= 1;
        }
        return r;
    }

    private static final java.util.Map<Long, Long> ROOTS = new java.util.concurrent.ConcurrentHashMap<>();

    private static long primitiveRoot(long p) {
        return ROOTS.computeIfAbsent(p, SeriesBanzhaf::findPrimitiveRoot);
    }

    private static long findPrimitiveRoot(long p) {
        long phi = p - 1;
        List<Long> factors = new ArrayList<>();
        long m = phi;
        for (long d = 2; d * d <= m; d++) {
            if (m % d == 0) {
                factors.add(d);
                while (m % d == 0) {
                    m /= d;
                }
            }
        }
        if (m > 1) {
            factors.add(m);
        }
        for (long g = 2; ; g++) {
            boolean ok = true;
            for (long f : factors) {
                if (pow(g, phi / f, p) == 1) {
                    ok = false;
                    break;
                }
            }
            if (ok) {
                return g;
            }
        }
    }

    private static void ntt(long[] a, boolean invert, long p) {
        int n = a.length;
        for (int i = 1, j = 0; i < n; i++) {
            int bit = n >> 1;
            for (; (j & bit) != 0; bit >>= 1) {
                j ^= bit;
            }
            j ^= bit;
            if (i < j) {
                long t = a[i];
                a[i] = a[j];
                a[j] = t;
            }
        }
        long g = primitiveRoot(p);
        for (int len = 2; len <= n; len <<= 1) {
            long w = pow(g, (p - 1) / len, p);
            if (invert) {
                w = pow(w, p - 2, p);
            }
            for (int i = 0; i < n; i += len) {
                long wn = 1;
                for (int j = 0; j < len / 2; j++) {
                    long u = a[i + j];
                    long v = a[i + j + len / 2] * wn % p;
                    a[i + j] = u + v < p ? u + v : u + v - p;
                    a[i + j + len / 2] = u - v >= 0 ? u - v : u - v + p;
                    wn = wn * w % p;
                }
            }
        }
        if (invert) {
            long inv = pow(n, p - 2, p);
            for (int i = 0; i < n; i++) {
                a[i] = a[i] * inv % p;
            }
        }
    }

    /** a·b mod x^limit. */
    private static long[] multiply(long[] a, long[] b, int limit, long p) {
        int need = Math.min(limit, a.length + b.length - 1);
        int size = 1;
        while (size < a.length + b.length - 1) {
            size <<= 1;
        }
        long[] fa = java.util.Arrays.copyOf(a, size);
        long[] fb = java.util.Arrays.copyOf(b, size);
        ntt(fa, false, p);
        ntt(fb, false, p);
        for (int i = 0; i < size; i++) {
            fa[i] = fa[i] * fb[i] % p;
        }
        ntt(fa, true, p);
        return java.util.Arrays.copyOf(fa, need);
    }

    /** 1/a mod x^m (a[0] ≠ 0), by Newton: b ← b(2 - ab). */
    private static long[] inverse(long[] a, int m, long p) {
        long[] b = {pow(a[0], p - 2, p)};
        for (int len = 1; len < m; ) {
            len = Math.min(2 * len, m);
            long[] ab = multiply(java.util.Arrays.copyOf(a, Math.min(a.length, len)), b, len, p);
            long[] t = new long[len];
            for (int i = 0; i < len; i++) {
                long v = i < ab.length ? (p - ab[i]) % p : 0;
                t[i] = i == 0 ? (v + 2) % p : v;
            }
            b = multiply(b, t, len, p);
        }
        return java.util.Arrays.copyOf(b, m);
    }

    /** log a mod x^m (a[0] = 1): ∫ a'/a. */
    private static long[] log(long[] a, int m, long p) {
        long[] derivative = new long[Math.max(1, m - 1)];
        for (int i = 1; i < Math.min(a.length, m); i++) {
            derivative[i - 1] = a[i] * i % p;
        }
        long[] q = multiply(derivative, inverse(a, m, p), m - 1 > 0 ? m - 1 : 1, p);
        long[] out = new long[m];
        long[] inv = new long[m + 1];
        inv[1] = 1;
        for (int i = 2; i <= m; i++) {
            inv[i] = (p - (p / i) * inv[(int) (p % i)] % p) % p;
        }
        for (int i = 1; i < m; i++) {
            out[i] = i - 1 < q.length ? q[i - 1] * inv[i] % p : 0;
        }
        return out;
    }

    /** exp a mod x^m (a[0] = 0), by Newton: b ← b(1 - log b + a). */
    static long[] exp(long[] a, int m, long p) {
        long[] b = {1};
        for (int len = 1; len < m; ) {
            len = Math.min(2 * len, m);
            long[] lb = log(java.util.Arrays.copyOf(b, len), len, p);
            long[] t = new long[len];
            for (int i = 0; i < len; i++) {
                long v = (i < a.length ? a[i] : 0) - lb[i];
                v %= p;
                if (v < 0) {
                    v += p;
                }
                t[i] = i == 0 ? (v + 1) % p : v;
            }
            b = multiply(b, t, len, p);
        }
        return java.util.Arrays.copyOf(b, m);
    }

    /** {@code count} primes of the form c·2^k + 1 below 2^30 with 2^k ≥ {@code size}, largest first. */
    static List<Long> primes(int size, int count) {
        List<Long> out = new ArrayList<>();
        long step = Math.max(1, Integer.highestOneBit(size) * (long) (size == Integer.highestOneBit(size) ? 1 : 2));
        for (long c = ((1L << 30) - 1) / step; c > 0 && out.size() < count; c--) {
            long candidate = c * step + 1;
            if (BigInteger.valueOf(candidate).isProbablePrime(40)) {
                out.add(candidate);
            }
        }
        return out;
    }
}
