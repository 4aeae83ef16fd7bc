package nl.regiobesluit.criteria;

import nl.regiobesluit.routing.CooperationModel;
import nl.regiobesluit.routing.CouncilOutcome;

import java.time.LocalDate;
import java.util.List;

/**
 * What a closed (or closing) route consists of, as read from the repository: when it was submitted, its target,
 * whether the regiocommissie reached consensus without a vote, each council's decision, the societal partners at
 * the bestuurstafel, the municipalities that were pivotal in the vote (empty when there was none) and, where the
 * regional body decides itself without councils, the day it decided.
 */
public record RouteFacts(CooperationModel model, LocalDate submittedOn, LocalDate deadline, boolean consensusWithoutVote,
                         List<CouncilFact> councils, int societalPartners, List<String> pivotalMunicipalities,
                         LocalDate bodyDecidedOn) {

    /** A route decided by councils. */
    public RouteFacts(CooperationModel model, LocalDate submittedOn, LocalDate deadline, boolean consensusWithoutVote,
                      List<CouncilFact> councils, int societalPartners, List<String> pivotalMunicipalities) {
        this(model, submittedOn, deadline, consensusWithoutVote, councils, societalPartners, pivotalMunicipalities, null);
    }

    /** One council's decision: its outcome, the day it decided, whether it deviates and whether that was accounted for. */
    public record CouncilFact(String municipality, CouncilOutcome outcome, LocalDate decidedOn, boolean deviates,
                              boolean deviationAccountedFor) {
    }

    public RouteFacts {
        councils = List.copyOf(councils);
        pivotalMunicipalities = List.copyOf(pivotalMunicipalities);
    }
}
