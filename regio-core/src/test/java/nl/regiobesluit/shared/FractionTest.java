package nl.regiobesluit.shared;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FractionTest {

    @Test
    void isKeptInLowestTermsWithAPositiveDenominator() {
        Fraction f = Fraction.of(12, -78);
        assertThat(f.toString()).isEqualTo("-2/13");
        assertThat(Fraction.of(0, 5)).isEqualTo(Fraction.ZERO);
    }

    /** Fractions small enough for a long are reduced there (a fast path): the same lowest terms as BigInteger's gcd gives. */
    @Test
    void smallFractionsReduceAsBigIntegersDo() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(13);
        long[] edges = {1, 2, 3, 6, 7, 1L << 40, (1L << 62) - 1, -(1L << 62) + 1, 0, -1, 360, 1_000_000_007};
        for (int i = 0; i < 20_000; i++) {
            long n = i < edges.length * edges.length ? edges[i % edges.length] : random.nextLong(-(1L << 62) + 1, 1L << 62);
            long d = i < edges.length * edges.length ? edges[i / edges.length] : random.nextLong(1, 1L << (1 + random.nextInt(61)));
            if (d == 0) {
                continue;
            }
            java.math.BigInteger bn = java.math.BigInteger.valueOf(n);
            java.math.BigInteger bd = java.math.BigInteger.valueOf(d);
            java.math.BigInteger g = bn.gcd(bd);
            java.math.BigInteger sign = java.math.BigInteger.valueOf(bd.signum());
            String expected = n == 0 ? "0" : bd.divide(g).abs().equals(java.math.BigInteger.ONE)
                    ? bn.divide(g).multiply(sign).toString()
                    : bn.divide(g).multiply(sign) + "/" + bd.divide(g).abs();
            assertThat(Fraction.of(n, d).toString()).as("%d/%d", n, d).isEqualTo(expected);
        }
    }

    @Test
    void parsesDecimalsExactly() {
        assertThat(Fraction.parse("0.70")).isEqualTo(Fraction.of(7, 10));
        assertThat(Fraction.parse("2/3")).isEqualTo(Fraction.of(2, 3));
        assertThat(Fraction.parse("1")).isEqualTo(Fraction.ONE);
    }

    @Test
    void roundsHalfUpOnlyForDisplay() {
        assertThat(Fraction.of(1, 8).toPercent(1)).isEqualTo(new BigDecimal("12.5"));
        assertThat(Fraction.of(1, 3).toPercent(4)).isEqualTo(new BigDecimal("33.3333"));
        assertThat(Fraction.of(1, 3).add(Fraction.of(2, 3))).isEqualTo(Fraction.ONE);
    }

    @Test
    void comparesByValue() {
        assertThat(Fraction.of(7, 10).compareTo(Fraction.of(69999, 100000))).isPositive();
        assertThat(Fraction.of(2, 4)).isEqualTo(Fraction.HALF);
    }

    @Test
    void refusesAZeroDenominator() {
        assertThatThrownBy(() -> Fraction.of(1, 0)).isInstanceOf(ArithmeticException.class);
    }
}
