package nl.regiobesluit.criteria;

import nl.regiobesluit.routing.CouncilOutcome;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Objects;

/**
 * The indicators of one route (see {@link Indicator} for the criteria each informs). {@code decisiveMunicipality}
 * is the one municipality whose yes votes alone made the difference, or null. The region spoke with one voice
 * when every participating council took the same decision and none deviated.
 */
public record RouteIndicators(long leadTimeDays, boolean metTarget, boolean consensusWithoutVote, int adopted, int amended,
                              int rejected, int postponed, int deviations, int deviationsAccountedFor, int societalPartners,
                              String decisiveMunicipality, boolean oneVoice) {

    /**
     * Measures a route; its lead time runs from submission to the last council decision known so far, or to the
     * body's own decision where no council decides.
     */
    public static RouteIndicators measure(RouteFacts facts) {
        LocalDate fallback = facts.bodyDecidedOn() != null ? facts.bodyDecidedOn() : facts.submittedOn();
        LocalDate last = facts.councils().stream().map(RouteFacts.CouncilFact::decidedOn).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(fallback);
        long lead = ChronoUnit.DAYS.between(facts.submittedOn(), last);
        boolean met = facts.deadline() == null || !last.isAfter(facts.deadline());
        int adopted = count(facts, CouncilOutcome.ADOPTED) + count(facts, CouncilOutcome.ADOPTED_WITH_AMENDMENTS);
        int deviations = (int) facts.councils().stream().filter(RouteFacts.CouncilFact::deviates).count();
        int accounted = (int) facts.councils().stream().filter(c -> c.deviates() && c.deviationAccountedFor()).count();
        boolean oneVoice = !facts.councils().isEmpty() && deviations == 0
                && facts.councils().stream().map(RouteFacts.CouncilFact::outcome).distinct().count() == 1;
        String decisive = facts.pivotalMunicipalities().size() == 1 ? facts.pivotalMunicipalities().get(0) : null;
        return new RouteIndicators(lead, met, facts.consensusWithoutVote(), adopted, count(facts, CouncilOutcome.ADOPTED_WITH_AMENDMENTS),
                count(facts, CouncilOutcome.REJECTED), count(facts, CouncilOutcome.POSTPONED), deviations, accounted,
                facts.societalPartners(), decisive, oneVoice);
    }

    private static int count(RouteFacts facts, CouncilOutcome outcome) {
        return (int) facts.councils().stream().filter(c -> c.outcome() == outcome).count();
    }
}
