package nl.regiobesluit.routing.behaviour;

import nl.regiobesluit.criteria.RouteFacts;
import nl.regiobesluit.criteria.RouteIndicators;
import nl.regiobesluit.routing.CooperationModel;
import nl.regiobesluit.routing.CouncilOutcome;
import nl.regiobesluit.voting.Composition;
import nl.regiobesluit.voting.CompositionCsv;
import nl.regiobesluit.voting.DecisionRule;
import nl.regiobesluit.voting.VoteEngine;
import nl.regiobesluit.voting.VoteInputs;
import nl.regiobesluit.voting.VoteOutcome;
import nl.regiobesluit.voting.VoteOutcomeJson;
import nl.regiobesluit.voting.WeightingScheme;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static nl.regiobesluit.model.RbModel.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResultPropertiesTest {

    private static VoteOutcome vote() {
        Composition c = CompositionCsv.parse("test", """
                municipality,valid_votes,council_seats,party,seats
                A,3000,3,X,2
                A,3000,3,Y,1
                B,1000,2,X,1
                B,1000,2,Z,1
                """, LocalDate.of(2014, 3, 19)).value();
        return VoteEngine.decide(new VoteInputs(c, null, WeightingScheme.A, DecisionRule.parse("qualified:0.70").value(),
                LocalDate.of(2015, 4, 1), List.of("A/X", "B/X"), List.of("A/Y", "B/Z"), List.of())).value();
    }

    @Test
    void voteResultPropertiesSummariseTheResultAndCarryItsFullJson() {
        VoteOutcome outcome = vote();
        Map<String, Object> p = VoteResultProperties.of(outcome, LocalDate.of(2014, 3, 19));
        // A/X weighs 2/3 × 3/4 = 1/2, B/X 1/2 × 1/4 = 1/8: yes 5/8 of all members, short of 70%.
        assertEquals(false, p.get(PROP_RESULT_PASSED));
        assertEquals("5/8", p.get(PROP_RESULT_YES_SHARE));
        assertEquals(62.5, p.get(PROP_RESULT_YES_SHARE_PCT));
        assertEquals(List.of("A=1/2", "B=1/8"), p.get(PROP_RESULT_YES_WEIGHT_PER_MUNICIPALITY));
        assertEquals(List.of("A"), p.get(PROP_RESULT_DECISIVE_MUNICIPALITIES));
        assertEquals("qualified:7/10,base=all", p.get(PROP_RESULT_RULE));
        assertEquals("2014-03-19", p.get(PROP_RESULT_COMPOSITION_DATE));
        assertEquals(VoteOutcomeJson.fingerprint(outcome.inputs()), p.get(PROP_RESULT_INPUT_HASH));
        assertEquals(VoteOutcomeJson.write(outcome), p.get(PROP_RESULT_JSON));
        assertTrue(((String) p.get(PROP_RESULT_POWER_SUMMARY)).startsWith("A: Banzhaf "));
    }

    @Test
    void modelCriteriaPropertiesHoldEveryIndicator() {
        LocalDate submitted = LocalDate.of(2015, 3, 2);
        RouteIndicators i = RouteIndicators.measure(new RouteFacts(CooperationModel.REGIONAL_COMMITTEE, submitted,
                submitted.plusMonths(2), true, List.of(
                new RouteFacts.CouncilFact("A", CouncilOutcome.ADOPTED, submitted.plusDays(20), false, false),
                new RouteFacts.CouncilFact("B", CouncilOutcome.REJECTED, submitted.plusDays(40), true, false)), 2, List.of()));
        Map<String, Object> p = ModelCriteriaProperties.of(i, CooperationModel.REGIONAL_COMMITTEE, "WONEN", "RUIMTE_EN_WONEN", null);
        assertEquals("REGIONAL_COMMITTEE", p.get(PROP_CRITERIA_COOPERATION_MODEL));
        assertEquals(40L, p.get(PROP_LEAD_TIME_DAYS));
        assertEquals(1, p.get(PROP_COUNCILS_REJECTED));
        assertEquals(1, p.get(PROP_DEVIATIONS));
        assertEquals(0, p.get(PROP_DEVIATIONS_ACCOUNTED_FOR));
        assertEquals(false, p.get(PROP_ONE_VOICE));
        assertEquals(16, p.size());
    }
}
