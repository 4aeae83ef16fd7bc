package nl.regiobesluit.voting.power;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Exact counting without big numbers in the inner loops: counts are computed modulo several primes below 2^31
 * (so a product of two residues fits a long) and reconstructed with the Chinese remainder theorem.
 * A count of coalitions of n-1 members is below 2^(n-1), so ⌊(n-1)/30⌋+1 primes suffice.
 */
final class Modular {

    private static final List<Long> PRIMES = primesBelow2To31(40);

    private Modular() {
    }

    static int primesNeeded(int players) {
        return Math.max(0, players - 1) / 30 + 1;
    }

    static long prime(int index) {
        if (index >= PRIMES.size()) {
            throw new IllegalArgumentException("too many players for exact counting: needs more than " + PRIMES.size() + " primes");
        }
        return PRIMES.get(index);
    }

    /** The non-negative integer below the product of the primes with the given residues. */
    static BigInteger reconstruct(long[] residues) {
        BigInteger x = BigInteger.valueOf(residues[0]);
        BigInteger modulus = BigInteger.valueOf(prime(0));
        for (int j = 1; j < residues.length; j++) {
            BigInteger p = BigInteger.valueOf(prime(j));
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
