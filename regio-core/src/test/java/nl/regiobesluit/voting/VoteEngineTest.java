package nl.regiobesluit.voting;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.regiobesluit.shared.Fraction;
import nl.regiobesluit.shared.Result;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class VoteEngineTest {

    private static final Set<String> WONINGBOUW_YES_PARTIES = Set.of("D66", "VVD", "CDA", "PvdA", "GroenLinks",
            "ChristenUnie", "Progressief Oegstgeest", "Progressief Zoeterwoude");

    /** The woningbouw vote of the end-to-end scenario: the listed parties yes, every other group no. */
    private static VoteInputs woningbouw(String rule, List<String> municipalities) {
        Composition c = Fixtures.election2014();
        List<String> yes = new ArrayList<>();
        List<String> no = new ArrayList<>();
        for (PartyGroup g : c.members()) {
            if (municipalities != null && !municipalities.contains(g.municipality())) {
                continue;
            }
            (WONINGBOUW_YES_PARTIES.contains(g.name()) ? yes : no).add(g.id().toString());
        }
        return new VoteInputs(c, municipalities, WeightingScheme.A, DecisionRule.parse(rule).value(), null, yes, no, List.of());
    }

    @Test
    void woningbouwAdvicePassesWithSeventyPercentOfAllMembersWeight() {
        VoteOutcome outcome = VoteEngine.decide(woningbouw("qualified:0.70", null)).value();
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.decision().yesShare().compareTo(Fraction.of(7, 10))).isGreaterThanOrEqualTo(0);
        assertThat(outcome.decision().yesWeightPerMunicipality()).containsOnlyKeys("Leiden", "Leiderdorp", "Oegstgeest", "Voorschoten", "Zoeterwoude");
        Fraction sum = outcome.decision().yesWeightPerMunicipality().values().stream().reduce(Fraction.ZERO, Fraction::add);
        assertThat(sum).isEqualTo(outcome.decision().yesWeight());
    }

    @Test
    void leidenCanPassAloneInAThemeWithoutVoorschotenAtSixtyPercent() {
        List<String> four = List.of("Leiden", "Leiderdorp", "Oegstgeest", "Zoeterwoude");
        VoteOutcome outcome = VoteEngine.decide(woningbouw("qualified:0.60", four)).value();
        assertThat(outcome.analysis().couldPassAlone()).containsExactly("Leiden");
        assertThat(outcome.analysis().couldBlockAlone()).containsExactly("Leiden");
        // Leiden's share over the four is 55146/81226: any threshold above it keeps every municipality from passing alone.
        assertThat(outcome.analysis().noSinglePassAbove()).isEqualTo(Fraction.of(55146, 81226));
    }

    @Test
    void noMunicipalityPassesAloneAtSeventyPercentOfTheFive() {
        VoteOutcome outcome = VoteEngine.decide(woningbouw("qualified:0.70", null)).value();
        assertThat(outcome.analysis().couldPassAlone()).isEmpty();
        assertThat(outcome.analysis().couldBlockAlone()).containsExactly("Leiden");
        assertThat(outcome.analysis().noSinglePassAbove()).isEqualTo(Fraction.of(55146, 93135));
    }

    @Test
    void aMunicipalityIsPivotalWhenWithoutItsYesVotesTheOutcomeFlips() {
        VoteOutcome outcome = VoteEngine.decide(woningbouw("qualified:0.70", null)).value();
        for (String m : outcome.weights().municipalities()) {
            Ballot without = Ballot.fromLists(outcome.weights(), outcome.inputs().yes(), outcome.inputs().no(), List.of()).value().withoutYesOf(m);
            boolean flips = !Decision.decide(outcome.weights(), outcome.inputs().rule(), without).passed();
            assertThat(outcome.analysis().pivotal().contains(m)).as(m).isEqualTo(flips);
        }
        assertThat(outcome.analysis().pivotal()).contains("Leiden");
    }

    @Test
    void schemeAIsFlaggedAsNotAllowedForAFormalWgrVote() {
        VoteOutcome outcome = VoteEngine.decide(woningbouw("majority", null)).value();
        assertThat(outcome.analysis().weightsDifferWithinMunicipality()).isTrue();
        assertThat(outcome.analysis().wgrFormalVoteAllowed()).isFalse();
    }

    @Test
    void aVoteByANonMemberIsRejectedAndNamed() {
        VoteInputs in = woningbouw("majority", null);
        VoteInputs bad = new VoteInputs(in.composition(), null, in.scheme(), in.rule(), null, List.of("Leiden/Piratenpartij"), List.of(), List.of());
        Result<VoteOutcome> r = VoteEngine.decide(bad);
        assertThat(r.problems().get(0).describe()).contains("unknown member 'Leiden/Piratenpartij'");
    }

    @Test
    void theStoredJsonHoldsEveryInputAndRecomputesIdentically() {
        VoteOutcome outcome = VoteEngine.decide(woningbouw("qualified:0.70", null)).value();
        String json = VoteOutcomeJson.write(outcome);
        VoteOutcomeJson.Stored stored = VoteOutcomeJson.read(json).value();
        assertThat(stored.computationVersion()).isEqualTo(VoteEngine.VERSION);
        assertThat(stored.inputs().composition()).isEqualTo(outcome.inputs().composition());
        VoteOutcome again = VoteEngine.decide(stored.inputs()).value();
        assertThat(VoteOutcomeJson.write(again)).isEqualTo(json);
        assertThat(VoteOutcomeJson.differences(stored.tree(), VoteOutcomeJson.toTree(again))).isEmpty();
    }

    @Test
    void anAlteredInputIsNamedWhenRecomputing() throws Exception {
        VoteOutcome outcome = VoteEngine.decide(woningbouw("qualified:0.70", null)).value();
        ObjectNode tree = VoteOutcomeJson.toTree(outcome);
        // Someone changes Leiden's D66 seats from 12 to 11 and SP from 5 to 6 in the stored inputs.
        ObjectNode leiden = (ObjectNode) tree.at("/inputs/composition/municipalities/0");
        ((ObjectNode) leiden.at("/partyGroups/0")).put("seats", 11);
        ((ObjectNode) leiden.at("/partyGroups/1")).put("seats", 6);
        String altered = new ObjectMapper().writeValueAsString(tree);
        VoteOutcomeJson.Stored stored = VoteOutcomeJson.read(altered).value();
        VoteOutcome recomputed = VoteEngine.decide(stored.inputs()).value();
        List<String> differences = VoteOutcomeJson.differences(stored.tree(), VoteOutcomeJson.toTree(recomputed));
        Fraction stored12 = Fraction.of(12, 39).multiply(Fraction.of(55146, 93135));
        Fraction now11 = Fraction.of(11, 39).multiply(Fraction.of(55146, 93135));
        assertThat(differences).contains("/weights/0/weight: \"" + stored12 + "\" → \"" + now11 + "\"");
        assertThat(differences).noneMatch(d -> d.startsWith("/inputs"));
    }

    @Test
    void theFingerprintChangesWithAnyInputAndOnlyThen() {
        VoteInputs in = woningbouw("qualified:0.70", null);
        String fingerprint = VoteOutcomeJson.fingerprint(in);
        assertThat(VoteOutcomeJson.fingerprint(woningbouw("qualified:0.70", null))).isEqualTo(fingerprint).hasSize(64);
        assertThat(VoteOutcomeJson.fingerprint(woningbouw("qualified:0.60", null))).isNotEqualTo(fingerprint);
        VoteInputs oneVoteLess = new VoteInputs(in.composition(), null, in.scheme(), in.rule(), null,
                in.yes().subList(1, in.yes().size()), in.no(), in.abstain());
        assertThat(VoteOutcomeJson.fingerprint(oneVoteLess)).isNotEqualTo(fingerprint);
    }

    @Test
    void theCompositionInForceOnTheDayOfTheVoteIsUsed() {
        Composition c2014 = Fixtures.election2014();
        Composition split = CompositionCsv.parse("split-2016.csv", CompositionCsv.write(c2014)
                .replace("Leiden,55146,,39,SP,5,", "Leiden,55146,,39,SP,4,").replace("Leiden,55146,,39,ChristenUnie,1,", "Leiden,55146,,39,ChristenUnie,2,"),
                java.time.LocalDate.of(2016, 6, 1)).value();
        CompositionHistory history = CompositionHistory.of(List.of(split, c2014)).value();
        assertThat(history.inForceOn(java.time.LocalDate.of(2015, 1, 1)).value()).isSameAs(c2014);
        assertThat(history.inForceOn(java.time.LocalDate.of(2016, 6, 1)).value()).isSameAs(split);
        assertThat(history.inForceOn(java.time.LocalDate.of(2010, 1, 1)).problems().get(0).message())
                .isEqualTo("geen samenstelling van kracht op 2010-01-01; de eerste geldt vanaf 2014-03-19 / "
                        + "no composition in force on 2010-01-01; the first holds from 2014-03-19");
    }

    @Test
    void aMalformedStoredResultIsRejectedWithTheReason() {
        assertThat(VoteOutcomeJson.read("{not json").problems().get(0).message()).startsWith("not valid JSON");
        assertThat(VoteOutcomeJson.read("{\"computationVersion\":\"regiobesluit-vote/2\",\"inputs\":{}}").problems().get(0).describe())
                .isEqualTo("veld 'inputs.composition': ontbreekt in de opgeslagen uitslag / field 'inputs.composition': missing in the stored result");
    }
}
