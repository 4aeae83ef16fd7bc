package nl.regiobesluit.voting.power;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Exact counting without big numbers in the inner loops: counts are computed modulo several pairwise coprime
 * moduli and reconstructed with the Chinese remainder theorem. Two families: primes below 2^31 where residues are
 * multiplied (a product fits a long), and pairwise coprime odd numbers below 2^62 where they are only added (a sum
 * fits a long), which needs half the passes.
 *
 * <p>There is no fixed number of moduli: a family grows on demand, and {@link #basisAbove} takes as many as the
 * bound on the counts asks for, so the size of a body is limited by time and memory only, not by a table of
 * constants.
 */
enum Modular {

    MULTIPLYING((1L << 31) - 1) {
        @Override
        boolean accepts(long candidate, List<Long> chosen) {
            return isPrime(candidate);
        }
    },
    ADDING((1L << 62) - 1) {
        /** Odd numbers just below 2^62, each coprime to all before it (all the Chinese remainder theorem needs). */
        @Override
        boolean accepts(long candidate, List<Long> chosen) {
            for (long m : chosen) {
                if (WeightedGame.gcd(candidate, m) != 1) {
                    return false;
                }
            }
            return true;
        }
    };

    private final long largest;
    /** The moduli found so far, largest first; guarded by this. */
    private final List<Long> moduli = new ArrayList<>();
    /** bases.get(t - 1) reconstructs from the first t moduli; guarded by this. */
    private final List<Basis> bases = new ArrayList<>();

    Modular(long largest) {
        this.largest = largest;
    }

    abstract boolean accepts(long candidate, List<Long> chosen);

    /**
     * The fewest moduli whose product exceeds {@code bound}: every non-negative count up to {@code bound} is then
     * determined by its residues.
     */
    synchronized Basis basisAbove(BigInteger bound) {
        BigInteger product = BigInteger.ONE;
        int t = 0;
        while (product.compareTo(bound) <= 0) {
            product = product.multiply(BigInteger.valueOf(modulus(t)));
            t++;
        }
        return basis(t);
    }

    /** The first {@code count} moduli with their reconstruction constants (computed once, then shared). */
    synchronized Basis basis(int count) {
        while (bases.size() < count) {
            int t = bases.size() + 1;
            long[] m = new long[t];
            for (int j = 0; j < t; j++) {
                m[j] = modulus(j);
            }
            bases.add(new Basis(m));
        }
        return bases.get(count - 1);
    }

    synchronized long modulus(int index) {
        long candidate = moduli.isEmpty() ? largest : moduli.get(moduli.size() - 1) - 2;
        while (moduli.size() <= index) {
            if (accepts(candidate, moduli)) {
                moduli.add(candidate);
            }
            candidate -= 2;
        }
        return moduli.get(index);
    }

    /**
     * Moduli m_0..m_{t-1} with the constants of the classical form of the Chinese remainder theorem (Knuth, The Art
     * of Computer Programming, vol. 2, §4.3.2): x = (Σ r_j·e_j) mod M with M = Π m_j and e_j = (M/m_j)·((M/m_j)^-1
     * mod m_j), so that e_j ≡ 1 modulo m_j and ≡ 0 modulo every other modulus. The inverses are taken once here,
     * never per count: a reconstruction is t small multiplications, a sum and one division.
     */
    static final class Basis {
        private final long[] moduli;
        private final BigInteger product;
        private final BigInteger[] e;
        private final long smallest;

        private Basis(long[] moduli) {
            this.moduli = moduli.clone();
            BigInteger m = BigInteger.ONE;
            long min = Long.MAX_VALUE;
            for (long mj : moduli) {
                m = m.multiply(BigInteger.valueOf(mj));
                min = Math.min(min, mj);
            }
            this.product = m;
            this.smallest = min;
            this.e = new BigInteger[moduli.length];
            for (int j = 0; j < moduli.length; j++) {
                BigInteger mj = BigInteger.valueOf(moduli[j]);
                BigInteger others = m.divide(mj);
                e[j] = others.multiply(others.mod(mj).modInverse(mj));
            }
        }

        int size() {
            return moduli.length;
        }

        long modulus(int j) {
            return moduli[j];
        }

        BigInteger product() {
            return product;
        }

        /** The non-negative integer below the product of the moduli with the given residues. */
        BigInteger reconstruct(long[] residues) {
            // Most counts of a large body are small (few coalitions of that size swing) or zero: then every residue is
            // the count itself, and no big arithmetic is needed.
            long r0 = residues[0];
            boolean same = r0 < smallest;
            for (int j = 1; same && j < residues.length; j++) {
                same = residues[j] == r0;
            }
            if (same) {
                return BigInteger.valueOf(r0);
            }
            BigInteger x = BigInteger.ZERO;
            for (int j = 0; j < residues.length; j++) {
                if (residues[j] != 0) {
                    x = x.add(e[j].multiply(BigInteger.valueOf(residues[j])));
                }
            }
            return x.mod(product);
        }
    }

    private static boolean isPrime(long n) {
        if (n % 2 == 0) {
            return n == 2;
        }
        for (long d = 3; d * d <= n; d += 2) {
            if (n % d == 0) {
                return false;
            }
        }
        return true;
    }
}
