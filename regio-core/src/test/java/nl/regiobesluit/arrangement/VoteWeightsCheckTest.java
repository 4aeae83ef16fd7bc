package nl.regiobesluit.arrangement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import nl.regiobesluit.shared.Problem;
import nl.regiobesluit.voting.Composition;
import nl.regiobesluit.voting.CompositionCsv;

import org.junit.jupiter.api.Test;

class VoteWeightsCheckTest {

    // Aa 3000 valid votes, Bb 1000, Cc 5000; ten seats each, one party each.
    private static final Composition COMPOSITION = CompositionCsv.parse("c.csv", """
            municipality,valid_votes,council_seats,party,seats
            Aa,3000,10,X,10
            Bb,1000,10,Y,10
            Cc,5000,10,Z,10
            """, LocalDate.of(2027, 1, 1)).value();

    private static VoteWeights weights(String scheme, Map<String, String> entered) {
        Map<String, BigDecimal> w = new java.util.TreeMap<>();
        entered.forEach((m, v) -> w.put(m, new BigDecimal(v)));
        return new VoteWeights(LocalDate.of(2027, 1, 1), w, "art. 9", "stemmen", Optional.ofNullable(scheme));
    }

    @Test
    void weightsAsTheEngineComputesThemPass() {
        // MUNICIPALITY over Aa and Bb: 3000 / 4000 = 75%, 1000 / 4000 = 25%; entered 3 and 1 are 75% and 25%.
        assertThat(VoteWeightsCheck.check(weights("MUNICIPALITY", Map.of("Aa", "3", "Bb", "1")), COMPOSITION, "w")).isEmpty();
        // C: seats share of all councils, 10 of 20 each: 50%; entered 1 and 1.
        assertThat(VoteWeightsCheck.check(weights("C", Map.of("Aa", "1", "Bb", "1")), COMPOSITION, "w")).isEmpty();
    }

    @Test
    void eachParticipantWhoseWeightDiffersIsOneProblem() {
        // Entered 1 and 1 (50% each) against MUNICIPALITY's 75% and 25%.
        assertThat(VoteWeightsCheck.check(weights("MUNICIPALITY", Map.of("Aa", "1", "Bb", "1")), COMPOSITION, "w"))
                .extracting(Problem::describe).containsExactlyInAnyOrder(
                        "w, veld 'rb:weightsPerParticipant': stemgewicht van Aa (50.00%) wijkt af van schema MUNICIPALITY van de"
                                + " rekenmodule (75.00%) / w, field 'rb:weightsPerParticipant': vote weight of Aa (50.00%) differs"
                                + " from the engine's scheme MUNICIPALITY (75.00%)",
                        "w, veld 'rb:weightsPerParticipant': stemgewicht van Bb (50.00%) wijkt af van schema MUNICIPALITY van de"
                                + " rekenmodule (25.00%) / w, field 'rb:weightsPerParticipant': vote weight of Bb (50.00%) differs"
                                + " from the engine's scheme MUNICIPALITY (25.00%)");
    }

    @Test
    void withoutASchemeNothingIsCheckedAndAParticipantTheCompositionLacksIsNamed() {
        assertThat(VoteWeightsCheck.check(weights(null, Map.of("Aa", "1", "Bb", "1")), COMPOSITION, "w")).isEmpty();
        assertThat(VoteWeightsCheck.check(weights("C", Map.of("Aa", "1", "Katwijk", "1")), COMPOSITION, "w"))
                .singleElement().satisfies(p -> assertThat(p.describe()).contains("Katwijk"));
    }
}
