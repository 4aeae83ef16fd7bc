package nl.regiobesluit.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every caller of Fraction.parse (records files, evaluation weights, stored power) treats a NumberFormatException as bad input. */
class FractionLimitsTest {

    @Test
    @Timeout(10) // a hang guard: expanding the exponent once took 112 s
    void aHugeExponentIsNoNumberRatherThanAHundredMillionDigits() {
        assertThatThrownBy(() -> Fraction.parse("1e-99999999")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> Fraction.parse("1e99999999")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> Fraction.parse("1".repeat(Fraction.MAX_DIGITS + 1))).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void ordinaryNumbersStillParseExactly() {
        assertThat(Fraction.parse("0.70")).isEqualTo(Fraction.of(7, 10));
        assertThat(Fraction.parse("2/3")).isEqualTo(Fraction.of(2, 3));
        assertThat(Fraction.parse("7e-3")).isEqualTo(Fraction.of(7, 1000));
    }
}
