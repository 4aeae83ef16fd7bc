package nl.regiobesluit.voting;

import java.util.Objects;

/** A member of a regional body: one party group (fractie) in one council, written {@code Municipality/PartyGroup}. */
public record MemberId(String municipality, String party) implements Comparable<MemberId> {

    public MemberId {
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(party, "party");
    }

    /** Parses {@code "Leiden/D66"}; the first '/' separates municipality from party group. Returns null if there is none. */
    public static MemberId parse(String text) {
        int slash = text.indexOf('/');
        if (slash <= 0 || slash == text.length() - 1) {
            return null;
        }
        return new MemberId(text.substring(0, slash).trim(), text.substring(slash + 1).trim());
    }

    @Override
    public int compareTo(MemberId o) {
        int c = municipality.compareTo(o.municipality);
        return c != 0 ? c : party.compareTo(o.party);
    }

    @Override
    public String toString() {
        return municipality + "/" + party;
    }
}
