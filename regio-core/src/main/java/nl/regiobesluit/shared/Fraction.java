package nl.regiobesluit.shared;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact rational number p/q on {@link BigInteger}, always in lowest terms with a positive denominator.
 * Vote weights and shares are computed with this type so that a result recomputed years later is identical
 * to the digit; decimals appear only when a value is displayed.
 */
public final class Fraction implements Comparable<Fraction> {

    public static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);
    public static final Fraction ONE = new Fraction(BigInteger.ONE, BigInteger.ONE);
    public static final Fraction HALF = new Fraction(BigInteger.ONE, BigInteger.TWO);

    private final BigInteger numerator;
    private final BigInteger denominator;

    private Fraction(BigInteger numerator, BigInteger denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    public static Fraction of(BigInteger numerator, BigInteger denominator) {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        if (denominator.signum() == 0) {
            throw new ArithmeticException("denominator is zero");
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        if (numerator.bitLength() < 63 && denominator.bitLength() < 63) {
            // Single weights, counts and shares fit in a long: reduced there, since BigInteger.gcd allocates on every
            // call (JFR, issue 13). The same reduced fraction as below; larger sums take the BigInteger path.
            return reduced(numerator.longValue(), denominator.longValue());
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
        if (numerator.signum() == 0) {
            denominator = BigInteger.ONE;
        }
        return new Fraction(numerator, denominator);
    }

    /** {@code numerator / denominator} in lowest terms; the denominator is positive, both magnitudes below 2^62. */
    private static Fraction reduced(long numerator, long denominator) {
        if (numerator == 0) {
            return new Fraction(BigInteger.ZERO, BigInteger.ONE);
        }
        long gcd = gcd(Math.abs(numerator), denominator);
        return new Fraction(BigInteger.valueOf(numerator / gcd), BigInteger.valueOf(denominator / gcd));
    }

    /** Binary (Stein's) greatest common divisor of two positive longs. */
    private static long gcd(long a, long b) {
        int shift = Long.numberOfTrailingZeros(a | b);
        a >>= Long.numberOfTrailingZeros(a);
        while (b != 0) {
            b >>= Long.numberOfTrailingZeros(b);
            if (a > b) {
                long t = a;
                a = b;
                b = t;
            }
            b -= a;
        }
        return a << shift;
    }

    public static Fraction of(long numerator, long denominator) {
        return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    public static Fraction of(long whole) {
        return of(BigInteger.valueOf(whole), BigInteger.ONE);
    }

    /** Longest text and largest decimal exponent {@link #parse} accepts: a vote's numbers have a few dozen digits. */
    public static final int MAX_DIGITS = 1_000;

    /**
     * Parses {@code "p/q"}, {@code "p"} or a plain decimal such as {@code "0.70"} exactly; a text longer than
     * {@link #MAX_DIGITS} or an exponent beyond it ({@code "1e-99999999"}, once 112 s and 1.6 GB to expand) is a
     * {@link NumberFormatException}, like any other text that is no number.
     */
    public static Fraction parse(String text) {
        String s = text.trim();
        if (s.length() > MAX_DIGITS) {
            throw new NumberFormatException("longer than " + MAX_DIGITS + " characters");
        }
        int slash = s.indexOf('/');
        if (slash >= 0) {
            return of(new BigInteger(s.substring(0, slash).trim()), new BigInteger(s.substring(slash + 1).trim()));
        }
        BigDecimal decimal = new BigDecimal(s);
        if (Math.abs((long) decimal.scale()) > MAX_DIGITS) {
            throw new NumberFormatException("exponent beyond " + MAX_DIGITS + ": " + s);
        }
        if (decimal.scale() <= 0) {
            return of(decimal.toBigIntegerExact(), BigInteger.ONE);
        }
        return of(decimal.unscaledValue(), BigInteger.TEN.pow(decimal.scale()));
    }

    public BigInteger numerator() {
        return numerator;
    }

    public BigInteger denominator() {
        return denominator;
    }

    public Fraction add(Fraction other) {
        if (denominator.equals(other.denominator)) {
            return of(numerator.add(other.numerator), denominator);
        }
        return of(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    public Fraction subtract(Fraction other) {
        return add(other.negate());
    }

    public Fraction negate() {
        return new Fraction(numerator.negate(), denominator);
    }

    public Fraction multiply(Fraction other) {
        return of(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
    }

    public Fraction multiply(long factor) {
        return of(numerator.multiply(BigInteger.valueOf(factor)), denominator);
    }

    public Fraction divide(Fraction other) {
        if (other.numerator.signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        return of(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
    }

    public int signum() {
        return numerator.signum();
    }

    public boolean isZero() {
        return numerator.signum() == 0;
    }

    /** The value as a decimal rounded half-up to {@code scale} places: for display only. */
    public BigDecimal toDecimal(int scale) {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, RoundingMode.HALF_UP);
    }

    /** The value times 100, rounded half-up to {@code scale} places: for display only. */
    public BigDecimal toPercent(int scale) {
        return new BigDecimal(numerator.multiply(BigInteger.valueOf(100)))
                .divide(new BigDecimal(denominator), scale, RoundingMode.HALF_UP);
    }

    public double toDouble() {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), java.math.MathContext.DECIMAL64).doubleValue();
    }

    public Fraction max(Fraction other) {
        return compareTo(other) >= 0 ? this : other;
    }

    @Override
    public int compareTo(Fraction other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fraction f && numerator.equals(f.numerator) && denominator.equals(f.denominator);
    }

    @Override
    public int hashCode() {
        return 31 * numerator.hashCode() + denominator.hashCode();
    }

    /** {@code "p/q"} in lowest terms, or {@code "p"} for a whole number. */
    @Override
    public String toString() {
        return denominator.equals(BigInteger.ONE) ? numerator.toString() : numerator + "/" + denominator;
    }
}
