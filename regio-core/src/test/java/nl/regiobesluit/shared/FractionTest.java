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
