package nl.regiobesluit.voting;

import java.util.Map;

/**
 * A party group (fractie) in one council: its seats and, where known, the votes its list received.
 * {@code attributes} keeps any extra columns of the source (such as {@code party_family}).
 * A party group with no seat is kept as data but is not a member of any body.
 */
public record PartyGroup(String municipality, String name, int seats, Long votes, Map<String, String> attributes) {

    public PartyGroup {
        // Readers refuse such values as bad input with the line named; here they can only be a bug.
        if (seats < 0 || (votes != null && votes < 0)) {
            throw new IllegalArgumentException("negative count in party group " + municipality + "/" + name);
        }
        attributes = Map.copyOf(attributes);
    }

    public MemberId id() {
        return new MemberId(municipality, name);
    }

    public boolean hasSeat() {
        return seats > 0;
    }
}
