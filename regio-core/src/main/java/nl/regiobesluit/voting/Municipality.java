package nl.regiobesluit.voting;

import java.util.List;

/**
 * A municipality (gemeente) as composed after an election: valid votes cast, population where known,
 * council size and its party groups in the order of the source.
 */
public record Municipality(String name, long validVotes, Long population, int councilSeats, List<PartyGroup> partyGroups) {

    public Municipality {
        // Readers refuse such values as bad input with the line named; here they can only be a bug.
        if (validVotes < 0 || councilSeats < 0 || (population != null && population < 0)) {
            throw new IllegalArgumentException("negative count in municipality " + name);
        }
        partyGroups = List.copyOf(partyGroups);
    }

    /** Party groups holding at least one seat: the members this municipality sends to a regional body. */
    public List<PartyGroup> members() {
        return partyGroups.stream().filter(PartyGroup::hasSeat).toList();
    }
}
