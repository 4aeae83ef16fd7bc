package nl.regiobesluit.voting;

import nl.regiobesluit.shared.Fraction;
import nl.regiobesluit.shared.Result;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WeightingSchemeTest {

    @Test
    void weightOfD66LeidenIs18point2Percent() {
        Fraction w = Fixtures.weights2014(WeightingScheme.A).of(new MemberId("Leiden", "D66"));
        assertThat(w).isEqualTo(Fraction.of(12, 39).multiply(Fraction.of(55146, 93135)));
        assertThat(w.toPercent(1)).hasToString("18.2");
    }

    @Test
    void variantAReproducesThePublishedTableForAllThirtyOnePartyGroups() {
        Weights weights = Fixtures.weights2014(WeightingScheme.A);
        List<String[]> expected = Fixtures.rows("variant-a-2014-independent.csv");
        assertThat(expected).hasSize(31);
        for (String[] row : expected) {
            assertThat(weights.of(new MemberId(row[0], row[1])).toPercent(1))
                    .as(row[0] + "/" + row[1]).hasToString(row[2]);
        }
        assertThat(weights.of(new MemberId("Leiderdorp", "GroenLinks")).toPercent(1)).hasToString("1.8");
        assertThat(weights.of(new MemberId("Zoeterwoude", "VVD")).toPercent(1)).hasToString("0.6");
    }

    @Test
    void variantAMunicipalityTotalsAre59_12_12_13_4() {
        Weights weights = Fixtures.weights2014(WeightingScheme.A);
        assertThat(weights.municipalityWeight("Leiden").toPercent(1)).hasToString("59.2");
        assertThat(weights.municipalityWeight("Leiderdorp").toPercent(1)).hasToString("12.4");
        assertThat(weights.municipalityWeight("Oegstgeest").toPercent(1)).hasToString("11.6");
        assertThat(weights.municipalityWeight("Voorschoten").toPercent(1)).hasToString("12.8");
        assertThat(weights.municipalityWeight("Zoeterwoude").toPercent(1)).hasToString("4.0");
    }

    @Test
    void weightsOfEverySchemeSumToExactlyOne() {
        Composition c = CompositionCsv.parse("t", """
                municipality,valid_votes,population,council_seats,party,seats,party_votes
                A,1000,2500,3,X,2,600
                A,1000,2500,3,Y,1,350
                A,1000,2500,3,Z,0,50
                B,300,700,2,X,1,160
                B,300,700,2,W,1,140
                """, null).value();
        for (WeightingScheme scheme : WeightingScheme.values()) {
            assertThat(scheme.weigh(c).value().total()).as(scheme.name()).isEqualTo(Fraction.ONE);
        }
    }

    @Test
    void schemeCWeighsSeatsOfAllCouncilsAlike() {
        Weights weights = Fixtures.weights2014(WeightingScheme.C);
        assertThat(weights.of(new MemberId("Leiden", "D66"))).isEqualTo(Fraction.of(12, 111));
        assertThat(weights.of(new MemberId("Zoeterwoude", "Progressief Zoeterwoude"))).isEqualTo(Fraction.of(6, 111));
    }

    @Test
    void schemeDCountsOnlyVotesOfGroupsThatWonASeat() {
        Composition c = CompositionCsv.parse("t", """
                municipality,valid_votes,council_seats,party,seats,party_votes
                A,1000,3,X,2,600
                A,1000,3,Y,1,350
                A,1000,3,Z,0,50
                """, null).value();
        Weights w = WeightingScheme.D.weigh(c).value();
        assertThat(w.of(new MemberId("A", "X"))).isEqualTo(Fraction.of(600, 950));
        assertThat(w.isMember(new MemberId("A", "Z"))).isFalse();
    }

    @Test
    void schemeBNeedsThePopulationTheFileLacks() {
        Result<Weights> r = WeightingScheme.B.weigh(Fixtures.election2014());
        assertThat(r.isOk()).isFalse();
        assertThat(r.problems().get(0).describe()).contains("field 'population'").contains("scheme B needs the population")
                .contains("Leiden has none");
    }

    @Test
    void schemeDNeedsThePartyVotesTheFileLacks() {
        Result<Weights> r = WeightingScheme.D.weigh(Fixtures.election2014());
        assertThat(r.problems()).hasSize(31);
        assertThat(r.problems().get(0).describe()).contains("field 'party_votes'").contains("Leiden/D66 has none");
    }

    @Test
    void aThemeWithFourMunicipalitiesWeighsOverThoseAlone() {
        Weights w = VoteEngine.weights(Fixtures.election2014(), List.of("Leiden", "Leiderdorp", "Oegstgeest", "Zoeterwoude"),
                WeightingScheme.A).value();
        assertThat(w.municipalities()).doesNotContain("Voorschoten");
        assertThat(w.total()).isEqualTo(Fraction.ONE);
        assertThat(w.municipalityWeight("Leiden")).isEqualTo(Fraction.of(55146, 55146 + 11572 + 10825 + 3683));
    }

    @Test
    void anUnknownMunicipalityInATheme() {
        Result<Weights> r = VoteEngine.weights(Fixtures.election2014(), List.of("Leiden", "Katwijk"), WeightingScheme.A);
        assertThat(r.problems().get(0).message()).startsWith("unknown municipality 'Katwijk'");
    }

    @Test
    void seatBasedSchemesDifferWithinAMunicipalityAndAreFlaggedForTheWgr() {
        assertThat(Fixtures.weights2014(WeightingScheme.A).differWithinMunicipality()).isTrue();
        assertThat(Fixtures.weights2014(WeightingScheme.C).differWithinMunicipality()).isTrue();
    }

    @Test
    void perMunicipalityWeightsAreTheSameWithinAMunicipality() {
        Weights w = Fixtures.weights2014(WeightingScheme.MUNICIPALITY);
        assertThat(w.differWithinMunicipality()).isFalse();
        assertThat(w.of(new MemberId("Leiden", "D66"))).isEqualTo(w.of(new MemberId("Leiden", "ChristenUnie")));
        assertThat(w.municipalityWeight("Leiden")).isEqualTo(Fraction.of(55146, 93135));
    }
}
