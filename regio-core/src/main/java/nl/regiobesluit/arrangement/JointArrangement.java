package nl.regiobesluit.arrangement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A joint arrangement (gemeenschappelijke regeling) or other cooperation as the register holds it ({@code rb:jointArrangement}).
 * Participants are any municipalities, also outside the region; members and budget shares are keyed by participant.
 */
public record JointArrangement(String name, LegalForm legalForm, List<String> participants,
                               Map<String, List<String>> abMembers, Map<String, List<String>> dbMembers,
                               Map<String, BigDecimal> budgetShares, Optional<Integer> budgetShareYear,
                               String informationProtocol, int evaluationCycleYears, Optional<LocalDate> lastEvaluation,
                               int instructionLeadDays, List<VoteWeights> voteWeights) {

    public JointArrangement {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(legalForm, "legalForm");
        participants = List.copyOf(participants);
        abMembers = Map.copyOf(abMembers);
        dbMembers = Map.copyOf(dbMembers);
        budgetShares = Map.copyOf(budgetShares);
        budgetShareYear = budgetShareYear == null ? Optional.empty() : budgetShareYear;
        lastEvaluation = lastEvaluation == null ? Optional.empty() : lastEvaluation;
        voteWeights = voteWeights.stream().sorted(Comparator.comparing(VoteWeights::validFrom)).toList();
    }

    /** Whether the municipality takes part (names compared without regard to case or surrounding spaces). */
    public boolean hasParticipant(String municipality) {
        return participant(municipality).isPresent();
    }

    /** The participant's name as the register spells it. */
    public Optional<String> participant(String municipality) {
        String m = municipality.strip();
        return participants.stream().filter(p -> p.strip().equalsIgnoreCase(m)).findFirst();
    }

    /** The weights valid on {@code day}: the latest that started on or before it. */
    public Optional<VoteWeights> weightsOn(LocalDate day) {
        return voteWeights.stream().filter(w -> !w.validFrom().isAfter(day)).reduce((a, b) -> b);
    }
}
