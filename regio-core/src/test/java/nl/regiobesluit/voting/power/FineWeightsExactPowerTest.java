package nl.regiobesluit.voting.power;

import nl.regiobesluit.pbt.PropertyRuns;
import nl.regiobesluit.shared.Fraction;
import nl.regiobesluit.voting.DecisionRule;
import nl.regiobesluit.voting.MemberId;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

/**
 * Games whose exact weights need more than 61 bits (scheme A over many municipalities: seats × a municipal unit with a
 * large denominator) are counted exactly on their exact weights. They agree with enumeration of every coalition
 * against the exact winning test on small games, and a game whose long weights are exact has exactly the same power
 * when all its weights are multiplied by a number of 70 bits or more (the same game, now too fine for a long), so the
 * new path agrees with the old one on bodies of up to 40 members.
 */
class FineWeightsExactPowerTest {

    /** Seats per member, municipality per member, a unit per municipality, a rule. */
    record Spec(int[] seats, int[] municipalityOf, BigInteger[] unit, DecisionRule rule) {

        WeightedGame game() {
            List<MemberId> players = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (int m = 0; m < unit.length; m++) {
                names.add("M" + m);
            }
            BigInteger[] exact = new BigInteger[seats.length];
            BigInteger total = BigInteger.ZERO;
            for (int i = 0; i < seats.length; i++) {
                players.add(new MemberId("M" + municipalityOf[i], "G" + i));
                exact[i] = unit[municipalityOf[i]].multiply(BigInteger.valueOf(seats[i]));
                total = total.add(exact[i]);
            }
            return WeightedGame.ofExactIntegers(players, exact, total, municipalityOf, names, rule);
        }

        /** The same game with every unit multiplied by {@code factor}. */
        Spec scaled(BigInteger factor) {
            return new Spec(seats, municipalityOf, Arrays.stream(unit).map(factor::multiply).toArray(BigInteger[]::new), rule);
        }

        @Override
        public String toString() {
            return "seats " + Arrays.toString(seats) + ", municipalities " + Arrays.toString(municipalityOf) + ", units "
                    + Arrays.toString(unit) + ", " + rule;
        }
    }

    private static final List<DecisionRule> RULES = List.of(
            DecisionRule.majority(DecisionRule.Base.ALL),
            DecisionRule.qualified(Fraction.of(2, 3), true, DecisionRule.Base.ALL),
            DecisionRule.qualified(Fraction.of(3, 5), false, DecisionRule.Base.ALL),
            DecisionRule.qualified(Fraction.of(7, 10), true, DecisionRule.Base.ALL),
            DecisionRule.doubleMajority(Fraction.of(1, 2), 2, DecisionRule.Base.ALL),
            DecisionRule.unanimity(DecisionRule.Base.ALL));

    /**
     * {@code minMembers..maxMembers} members in 1..{@code maxMunicipalities} municipalities with 0..{@code maxSeats}
     * seats each (a member of 0 seats now and then), and a unit per municipality of {@code unitBits} random bits
     * (with scheme A's denominators: units that share no common factor), any of the rules.
     */
    private static Gen<Spec> specs(int minMembers, int maxMembers, int maxMunicipalities, int maxSeats, int unitBits) {
        return in -> {
            int n = (int) in.next(Constraint.between(minMembers, maxMembers));
            int municipalities = (int) in.next(Constraint.between(1, Math.min(maxMunicipalities, n)));
            int[] seats = new int[n];
            int[] municipalityOf = new int[n];
            for (int i = 0; i < n; i++) {
                seats[i] = (int) in.next(Constraint.between(in.next(Constraint.between(0, 9)) == 0 ? 0 : 1, maxSeats));
                municipalityOf[i] = i < municipalities ? i : (int) in.next(Constraint.between(0, municipalities - 1));
            }
            BigInteger[] unit = new BigInteger[municipalities];
            for (int m = 0; m < municipalities; m++) {
                BigInteger u = BigInteger.ONE;
                for (int b = 0; b < unitBits; b += 30) {
                    u = u.shiftLeft(30).add(BigInteger.valueOf(in.next(Constraint.between(0, (1 << 30) - 1))));
                }
                unit[m] = u;
            }
            DecisionRule rule = RULES.get((int) in.next(Constraint.between(0, RULES.size() - 1)));
            return new Spec(seats, municipalityOf, unit, rule);
        };
    }

    @Test
    void exactPowerOfGamesFinerThanALongAgreesWithEnumeration() {
        qt().withFixedSeed(PropertyRuns.seed()).withExamples(PropertyRuns.examples(300))
                .forAll(specs(1, 12, 5, 6, 90))
                .checkAssert(spec -> {
                    WeightedGame game = spec.game();
                    assertThat(game.rounded()).as(spec.toString()).isTrue();
                    var exact = ExactPower.compute(game);
                    assertThat(exact.isOk()).as(spec.toString()).isTrue();
                    CountedPower.byEnumeration(game).assertAgrees(exact.value(), spec.toString());
                    assertThat(exact.value().method()).isEqualTo(PowerMethod.EXACT);
                });
    }

