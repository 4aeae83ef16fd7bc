package nl.regiobesluit.voting.power;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Exact counting without big numbers in the inner loops: counts are computed modulo several pairwise coprime
 * moduli and reconstructed with the Chinese remainder theorem. A count of coalitions of n-1 members is below
 * 2^(n-1). Two families: primes below 2^31 where residues are multiplied (a product fits a long), and pairwise
 * coprime odd numbers below 2^62 where they are only added (a sum fits a long), which needs half the passes.
 */
enum Modular {

    MULTIPLYING(primesBelow2To31(40), 30),
    ADDING(coprimesBelow2To62(20), 61);

    private final List<Long> moduli;
    private final int bitsEach;

    Modular(List<Long> moduli, int bitsEach) {
        this.moduli = moduli;
        this.bitsEach = bitsEach;
    }

    int moduliNeeded(int players) {
        return Math.max(0, players - 1) / bitsEach + 1;
    }

    /** How many moduli this family has: counts of more than {@code available() * bitsEach + 1} members are out of reach. */
    int available() {
        return moduli.size();
    }

    long modulus(int index) {
        if (index >= moduli.size()) {
            throw new IllegalArgumentException("too many players for exact counting: needs more than " + moduli.size() + " moduli");
        }
        return moduli.get(index);
    }

    /** The non-negative integer below the product of the moduli with the given residues. */
    BigInteger reconstruct(long[] residues) {
        BigInteger x = BigInteger.valueOf(residues[0]);
        BigInteger modulus = BigInteger.valueOf(modulus(0));
        for (int j = 1; j < residues.length; j++) {
            BigInteger p = BigInteger.valueOf(modulus(j));
            BigInteger diff = BigInteger.valueOf(residues[j]).subtract(x.mod(p)).mod(p);
            BigInteger t = diff.multiply(modulus.mod(p).modInverse(p)).mod(p);
            x = x.add(modulus.multiply(t));
            modulus = modulus.multiply(p);
        }
        return x;
    }

    private static List<Long> primesBelow2To31(int count) {
        List<Long> primes = new ArrayList<>();
        for (long candidate = (1L << 31) - 1; primes.size() < count; candidate -= 2) {
            if (isPrime(candidate)) {
                primes.add(candidate);
            }
        }
        return List.copyOf(primes);
    }

    /** Odd numbers just below 2^62, each coprime to all before it (all the Chinese remainder theorem needs). */
    private static List<Long> coprimesBelow2To62(int count) {
        List<Long> moduli = new ArrayList<>();
        for (long candidate = (1L << 62) - 1; moduli.size() < count; candidate -= 2) {
            boolean coprime = true;
            for (long m : moduli) {
                if (BigInteger.valueOf(candidate).gcd(BigInteger.valueOf(m)).compareTo(BigInteger.ONE) != 0) {
                    coprime = false;
                    break;
                }
            }
            if (coprime) {
                moduli.add(candidate);
            }
        }
        return List.copyOf(moduli);
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
