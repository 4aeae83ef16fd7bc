package nl.regiobesluit.benchmarks;

import java.math.BigInteger;
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
        List<Long> primes = PowerSeriesMod.primes(size, n / 29 + 2);
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
        List<Long> primes = PowerSeriesMod.primes(size, weights.length / 29 + 2);
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
        long[] f = PowerSeriesMod.exp(log, q, p);
        Integer zeros = classes.get(0L);
        if (zeros != null) {
            long two = BigInteger.TWO.modPow(BigInteger.valueOf(zeros), BigInteger.valueOf(p)).longValueExact();
            for (int s = 0; s < q; s++) {
                f[s] = f[s] * two % p;
            }
        }
        return f;
    }
}
