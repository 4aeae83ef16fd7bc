package nl.regiobesluit.criteria;

import nl.regiobesluit.routing.CooperationModel;
import nl.regiobesluit.routing.CouncilOutcome;
import nl.regiobesluit.shared.Fraction;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CriteriaTest {

    private final AssessmentFramework framework = AssessmentFramework.shipped();

    @Test
    void theFrameworkHasElevenCriteriaAcrossFiveRolesAndSevenPrinciples() {
        assertThat(framework.criteria()).hasSize(11);
        assertThat(framework.criteria().stream().map(Criterion::role).distinct()).hasSize(5);
        assertThat(framework.criteria().stream().filter(c -> !c.judged()).map(Criterion::code)).containsExactly("heldere_besluitvorming");
        assertThat(framework.principles()).hasSize(7);
        framework.principles().values().forEach(list -> list.forEach(c -> assertThat(framework.criterion(c)).as(c).isPresent()));
    }

    @Test
    void theRegionalCouncilHadOnlyOpportunitiesForDecisiveness() {
        assertThat(framework.judgment(CooperationModel.REGIONAL_COUNCIL, "bestuurlijke_slagvaardigheid")).contains(Judgment.ONLY_OPPORTUNITIES);
        assertThat(framework.judgment(CooperationModel.LIGHT_CONSULTATION, "bestuurlijke_slagvaardigheid")).contains(Judgment.MOSTLY_VULNERABILITIES);
        assertThat(framework.judgedModels()).containsExactly(CooperationModel.LIGHT_CONSULTATION, CooperationModel.TAILORED_TRANSFER,
                CooperationModel.REGIONAL_COUNCIL, CooperationModel.COMPOSITE_MUNICIPALITY);
    }

    @Test
    void everyIndicatorInformsCriteriaOfTheFramework() {
        for (Indicator indicator : Indicator.values()) {
            assertThat(indicator.criteria()).as(indicator.name()).isNotEmpty();
            indicator.criteria().forEach(c -> assertThat(framework.criterion(c)).as(indicator + " → " + c).isPresent());
        }
    }

    @Test
    void unweightedTheCompositeMunicipalityScoresHighestAndLightConsultationLowest() {
        var scores = ModelComparison.unweighted(framework);
        // Sums of the 2017 scores over ten criteria: light −1, tailored +5, regional council +10, composite +12.
        assertThat(scores).extracting(ModelComparison.ModelScore::score)
                .containsExactly(Fraction.of(-1, 10), Fraction.of(5, 10), Fraction.of(10, 10), Fraction.of(12, 10));
    }

    @Test
    void aCouncilThatWeighsOnlyCustomerFocusPrefersLightConsultation() {
        Map<String, Fraction> weights = new java.util.HashMap<>();
        framework.criteria().stream().filter(Criterion::judged).forEach(c -> weights.put(c.code(), Fraction.ZERO));
        weights.put("klantgerichtheid", Fraction.ONE);
        var scores = ModelComparison.compare(framework, weights).value();
        assertThat(scores.get(0).model()).isEqualTo(CooperationModel.LIGHT_CONSULTATION);
        assertThat(scores.get(0).score()).isEqualTo(Fraction.of(2));
        assertThat(scores.get(2).score()).isEqualTo(Fraction.ZERO);
    }

    @Test
    void badWeightsAreRejectedWithTheCriterionNamed() {
        assertThat(ModelComparison.parseWeights("lobbymacht=x").problems().get(0).message()).contains("'lobbymacht' is not a number");
        var unknown = ModelComparison.compare(framework, ModelComparison.parseWeights("snelheid=2").value());
        assertThat(unknown.problems().get(0).message()).isEqualTo("unknown criterion 'snelheid'");
        var unjudged = ModelComparison.compare(framework, Map.of("heldere_besluitvorming", Fraction.ONE));
        assertThat(unjudged.problems().get(0).message()).contains("was not judged on its own");
    }

    @Test
    void indicatorsForARouteWithOneDeviatingCouncil() {
        LocalDate submitted = LocalDate.of(2015, 3, 2);
        RouteFacts facts = new RouteFacts(CooperationModel.REGIONAL_COMMITTEE, submitted, submitted.plusMonths(2), false, List.of(
                new RouteFacts.CouncilFact("Leiden", CouncilOutcome.ADOPTED, submitted.plusDays(30), false, false),
                new RouteFacts.CouncilFact("Leiderdorp", CouncilOutcome.ADOPTED, submitted.plusDays(35), false, false),
                new RouteFacts.CouncilFact("Oegstgeest", CouncilOutcome.ADOPTED_WITH_AMENDMENTS, submitted.plusDays(41), false, false),
                new RouteFacts.CouncilFact("Voorschoten", CouncilOutcome.REJECTED, submitted.plusDays(48), true, true),
                new RouteFacts.CouncilFact("Zoeterwoude", CouncilOutcome.ADOPTED, submitted.plusDays(52), false, false)),
                3, List.of("Leiden", "Leiderdorp"));
        RouteIndicators i = RouteIndicators.measure(facts);
        assertThat(i.leadTimeDays()).isEqualTo(52);
        assertThat(i.metTarget()).isTrue();
        assertThat(i.adopted()).isEqualTo(4);
        assertThat(i.amended()).isEqualTo(1);
        assertThat(i.rejected()).isEqualTo(1);
        assertThat(i.deviations()).isEqualTo(1);
        assertThat(i.deviationsAccountedFor()).isEqualTo(1);
        assertThat(i.oneVoice()).isFalse();
        assertThat(i.decisiveMunicipality()).isNull();
        assertThat(i.societalPartners()).isEqualTo(3);
    }

    @Test
    void aRegioraadDecisionRunsUntilTheBodyDecided() {
        LocalDate submitted = LocalDate.of(2015, 3, 2);
        RouteIndicators i = RouteIndicators.measure(new RouteFacts(CooperationModel.REGIONAL_COUNCIL, submitted,
                submitted.plusMonths(2), false, List.of(), 0, List.of("Leiden"), submitted.plusDays(21)));
        assertThat(i.leadTimeDays()).isEqualTo(21);
        assertThat(i.metTarget()).isTrue();
        assertThat(i.oneVoice()).isFalse();
        assertThat(i.decisiveMunicipality()).isEqualTo("Leiden");
    }

    @Test
    void aRouteOverItsDeadlineMissesTheTarget() {
        LocalDate submitted = LocalDate.of(2015, 3, 2);
        RouteFacts facts = new RouteFacts(CooperationModel.REGIONAL_COMMITTEE, submitted, submitted.plusMonths(2), true,
                List.of(new RouteFacts.CouncilFact("A", CouncilOutcome.ADOPTED, submitted.plusDays(75), false, false)), 0, List.of("A"));
        RouteIndicators i = RouteIndicators.measure(facts);
        assertThat(i.metTarget()).isFalse();
        assertThat(i.oneVoice()).isTrue();
        assertThat(i.decisiveMunicipality()).isEqualTo("A");
    }
}
