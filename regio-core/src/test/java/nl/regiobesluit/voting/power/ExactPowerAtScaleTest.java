package nl.regiobesluit.voting.power;

import nl.regiobesluit.pbt.PropertyRuns;
import nl.regiobesluit.shared.Fraction;
import nl.regiobesluit.voting.MemberId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

/**
 * Exact power computed per class of interchangeable players, reconstructed from as many moduli as the counts need:
 * it agrees exactly with counts made without it ({@link CountedPower}), on small random games, on random games of up
 * to 60 members, and on games of hundreds to 2,000 members with few distinct weights.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES) // a hang guard only: the default run takes seconds
class ExactPowerAtScaleTest {

    /** A game as generated: weights, municipality of each member, quota, municipalities in favour needed. */
    record Spec(long[] weights, int[] municipalityOf, int municipalities, long quota, int minMunicipalities) {

        WeightedGame game() {
            List<MemberId> players = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (int m = 0; m < municipalities; m++) {
                names.add("M" + m);
            }
            for (int i = 0; i < weights.length; i++) {
                players.add(new MemberId("M" + municipalityOf[i], "G" + i));
            }
            return new WeightedGame(players, weights, municipalityOf, names, quota, minMunicipalities);
        }

        @Override
        public String toString() {
            return "weights " + Arrays.toString(weights) + ", municipalities " + Arrays.toString(municipalityOf) + ", quota " + quota
                    + ", in favour " + minMunicipalities;
        }
    }

    /**
     * Members in 1..4 municipalities (each has at least one), weights drawn from a few values so that equal weights
     * and equal seat vectors are common, sometimes a member of weight 0, any quota from 1 to above the total, and
     * sometimes a number of municipalities in favour.
     */
    private static Gen<Spec> games(int minMembers, int maxMembers, int maxWeight, boolean zeroWeights, boolean doubleMajority) {
        return in -> {
            int n = (int) in.next(Constraint.between(minMembers, maxMembers));
            int municipalities = (int) in.next(Constraint.between(1, Math.min(4, n)));
            int distinct = (int) in.next(Constraint.between(1, maxWeight));
            long[] weights = new long[n];
            int[] municipalityOf = new int[n];
            long total = 0;
            for (int i = 0; i < n; i++) {
                weights[i] = 1 + in.next(Constraint.between(0, distinct - 1)) * (1 + in.next(Constraint.between(0, 1)));
                if (zeroWeights && in.next(Constraint.between(0, 9)) == 0) {
                    weights[i] = 0;
                }
                municipalityOf[i] = i < municipalities ? i : (int) in.next(Constraint.between(0, municipalities - 1));
                total += weights[i];
            }
            long quota = in.next(Constraint.between(1, total + 1));
            int favour = doubleMajority && in.next(Constraint.between(0, 2)) == 0
                    ? (int) in.next(Constraint.between(1, municipalities)) : 0;
            return new Spec(weights, municipalityOf, municipalities, quota, favour);
        };
    }

    @Test
    void aBodyOutOfReachBecauseOfItsWeightsIsNotSaidToHaveADoubleMajority() {
        // 60 members, each its own municipality, simple majority, weights summing to far over 2^31 (no table) and all
        // different (no classes), so 2^30 combinations per half: out of reach for a reason that is no double majority.
        int n = 60;
        long[] weights = new long[n];
        int[] municipalityOf = new int[n];
        long total = 0;
        for (int i = 0; i < n; i++) {
            weights[i] = 1_000_000_007L + 7_919L * i * i;
            municipalityOf[i] = i;
            total += weights[i];
        }
        var refused = ExactPower.compute(new Spec(weights, municipalityOf, n, total / 2 + 1, 0).game());
        assertThat(refused.isOk()).isFalse();
        assertThat(refused.problems().get(0).message()).contains("weights too large for a table")
                .doesNotContain("double majority").doesNotContain("dubbele meerderheid");
    }

    @Test
    void exactPowerAgreesWithEnumerationOnRandomSmallGames() {
        qt().withFixedSeed(PropertyRuns.seed()).withExamples(PropertyRuns.examples(400))
                .forAll(games(1, 12, 5, true, true))
                .checkAssert(spec -> {
                    WeightedGame game = spec.game();
                    CountedPower expected = CountedPower.byEnumeration(game);
                    String what = spec.toString();
                    if (ExactPower.compute(game).isOk()) {
                        expected.assertAgrees(ExactPower.compute(game).value(), what + " (chosen method)");
                    }
                    if (ExactPower.byWeightAlone(game) != null) {
                        expected.assertAgrees(ExactPower.pooled(game), what + " (pooled)");
                    }
                    expected.assertAgrees(ExactPower.municipal(game), what + " (municipal)");
                });
    }

    @Test
    void exactPowerAgreesWithAnIndependentCountOnRandomGamesOfUpTo60Members() {
        qt().withFixedSeed(PropertyRuns.seed()).withExamples(PropertyRuns.examples(40))
                .forAll(games(13, 60, 6, true, false))
                .checkAssert(spec -> {
                    WeightedGame game = spec.game();
                    CountedPower expected = CountedPower.byCountingOthers(game);
                    expected.assertAgrees(ExactPower.pooled(game), spec + " (pooled)");
                    if (ExactPower.compute(game).isOk()) {
                        expected.assertAgrees(ExactPower.compute(game).value(), spec + " (chosen method)");
                    }
                });
    }

    /**
     * Hundreds of members of two or three weights: counts of hundreds of bits, reconstructed from many moduli, against
     * binomial sums.
     */
    @Test
    void exactPowerAgreesWithBinomialSumsOnRandomGamesOfHundredsOfMembers() {
        Gen<long[]> classes = in -> {
            int k = (int) in.next(Constraint.between(2, 3));
            long[] c = new long[2 * k]; // counts, then weights
            for (int j = 0; j < k; j++) {
                c[j] = in.next(Constraint.between(k == 2 ? 50 : 20, k == 2 ? 400 : 70));
                c[k + j] = in.next(Constraint.between(1, 7));
            }
            return c;
        };
        qt().withFixedSeed(PropertyRuns.seed()).withExamples(PropertyRuns.examples(10))
                .forAll(classes, PropertyRuns.between(5, 95))
                .checkAssert((c, percent) -> {
                    int k = c.length / 2;
                    int[] counts = new int[k];
                    long[] weights = new long[k];
                    for (int j = 0; j < k; j++) {
                        counts[j] = (int) c[j];
                        weights[j] = c[k + j];
                    }
                    WeightedGame game = classGame(counts, weights, percent);
                    CountedPower.byBinomials(game, counts, weights)
                            .assertAgrees(ExactPower.compute(game).value(), Arrays.toString(c) + " quota " + game.quota());
                });
    }

    /** 1,900 members of weight 1 and 100 of weight 2, majority: counts of up to 2,000 bits, 33 moduli. */
    @Test
    void aBodyOf2000MembersIsAnalysedExactly() {
        int[] counts = {1_900, 100};
        long[] weights = {1, 2};
        WeightedGame game = classGame(counts, weights, 50);
        PowerIndices p = ExactPower.compute(game).value();
        assertThat(p.method()).isEqualTo(PowerMethod.EXACT);
        CountedPower.byBinomials(game, counts, weights).assertAgrees(p, "2,000 members");
        assertThat(p.totalSwings().bitLength()).isGreaterThan(1_900);
        assertThat(Modular.ADDING.basisAbove(ExactPower.countBound(2_000)).size()).isGreaterThan(20);
    }

    /** {@code counts[c]} players of weight {@code weights[c]}, class after class, each its own municipality. */
    private static WeightedGame classGame(int[] counts, long[] weights, int percent) {
        int n = Arrays.stream(counts).sum();
        long[] w = new long[n];
        long total = 0;
        int i = 0;
        for (int c = 0; c < counts.length; c++) {
            for (int j = 0; j < counts[c]; j++) {
                w[i++] = weights[c];
                total += weights[c];
            }
        }
        return WeightedGame.ofIntegers(w, total * percent / 100 + 1);
    }

    @Test
    void playersOfEqualWeightHaveEqualPowerAndAreComputedOnce() {
        WeightedGame game = WeightedGame.ofIntegers(new long[]{3, 1, 3, 2, 1, 3, 5}, 10);
        PooledSwingCounter counter = new PooledSwingCounter(game);
        assertThat(counter.classOf()).containsExactly(0, 1, 0, 2, 1, 0, 3);
        assertThat(counter.swingsByClass(Modular.ADDING.modulus(0))).hasNumberOfRows(4);
        PowerIndices p = ExactPower.compute(game).value();
        CountedPower.byEnumeration(game).assertAgrees(p, "7 players");
        assertThat(p.members().get(0)).usingRecursiveComparison().ignoringFields("member").isEqualTo(p.members().get(2));
        assertThat(p.members().get(1).shapleyShubik()).isEqualTo(p.members().get(4).shapleyShubik());
    }

    /**
     * Municipalities A and B have the same unit weight and seat vector (2 and 1 seats), C another: A's and B's members
     * of 2 seats are one class, as are those of 1 seat; C's members are classes of their own.
     */
    @Test
    void membersOfMunicipalitiesWithEqualSeatVectorsAreOneClass() {
        Spec spec = new Spec(new long[]{14, 7, 7, 14, 9, 9, 9}, new int[]{0, 0, 1, 1, 2, 2, 2}, 3, 38, 2);
        WeightedGame game = spec.game();
        MunicipalSwingCounter counter = new MunicipalSwingCounter(game);
        assertThat(counter.classOf()).containsExactly(0, 1, 1, 0, 2, 2, 2);
        assertThat(counter.swingsByClass(Modular.MULTIPLYING.modulus(0))).hasNumberOfRows(3);
        CountedPower.byEnumeration(game).assertAgrees(ExactPower.municipal(game), spec.toString());
    }

    /**
     * One body under a double majority: its own municipality is in favour exactly when the coalition holds more than
     * half the weight, so the table of weights alone answers it; needing two municipalities in favour, nothing wins.
     */
    @Test
    void aSingleBodyUnderADoubleMajorityIsCountedByWeightAlone() {
        long[] weights = {5, 4, 3, 3, 2, 1, 1};
        int[] one = new int[weights.length];
        for (int favour = 1; favour <= 2; favour++) {
            // Quota 6 of 19 is below half: the municipality in favour (10 or more) is what decides.
            Spec spec = new Spec(weights, one, 1, 6, favour);
            WeightedGame game = spec.game();
            assertThat(ExactPower.oneBody(game)).isTrue();
            assertThat(ExactPower.byWeightAlone(game).minMunicipalities()).isZero();
            assertThat(ExactPower.byWeightAlone(game).quota()).isEqualTo(favour == 1 ? 10 : 20);
            CountedPower expected = CountedPower.byEnumeration(game);
            expected.assertAgrees(ExactPower.compute(game).value(), spec.toString());
            expected.assertAgrees(ExactPower.pooled(game), spec + " (pooled)");
            expected.assertAgrees(ExactPower.municipal(game), spec + " (municipal)");
        }
        Spec two = new Spec(weights, new int[]{0, 0, 0, 1, 1, 1, 1}, 2, 6, 1);
        assertThat(ExactPower.byWeightAlone(two.game())).isNull();
    }

    /**
     * 600 members of one body (500 of weight 1, 100 of weight 2) under a double majority with a low quota: exactly the
     * power of the plain majority of the same weights, counted by binomial sums.
     */
    @Test
    void aLargeSingleBodyUnderADoubleMajorityHasThePowerOfAMajority() {
        int[] counts = {500, 100};
        long[] weights = {1, 2};
        long[] w = new long[600];
        for (int i = 0; i < w.length; i++) {
            w[i] = i < 500 ? 1 : 2;
        }
        Spec spec = new Spec(w, new int[600], 1, 100, 1);
        PowerIndices p = ExactPower.compute(spec.game()).value();
        CountedPower.byBinomials(classGame(counts, weights, 50), counts, weights).assertAgrees(p, "600 members, one body");
        assertThat(p.ofMunicipality("M0").banzhaf()).isEqualTo(Fraction.ONE);
    }

    @Test
    void countsAreReconstructedFromTheirResiduesWhateverTheirSize() {
        Random random = new Random(14);
        for (Modular family : Modular.values()) {
            for (int bits : new int[]{1, 30, 62, 500, 2_000, 4_000}) {
                BigInteger bound = BigInteger.ONE.shiftLeft(bits);
                Modular.Basis basis = family.basisAbove(bound);
                assertThat(basis.product()).isGreaterThan(bound);
                BigInteger withOneFewer = BigInteger.ONE;
                for (int j = 0; j < basis.size() - 1; j++) {
                    withOneFewer = withOneFewer.multiply(BigInteger.valueOf(basis.modulus(j)));
                }
                assertThat(withOneFewer).as("the fewest moduli").isLessThanOrEqualTo(bound);
                for (int trial = 0; trial < 20; trial++) {
                    BigInteger x = trial == 0 ? bound : trial == 1 ? BigInteger.ZERO : trial == 2 ? BigInteger.valueOf(7)
                            : new BigInteger(bits, random);
                    long[] residues = new long[basis.size()];
                    for (int j = 0; j < residues.length; j++) {
                        residues[j] = x.mod(BigInteger.valueOf(basis.modulus(j))).longValueExact();
                    }
                    assertThat(basis.reconstruct(residues)).isEqualTo(x);
                }
            }
        }
    }

    @Test
    void theModuliArePairwiseCoprimeAndAsManyAsNeeded() {
        for (Modular family : Modular.values()) {
            Set<Long> seen = new HashSet<>();
            for (int j = 0; j < 150; j++) {
                long m = family.modulus(j);
                assertThat(m).isGreaterThan(1L << (family == Modular.ADDING ? 61 : 30));
                for (long other : seen) {
                    assertThat(BigInteger.valueOf(m).gcd(BigInteger.valueOf(other))).isEqualTo(BigInteger.ONE);
                }
                seen.add(m);
            }
        }
    }

    /** The reach of the table is judged by the table it builds: rows below the quota, sizes that fit below it. */
    @Test
    void aTablesSizeIsItsRowsBelowTheQuotaTimesTheSizesThatFitThere() {
        // Weights 2, 2, 4, 6 are 1, 1, 2, 3 units of 2; quota 8 is 4 units: rows 0..3, coalitions of 0..3 members.
        assertThat(PooledSwingCounter.cells(WeightedGame.ofIntegers(new long[]{2, 2, 4, 6}, 8))).isEqualTo(4 * 4);
        // Weights 3 and more with quota 10: rows 0..9, at most 3 members below the quota.
        assertThat(PooledSwingCounter.cells(WeightedGame.ofIntegers(new long[]{3, 4, 5, 7, 11}, 10))).isEqualTo(10 * 4);
    }

    @Test
    void theBoundOnCountsIsTheLargestBinomialCoefficient() {
        assertThat(ExactPower.countBound(1)).isEqualTo(BigInteger.ONE);
        assertThat(ExactPower.countBound(2)).isEqualTo(BigInteger.ONE);
        assertThat(ExactPower.countBound(5)).isEqualTo(BigInteger.valueOf(6)); // C(4, 2)
        assertThat(ExactPower.countBound(6)).isEqualTo(BigInteger.valueOf(10)); // C(5, 2)
        assertThat(ExactPower.countBound(31)).isEqualTo(BigInteger.valueOf(155_117_520L)); // C(30, 15)
    }

    /** The municipality's indices are the sums of its members', reduced: checked on a game whose answer is known. */
    @Test
    void aMunicipalitysPowerIsTheSumOfItsMembers() {
        // Three members of weight 1 in M0 and one of weight 3 in M1, quota 4: M1's member is in every winning coalition.
        Spec spec = new Spec(new long[]{1, 1, 1, 3}, new int[]{0, 0, 0, 1}, 2, 4, 0);
        PowerIndices p = ExactPower.compute(spec.game()).value();
        // Winning coalitions: {3, any one or more of 0..2}. Member 3 swings in all 7; each member of M0 only in {3, i}.
        assertThat(p.ofMunicipality("M1").banzhaf()).isEqualTo(Fraction.of(7, 10));
        assertThat(p.ofMunicipality("M0").banzhaf()).isEqualTo(Fraction.of(3, 10));
        // Shapley–Shubik: member 3 is pivotal unless it comes first (1/4 of orderings): 3/4; M0 shares 1/4.
        assertThat(p.ofMunicipality("M1").shapleyShubik()).isEqualTo(Fraction.of(3, 4));
        assertThat(p.ofMunicipality("M0").shapleyShubik()).isEqualTo(Fraction.of(1, 4));
    }
}
