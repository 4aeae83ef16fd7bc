package nl.regiobesluit.benchmarks;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Power series modulo primes p = c·2^k + 1 below 2^30 (number-theoretic transforms, Newton's inverse, log and exp),
 * shared by {@link SeriesBanzhaf} and {@link SeriesShapleyShubik}. Values are longs in [0, p); a product of two fits
 * in 60 bits.
 */
final class PowerSeriesMod {

    private PowerSeriesMod() {
    }

    /** 1/k mod p for k = 1..m (index 0 unused), by the recurrence 1/k = -(p/k)·1/(p mod k). */
    static long[] inverses(int m, long p) {
        long[] inv = new long[Math.max(2, m + 1)];
        inv[1] = 1;
        for (int k = 2; k <= m; k++) {
            inv[k] = (p - (p / k) * inv[(int) (p % k)] % p) % p;
        }
        return inv;
    }

    static long pow(long b, long e, long p) {
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

    static long primitiveRoot(long p) {
        return ROOTS.computeIfAbsent(p, PowerSeriesMod::findPrimitiveRoot);
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

    static void ntt(long[] a, boolean invert, long p) {
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
    static long[] multiply(long[] a, long[] b, int limit, long p) {
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
    static long[] inverse(long[] a, int m, long p) {
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
    static long[] log(long[] a, int m, long p) {
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
