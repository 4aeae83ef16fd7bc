package nl.regiobesluit.voting;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything a vote result is computed from, as recorded: the composition in force, the participating
 * municipalities (null: all), the weighting scheme, the rule and the members' votes as written by griffie staff.
 */
public record VoteInputs(Composition composition, List<String> municipalities, WeightingScheme scheme, DecisionRule rule,
                         LocalDate voteDate, List<String> yes, List<String> no, List<String> abstain) {

    public VoteInputs {
        municipalities = municipalities == null ? null : List.copyOf(municipalities);
        yes = List.copyOf(yes);
        no = List.copyOf(no);
        abstain = List.copyOf(abstain);
    }
}
