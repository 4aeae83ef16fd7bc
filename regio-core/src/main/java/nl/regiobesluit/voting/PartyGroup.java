package nl.regiobesluit.voting;

import java.util.Map;

/**
 * A party group (fractie) in one council: its seats and, where known, the votes its list received.
 * {@code attributes} keeps any extra columns of the source (such as {@code party_family}).
 * A party group with no seat is kept as data but is not a member of any body.
 */
public record PartyGroup(String municipality, String name, int seats, Long votes, Map<String, String> attributes) {

    public PartyGroup {
        attributes = Map.copyOf(attributes);
    }

    public MemberId id() {
        return new MemberId(municipality, name);
    }

    public boolean hasSeat() {
        return seats > 0;
    }
}
