package nl.regiobesluit.voting.power;

import nl.regiobesluit.ProjectFiles;
import nl.regiobesluit.shared.Fraction;
import nl.regiobesluit.voting.Composition;
import nl.regiobesluit.voting.CompositionCsv;
import nl.regiobesluit.voting.DecisionRule;
import nl.regiobesluit.voting.MemberId;
import nl.regiobesluit.voting.Weights;
import nl.regiobesluit.voting.WeightingScheme;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class PowerTest {

    /** The Council of the EEC, 1958: France, Germany, Italy 4; Belgium, Netherlands 2; Luxembourg 1; quota 12 of 17. */
    private static WeightedGame eec() {
        return WeightedGame.ofIntegers(new long[]{4, 4, 4, 2, 2, 1}, 12);
    }

    private static List<Fraction> banzhaf(PowerIndices p) {
        return p.members().stream().map(PowerIndices.MemberPower::banzhaf).toList();
    }

    private static List<Fraction> shapley(PowerIndices p) {
        return p.members().stream().map(PowerIndices.MemberPower::shapleyShubik).toList();
    }

    @Test
    void eecCouncilOf1958GivesLuxembourgNoPower() {
        PowerIndices p = ExactPower.compute(eec()).value();
        assertThat(banzhaf(p)).containsExactly(Fraction.of(5, 21), Fraction.of(5, 21), Fraction.of(5, 21),
                Fraction.of(3, 21), Fraction.of(3, 21), Fraction.ZERO);
        assertThat(shapley(p)).containsExactly(Fraction.of(7, 30), Fraction.of(7, 30), Fraction.of(7, 30),
                Fraction.of(3, 20), Fraction.of(3, 20), Fraction.ZERO);
    }

    @Test
    void eecCouncilThroughTheWholeEngineUnderSchemeC() {
        Composition c = eecComposition();
        Weights w = WeightingScheme.C.weigh(c).value();
        WeightedGame game = WeightedGame.of(w, DecisionRule.qualified(Fraction.of(12, 17), true, DecisionRule.Base.ALL)).value();
        PowerIndices p = ExactPower.compute(game).value();
        assertThat(p.ofMunicipality("Luxembourg").banzhaf()).isEqualTo(Fraction.ZERO);
        assertThat(p.ofMunicipality("France").shapleyShubik()).isEqualTo(Fraction.of(7, 30));
        assertThat(p.ofMunicipality("Belgium").banzhaf()).isEqualTo(Fraction.of(3, 21));
    }

    @Test
    void bothExactMethodsAgreeWithEnumerationOnTheEecCouncil() {
        PowerIndices enumerated = EnumeratedPower.compute(eec()).value();
        assertThat(banzhaf(ExactPower.pooled(eec()))).isEqualTo(banzhaf(enumerated));
        assertThat(shapley(ExactPower.municipal(eec()))).isEqualTo(shapley(enumerated));
    }

    @Test
    void exactAndEnumerateAgreeOnManyRandomSmallGames() {
        Random random = new Random(2017);
        for (int round = 0; round < 300; round++) {
            int municipalities = 1 + random.nextInt(4);
            StringBuilder csv = new StringBuilder("municipality,valid_votes,council_seats,party,seats\n");
            for (int m = 0; m < municipalities; m++) {
                int groups = 1 + random.nextInt(4);
                int[] seats = new int[groups];
                int council = 0;
                for (int g = 0; g < groups; g++) {
                    seats[g] = 1 + random.nextInt(6);
                    council += seats[g];
                }
                int validVotes = 100 + random.nextInt(5000);
                for (int g = 0; g < groups; g++) {
                    csv.append("M").append(m).append(',').append(validVotes).append(',').append(council)
                            .append(",G").append(g).append(',').append(seats[g]).append('\n');
                }
            }
            Composition c = CompositionCsv.parse("random", csv.toString(), null).value();
            WeightingScheme scheme = WeightingScheme.values()[random.nextInt(3) == 0 ? 2 : (random.nextBoolean() ? 0 : 4)];
            DecisionRule rule = switch (random.nextInt(4)) {
                case 0 -> DecisionRule.majority(DecisionRule.Base.ALL);
                case 1 -> DecisionRule.qualified(Fraction.of(50 + random.nextInt(51), 100), random.nextBoolean(), DecisionRule.Base.ALL);
                case 2 -> DecisionRule.unanimity(DecisionRule.Base.ALL);
                default -> DecisionRule.doubleMajority(Fraction.of(50 + random.nextInt(40), 100), 1 + random.nextInt(municipalities), DecisionRule.Base.ALL);
            };
            WeightedGame game = WeightedGame.of(scheme.weigh(c).value(), rule).value();
            PowerIndices enumerated = EnumeratedPower.compute(game).value();
            PowerIndices exact = ExactPower.compute(game).value();
            String what = "round " + round + " " + scheme + " " + rule.spec() + "\n" + csv;
            assertThat(exact.members().stream().map(PowerIndices.MemberPower::swings).toList()).as(what)
                    .isEqualTo(enumerated.members().stream().map(PowerIndices.MemberPower::swings).toList());
            assertThat(shapley(exact)).as(what).isEqualTo(shapley(enumerated));
            assertThat(shapley(ExactPower.municipal(game))).as(what).isEqualTo(shapley(enumerated));
            if (game.minMunicipalities() == 0 && PooledSwingCounter.cells(game) <= ExactPower.MAX_POOLED_CELLS) {
                assertThat(shapley(ExactPower.pooled(game))).as(what).isEqualTo(shapley(enumerated));
            }
        }
    }

    @Test
    void schemeCMajorityOn2014AgreesWithAnIndependentComputation() throws IOException {
        Composition c = CompositionCsv.read(ProjectFiles.election2014(), null).value();
        WeightedGame game = WeightedGame.of(WeightingScheme.C.weigh(c).value(), DecisionRule.majority(DecisionRule.Base.ALL)).value();
        PowerIndices pooled = ExactPower.pooled(game);
        PowerIndices municipal = ExactPower.municipal(game);
        try (InputStream in = getClass().getResourceAsStream("/fixtures/power-c-majority-2014-independent.csv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#") && !l.startsWith("municipality")).toList();
            assertThat(lines).hasSize(31);
            for (String line : lines) {
                String[] f = line.split(",");
                MemberId member = new MemberId(f[0], f[1]);
                for (PowerIndices p : List.of(pooled, municipal)) {
                    assertThat(p.of(member).swings()).as(member.toString()).isEqualTo(new BigInteger(f[2]));
                    assertThat(p.of(member).banzhaf()).as(member.toString()).isEqualTo(Fraction.parse(f[3]));
                    assertThat(p.of(member).shapleyShubik()).as(member.toString()).isEqualTo(Fraction.parse(f[4]));
                }
            }
        }
    }

    @Test
    void the2014RegionUnderSchemeAIsAnalysedExactly() {
        Composition c = CompositionCsv.read(ProjectFiles.election2014(), null).value();
        WeightedGame game = WeightedGame.of(WeightingScheme.A.weigh(c).value(),
                DecisionRule.qualified(Fraction.of(7, 10), true, DecisionRule.Base.ALL)).value();
        PowerIndices p = ExactPower.compute(game).value();
        assertThat(p.method()).isEqualTo(PowerMethod.EXACT);
        Fraction sum = p.members().stream().map(PowerIndices.MemberPower::shapleyShubik).reduce(Fraction.ZERO, Fraction::add);
        assertThat(sum).isEqualTo(Fraction.ONE);
        // At 70% Leiden (59.2%) cannot pass alone but no proposal passes without it: it holds most of the power.
        assertThat(p.ofMunicipality("Leiden").shapleyShubik().compareTo(Fraction.of(592, 1000))).isPositive();
    }

    @Test
    void enumerationIsRefusedAboveTwentyFiveMembers() {
        long[] weights = new long[26];
        java.util.Arrays.fill(weights, 1);
        var r = EnumeratedPower.compute(WeightedGame.ofIntegers(weights, 14));
        assertThat(r.isOk()).isFalse();
        assertThat(r.problems().get(0).message()).contains("refused above 25 members").contains("has 26");
    }

    @Test
    void anEstimateLiesCloseToTheExactValueAndSaysItIsAnEstimate() {
        PowerEstimate e = EstimatedPower.estimate(eec(), 40_000, 20_000, 7);
        PowerEstimate.Interval france = e.members().get(0).shapleyShubik();
        assertThat(france.low()).isLessThanOrEqualTo(7 / 30.0 + 0.01);
        assertThat(france.high()).isGreaterThanOrEqualTo(7 / 30.0 - 0.01);
        assertThat(Math.abs(france.estimate() - 7 / 30.0)).isLessThan(0.01);
        assertThat(e.members().get(5).shapleyShubik().estimate()).isZero();
    }

    private static Composition eecComposition() {
        return CompositionCsv.parse("eec", """
                municipality,valid_votes,council_seats,party,seats
                France,1,4,Council,4
                Germany,1,4,Council,4
                Italy,1,4,Council,4
                Belgium,1,2,Council,2
                Netherlands,1,2,Council,2
                Luxembourg,1,1,Council,1
                """, null).value();
    }
}
