package nl.regiobesluit.voting;

import nl.regiobesluit.pbt.PropertyRuns;
import nl.regiobesluit.shared.Fraction;
import nl.regiobesluit.shared.Problem;
import nl.regiobesluit.shared.Result;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static nl.regiobesluit.pbt.PropertyRuns.stringsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

/**
 * Every rule text ends as a rule whose canonical text parses back to it, or as one bilingual line naming the rule;
 * never an exception, never a hang (huge exponents included). A rule generated from the grammar is read as written.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES) // a hang guard only: the default run takes about a second
class DecisionRulePropertiesTest {

    private static final PropertyRuns.Outcomes OUTCOMES = new PropertyRuns.Outcomes("rule");

    /** Pieces of the rule syntax and of what people type instead. */
    private static final List<String> PIECES = List.of("majority", "qualified", "qualified>", "unanimity", "double", ":", ",", "=",
            "base", "cast", "all", "quorum", "0.", "0.5", "0.70", "1", "2/3", "9", "0", "/", ".", "e", "e-99999999", "1e-99999999",
            "-", " ", "%", ">", "MAJORITY", "0,70", "99999999999999999999", "\u0000", "\n", "é", "");

    @AfterAll
    static void report() {
        System.out.print(OUTCOMES.report());
    }

    private static void endsWellDefined(String inputClass, String text) {
        long start = System.nanoTime();
        Result<DecisionRule> r = DecisionRule.parse(text);
        long nanos = System.nanoTime() - start;
        if (r.isOk()) {
            assertThat(DecisionRule.parse(r.value().spec()).value()).isEqualTo(r.value());
            OUTCOMES.count(inputClass, "parsed " + r.value().kind(), nanos);
            return;
        }
        assertThat(r.problems()).hasSize(1);
        Problem p = r.problems().get(0);
        assertThat(p.field()).isEqualTo("rule");
        assertThat(p.messageNl()).isNotNull();
        assertThat(p.describe()).doesNotContain("\n").doesNotContain("\r").doesNotContain("\u0000");
        assertThat(p.describe().length()).as(p.describe()).isLessThanOrEqualTo(300);
        // The message starts with the rule as typed ('...': ), then says what is wrong.
        OUTCOMES.count(inputClass, PropertyRuns.kind(null, p.message().replaceFirst("^'.*?': ", "")), nanos);
    }

    private static Gen<String> pieces() {
        return in -> {
            int n = (int) in.next(Constraint.between(1, 8));
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < n; i++) {
                b.append(PIECES.get((int) in.next(Constraint.between(0, PIECES.size() - 1))));
            }
            return b.toString();
        };
    }

    @Test
    void aRuleAssembledFromPiecesIsReadOrRefusedInOneLine() {
        qt().withFixedSeed(PropertyRuns.seed()).withExamples(PropertyRuns.examples(1500))
                .forAll(pieces())
                .checkAssert(text -> endsWellDefined("pieces", text));
        assertThat(OUTCOMES.ofClass("pieces", "parsed")).isPositive();
        assertThat(OUTCOMES.ofClass("pieces", "refused")).isPositive();
    }

    @Test
    void randomTextIsRefusedInOneLine() {
        qt().withFixedSeed(PropertyRuns.seed()).withExamples(PropertyRuns.examples(500))
                .forAll(stringsOf("majorityqualifedbsc:,=>.0123456789/e- \t\u2028é", 60))
                .checkAssert(text -> endsWellDefined("random text", text));
    }

    /** A rule from the grammar, with the threshold as a decimal of up to 9 places, and the values it must have. */
    record Written(String text, DecisionRule.Kind kind, Fraction threshold, boolean inclusive, int min, DecisionRule.Base base, Fraction quorum) {
    }

    private static Fraction decimal(Gen<Integer> digits, org.quicktheories.core.RandomnessSource in, long low) {
        int places = digits.generate(in);
        long scale = BigDecimal.TEN.pow(places).longValueExact();
        long value = in.next(Constraint.between(low * scale / 10, scale));
        return Fraction.of(value, scale);
    }

    private static Gen<Written> grammar() {
        Gen<Integer> places = in -> (int) in.next(Constraint.between(1, 9));
        return in -> {
            DecisionRule.Base base = in.next(Constraint.between(0, 1)) == 0 ? DecisionRule.Base.ALL : DecisionRule.Base.CAST;
            Fraction quorum = in.next(Constraint.between(0, 1)) == 0 ? null : decimal(places, in, 0);
            String options = (in.next(Constraint.between(0, 1)) == 0 && base == DecisionRule.Base.ALL ? "" : ",base=" + base.name().toLowerCase())
                    + (quorum == null ? "" : ",quorum=" + plain(quorum));
            Fraction t = decimal(places, in, 5);
            return switch ((int) in.next(Constraint.between(0, 3))) {
                case 0 -> new Written("majority" + options, DecisionRule.Kind.MAJORITY, Fraction.HALF, false, 0, base, quorum);
                case 1 -> new Written("unanimity" + options, DecisionRule.Kind.UNANIMITY, Fraction.ONE, true, 0, base, quorum);
                case 2 -> {
                    boolean inclusive = t.equals(Fraction.ONE) || in.next(Constraint.between(0, 1)) == 0;
                    yield new Written((inclusive ? "qualified:" : "qualified>:") + plain(t) + options, DecisionRule.Kind.QUALIFIED, t,
                            inclusive, 0, base, quorum);
                }
                default -> {
                    int min = (int) in.next(Constraint.between(1, 9999));
                    yield new Written("double:" + plain(t) + ":" + min + options, DecisionRule.Kind.DOUBLE, t, true, min, base, quorum);
                }
            };
        };
    }

    private static String plain(Fraction f) {
        return new BigDecimal(f.numerator()).divide(new BigDecimal(f.denominator())).toPlainString();
    }

    @Test
    void aRuleWrittenByTheGrammarIsReadAsWritten() {
        qt().withFixedSeed(PropertyRuns.seed()).withExamples(PropertyRuns.examples(1000))
                .forAll(grammar())
                .checkAssert(w -> {
                    long start = System.nanoTime();
                    Result<DecisionRule> r = DecisionRule.parse(w.text());
                    long nanos = System.nanoTime() - start;
                    assertThat(r.problems()).as(w.text()).isEmpty();
                    assertThat(r.value()).isEqualTo(new DecisionRule(w.kind(), w.threshold(), w.inclusive(), w.min(), w.base(), w.quorum()));
                    OUTCOMES.count("grammar", "parsed " + w.kind(), nanos);
                });
    }
}
