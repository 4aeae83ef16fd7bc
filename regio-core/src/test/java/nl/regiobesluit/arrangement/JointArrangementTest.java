package nl.regiobesluit.arrangement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class JointArrangementTest {

    private final VoteWeights before = new VoteWeights(LocalDate.of(2020, 1, 1),
            Map.of("Leiden", new BigDecimal("3"), "Katwijk", BigDecimal.ONE), "art. 7", "inwoners", Optional.empty());
    private final VoteWeights after = new VoteWeights(LocalDate.of(2024, 1, 1),
            Map.of("Leiden", BigDecimal.ONE, "Katwijk", BigDecimal.ONE), "art. 7 (2024)", "gelijk", Optional.empty());
    private final JointArrangement economie71 = new JointArrangement("Economie071", LegalForm.LICHTE_REGELING,
            List.of("Leiden", "Katwijk"), Map.of(), Map.of(), Map.of(), Optional.empty(), "", 4, Optional.empty(), 7,
            List.of(after, before));

    @Test
    void aMunicipalityFromOutsideTheRegionTakesPartByName() {
        assertThat(economie71.hasParticipant(" katwijk ")).isTrue();
        assertThat(economie71.participant("KATWIJK")).contains("Katwijk");
        assertThat(economie71.hasParticipant("Voorschoten")).isFalse();
    }

    @Test
    void theWeightsOfADayAreTheLatestThatStartedOnOrBeforeIt() {
        assertThat(economie71.weightsOn(LocalDate.of(2019, 12, 31))).isEmpty();
        assertThat(economie71.weightsOn(LocalDate.of(2023, 12, 31))).contains(before);
        assertThat(economie71.weightsOn(LocalDate.of(2024, 1, 1))).contains(after);
    }

    @Test
    void weightsAreShownAsSharesOfTheirTotal() {
        assertThat(before.percentages()).containsEntry("Leiden", new BigDecimal("75.00")).containsEntry("Katwijk", new BigDecimal("25.00"));
    }
}
