package nl.regiobesluit.voting;

import nl.regiobesluit.shared.Fraction;
import nl.regiobesluit.voting.power.PowerAnalysis;

import java.util.List;

/**
 * The questions the region argued about, answered for one vote:
 * which municipality could have passed it alone or blocked it alone (all its members one way, all others the
 * other), which municipalities were pivotal (without their members' yes votes the outcome flips), the power of
 * every member and municipality, the smallest threshold above which no single municipality can pass a proposal
 * alone ({@code noSinglePassAbove}: a threshold strictly greater than this share), and whether weights differ
 * within a municipality (then not allowed for a formal vote of a joint arrangement's general board under the
 * Wet gemeenschappelijke regelingen; allowed for an advisory committee).
 */
public record VoteAnalysis(List<String> couldPassAlone, List<String> couldBlockAlone, List<String> pivotal,
                           Fraction noSinglePassAbove, boolean weightsDifferWithinMunicipality, PowerAnalysis power) {

    public VoteAnalysis {
        couldPassAlone = List.copyOf(couldPassAlone);
        couldBlockAlone = List.copyOf(couldBlockAlone);
        pivotal = List.copyOf(pivotal);
    }

    public boolean wgrFormalVoteAllowed() {
        return !weightsDifferWithinMunicipality;
    }
}
