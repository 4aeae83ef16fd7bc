package nl.regiobesluit.voting;

import nl.regiobesluit.shared.Excerpt;
import nl.regiobesluit.shared.Problem;
import nl.regiobesluit.shared.Result;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The votes of the members of a body in one vote; members not listed are absent. */
public final class Ballot {

    private final Map<MemberId, Vote> votes;

    private Ballot(Map<MemberId, Vote> votes) {
        this.votes = Collections.unmodifiableMap(new LinkedHashMap<>(votes));
    }

    public static Ballot of(Map<MemberId, Vote> votes) {
        return new Ballot(votes);
    }

    /**
     * A ballot from the lists griffie staff record ({@code "Leiden/D66"}), checked against the members:
     * a name that is no member, or a member listed twice, is rejected with the member named.
     */
    public static Result<Ballot> fromLists(Weights weights, List<String> yes, List<String> no, List<String> abstain) {
        List<Problem> problems = new ArrayList<>();
        Map<MemberId, Vote> votes = new LinkedHashMap<>();
        Map<MemberId, String> listedIn = new LinkedHashMap<>();
        add(weights, yes, Vote.YES, "yes", votes, listedIn, problems);
        add(weights, no, Vote.NO, "no", votes, listedIn, problems);
        add(weights, abstain, Vote.ABSTAIN, "abstain", votes, listedIn, problems);
        return problems.isEmpty() ? Result.ok(new Ballot(votes)) : Result.rejected(problems);
    }

    private static void add(Weights weights, List<String> names, Vote vote, String list, Map<MemberId, Vote> votes,
                            Map<MemberId, String> listedIn, List<Problem> problems) {
        for (String raw : names) {
            String name = raw.trim();
            if (name.isEmpty()) {
                continue;
            }
            MemberId id = MemberId.parse(name);
            String shown = Excerpt.quoted(name);
            if (id == null) {
                problems.add(Problem.bilingualAt(null, 0, list, shown + " is geen lid: schrijf Gemeente/Fractie",
                        shown + " is not a member: write Gemeente/Fractie (municipality/party group)"));
                continue;
            }
            shown = Excerpt.quoted(id.toString());
            if (!weights.isMember(id)) {
                boolean knownMunicipality = weights.municipalities().contains(id.municipality());
                // Griffie staff read these in the regiogriffier's mail: Dutch first, English alongside.
                problems.add(Problem.bilingualAt(null, 0, list, "onbekend lid " + shown + ": " + (knownMunicipality
                        ? "geen fractie met een zetel die " + Excerpt.quoted(id.party()) + " heet in " + Excerpt.of(id.municipality())
                        : Excerpt.quoted(id.municipality()) + " neemt niet deel"), "unknown member " + shown + ": " + (knownMunicipality
                        ? "no party group with a seat named " + Excerpt.quoted(id.party()) + " in " + Excerpt.of(id.municipality())
                        : Excerpt.quoted(id.municipality()) + " is not a participating municipality")));
                continue;
            }
            String earlier = listedIn.putIfAbsent(id, list);
            if (earlier != null) {
                problems.add(Problem.bilingualAt(null, 0, list, "lid " + shown + " staat twee keer genoemd (" + earlier + " en " + list + ")",
                        "member " + shown + " is listed twice (" + earlier + " and " + list + ")"));
                continue;
            }
            votes.put(id, vote);
        }
    }

    public Vote voteOf(MemberId member) {
        return votes.getOrDefault(member, Vote.ABSENT);
    }

    public Map<MemberId, Vote> asMap() {
        return votes;
    }

    public List<MemberId> membersVoting(Vote vote) {
        return votes.entrySet().stream().filter(e -> e.getValue() == vote).map(Map.Entry::getKey).toList();
    }

    /** The same ballot with one municipality's YES votes removed (those members counted absent). */
    public Ballot withoutYesOf(String municipality) {
        Map<MemberId, Vote> copy = new LinkedHashMap<>(votes);
        copy.entrySet().removeIf(e -> e.getKey().municipality().equals(municipality) && e.getValue() == Vote.YES);
        return new Ballot(copy);
    }

    /** Everyone present: the members of {@code municipality} vote {@code inside}, all others {@code outside}. */
    public static Ballot bloc(Weights weights, String municipality, Vote inside, Vote outside) {
        Map<MemberId, Vote> votes = new LinkedHashMap<>();
        for (MemberId m : weights.members()) {
            votes.put(m, m.municipality().equals(municipality) ? inside : outside);
        }
        return new Ballot(votes);
    }
}