    @Test
    void theWinningTestInMunicipalUnitsAgreesWithTheTestOnExactWeightsOnEveryCoalition() {
        qt().withFixedSeed(PropertyRuns.seed()).withExamples(PropertyRuns.examples(300))
                .forAll(specs(1, 12, 5, 6, 90))
                .checkAssert(spec -> {
                    WeightedGame game = spec.game();
                    int n = game.size();
                    boolean[] coalition = new boolean[n];
                    for (int mask = 0; mask < 1 << n; mask++) {
                        for (int i = 0; i < n; i++) {
                            coalition[i] = (mask & (1 << i)) != 0;
                        }
                        assertThat(game.winsInUnits(coalition)).as(spec + " coalition " + Integer.toBinaryString(mask))
                                .isEqualTo(game.winsInBigNumbers(coalition));
                    }
                });
    }

    /** The estimate takes decide's verdict when it is sure: with municipal units it must be the exact one. */
    @Test
    void aSureVerdictFromSumsAndMunicipalUnitsIsTheExactOne() {
        qt().withFixedSeed(PropertyRuns.seed()).withExamples(PropertyRuns.examples(300))
                .forAll(specs(1, 12, 5, 6, 90))
                .checkAssert(spec -> {
                    WeightedGame game = spec.game();
                    int n = game.size();
                    long[] unitsOf = game.municipalUnits();
                    assertThat(unitsOf).as(spec.toString()).isNotNull();
                    boolean[] coalition = new boolean[n];
                    for (int mask = 0; mask < 1 << n; mask++) {
                        long weight = 0;
                        long[] per = new long[game.municipalities().size()];
                        long[] units = new long[per.length];
                        for (int i = 0; i < n; i++) {
                            coalition[i] = (mask & (1 << i)) != 0;
                            if (coalition[i]) {
                                weight += game.weight(i);
                                per[game.municipalityOf(i)] += game.weight(i);
                                units[game.municipalityOf(i)] += unitsOf[i];
                            }
                        }
                        WeightedGame.Verdict verdict = game.decide(weight, per, units);
                        if (verdict != WeightedGame.Verdict.UNSURE) {
                            assertThat(verdict == WeightedGame.Verdict.WINS).as(spec + " coalition " + Integer.toBinaryString(mask))
                                    .isEqualTo(game.winsInBigNumbers(coalition));
                        }
                    }
                });
    }

    @Test
    void aGameScaledBeyondALongHasExactlyThePowerItHadBefore() {
        Gen<BigInteger> factors = in -> BigInteger.ONE.shiftLeft(70 + (int) in.next(Constraint.between(0, 60)))
                .add(BigInteger.valueOf(in.next(Constraint.between(1, Long.MAX_VALUE / 2))));
        qt().withFixedSeed(PropertyRuns.seed()).withExamples(PropertyRuns.examples(40))
                .forAll(specs(8, 40, 4, 7, 20), factors)
                .checkAssert((spec, factor) -> {
                    WeightedGame before = spec.game();
                    WeightedGame after = spec.scaled(factor).game();
                    assertThat(before.rounded()).as(spec.toString()).isFalse();
                    assertThat(after.rounded()).as(spec.toString()).isTrue();
                    var old = ExactPower.compute(before, false);
                    if (!old.isOk()) {
                        return; // out of the old path's reach too: nothing to compare with
                    }
                    var fine = ExactPower.compute(after);
                    assertThat(fine.isOk()).as(spec + " × " + factor).isTrue();
                    assertThat(fine.value()).as(spec + " × " + factor).isEqualTo(old.value());
                });
    }

    @Test
    void asComputationVersion2TookItAGameFinerThanALongIsRefusedWithTheReasonItStored() {
        Spec spec = new Spec(new int[]{3, 2, 4}, new int[]{0, 0, 1},
                new BigInteger[]{BigInteger.ONE.shiftLeft(70).add(BigInteger.ONE), BigInteger.ONE.shiftLeft(71).add(BigInteger.TWO)},
                DecisionRule.majority(DecisionRule.Base.ALL));
        WeightedGame game = spec.game();
        var asBefore = ExactPower.compute(game, false);
        assertThat(asBefore.isOk()).isFalse();
        // The English sentence is what a /2 result stored as the reason of its estimate.
        assertThat(asBefore.problems().get(0).message()).isEqualTo("exact power analysis is out of reach: the weights are too"
                + " fine-grained (common denominator of " + game.denominatorBits() + " bits)");
        assertThat(ExactPower.compute(game).isOk()).isTrue();
    }

    @Test
    void aGameFinerThanALongAndBeyondMeetingInTheMiddleIsRefusedNamingTheHalves() {
        // 30 municipalities of 9 members with 1..3 seats each and units of 90 bits: far more than 400,000 per half.
        int n = 270;
        int[] seats = new int[n];
        int[] municipalityOf = new int[n];
        for (int i = 0; i < n; i++) {
            seats[i] = 1 + i % 3;
            municipalityOf[i] = i / 9;
        }
        BigInteger[] unit = new BigInteger[30];
        for (int m = 0; m < unit.length; m++) {
            unit[m] = BigInteger.ONE.shiftLeft(90).add(BigInteger.valueOf(2L * m + 1));
        }
        var refused = ExactPower.compute(new Spec(seats, municipalityOf, unit, DecisionRule.majority(DecisionRule.Base.ALL)).game());
        assertThat(refused.isOk()).isFalse();
        assertThat(refused.problems().get(0).message()).contains("combinations per half").contains("bits (no table)");
    }
}
