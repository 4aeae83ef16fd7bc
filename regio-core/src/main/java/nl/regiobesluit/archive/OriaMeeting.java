package nl.regiobesluit.archive;

import nl.regiobesluit.shared.Problem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A meeting of a regional body (regiocommissie, regioraad) as ORI-A describes it: its agenda items, the vote on each
 * item with every member's choice, and the party groups (fracties) the members belong to. In Regiobesluit a voting
 * member is one party group in one council ("Leiden/D66"), represented by its fractiespecialist; the person's name is
 * optional because the vote is the group's.
 *
 * @param id     unique within the export, e.g. the node id of the meeting's agenda
 * @param gremium the body, e.g. "Regiocommissie Wonen Leidse regio"
 */
public record OriaMeeting(String id, String naam, LocalDate datum, String gremium, List<AgendaItem> agendapunten,
                          List<PartyGroup> fracties, List<Member> leden) {

    public OriaMeeting {
        agendapunten = List.copyOf(agendapunten);
        fracties = List.copyOf(fracties);
        leden = List.copyOf(leden);
    }

    /**
     * An agenda item; {@code recordIdentification} is the rb:archiveIdentification of the decision record it led to
     * (the same identification as in the MDTO export), or null.
     */
    public record AgendaItem(String id, String volgnummer, String naam, String omschrijving, String recordIdentification,
                             Vote stemming) {
    }

    /**
     * A vote: every member's choice, the outcome under the body's weighted rule ({@code passed}), and how the decision
     * reads ({@code resultaat}); {@code toelichting} says how the weighted result was reached (ORI-A has no weights).
     */
    public record Vote(String id, List<Ballot> stemmen, boolean passed, Resultaat resultaat, String toelichting) {
        public Vote {
            stemmen = List.copyOf(stemmen);
        }
    }

    public record Ballot(String memberId, Keuze keuze) {
    }

    /** ORI-A keuzeStemming. */
    public enum Keuze {
        VOOR("Voor"), TEGEN("Tegen"), ONTHOUDEN("Onthouden"), AFWEZIG("Afwezig");

        final String label;

        Keuze(String label) {
            this.label = label;
        }
    }

    /** ORI-A besluitResultaat. */
    public enum Resultaat {
        UNANIEM_AANGENOMEN("Unaniem aangenomen"), AANGENOMEN("Aangenomen"), GEAMENDEERD_AANGENOMEN("Geamendeerd aangenomen"),
        VERWORPEN("Verworpen"), AANGEHOUDEN("Aangehouden");

        final String label;

        Resultaat(String label) {
            this.label = label;
        }
    }

    /** A party group in one council, e.g. id "Leiden/D66", naam "D66 Leiden", gemeente "Leiden". */
    public record PartyGroup(String id, String naam, String gemeente) {
    }

    /** A voting member; {@code achternaam} and {@code volledigeNaam} of the fractiespecialist may be null. */
    public record Member(String id, String fractieId, String achternaam, String volledigeNaam) {
    }

    /**
     * What is wrong with this meeting for ORI-A: missing names, a vote by someone who is not a member, two votes by one
     * member, a member of an unknown party group, an id used twice. Each problem names the meeting and the item.
     */
    public List<Problem> problems() {
        String source = "vergadering / meeting " + id;
        List<Problem> problems = new ArrayList<>();
        if (!RecordCheck.filled(id)) {
            problems.add(Problem.at(source, 0, "id", "ontbreekt / missing"));
        }
        if (!RecordCheck.filled(naam)) {
            problems.add(Problem.at(source, 0, "naam", "ontbreekt / missing"));
        }
        if (datum == null) {
            problems.add(Problem.at(source, 0, "datum", "ontbreekt / missing"));
        }
        if (agendapunten.isEmpty()) {
            problems.add(Problem.at(source, 0, "agendapunten", "een vergadering heeft minstens één agendapunt / a meeting has at least one agenda item"));
        }
        Set<String> groups = new HashSet<>();
        for (PartyGroup g : fracties) {
            groups.add(g.id());
        }
        Map<String, Member> members = new HashMap<>();
        for (Member m : leden) {
            members.put(m.id(), m);
            if (!groups.contains(m.fractieId())) {
                problems.add(Problem.at(source, 0, "leden", "lid '" + m.id() + "' hoort bij een onbekende fractie / belongs to an unknown party group '" + m.fractieId() + "'"));
            }
        }
        // ids are unique per kind; the writer prefixes each kind, so the document's IDs are unique as ORI-A requires
        Set<String> ids = new HashSet<>();
        Set<String> voteIds = new HashSet<>();
        for (AgendaItem item : agendapunten) {
            if (!ids.add(item.id())) {
                problems.add(Problem.at(source, 0, "agendapunt " + item.id(), "id komt twee keer voor / id occurs twice"));
            }
            if (!RecordCheck.filled(item.naam())) {
                problems.add(Problem.at(source, 0, "agendapunt " + item.id(), "naam ontbreekt / name missing"));
            }
            if (item.volgnummer() != null && !item.volgnummer().matches("\\d+.*")) {
                problems.add(Problem.at(source, 0, "agendapunt " + item.id(), "volgnummer begint niet met een cijfer / does not start with a digit: '" + item.volgnummer() + "'"));
            }
            if (item.stemming() == null) {
                continue;
            }
            if (!voteIds.add(item.stemming().id())) {
                problems.add(Problem.at(source, 0, "stemming " + item.stemming().id(), "id komt twee keer voor / id occurs twice"));
            }
            Set<String> voted = new HashSet<>();
            for (Ballot b : item.stemming().stemmen()) {
                if (!members.containsKey(b.memberId())) {
                    problems.add(Problem.at(source, 0, "stemming " + item.stemming().id(), "stem van een niet-lid / vote by a non-member: '" + b.memberId() + "'"));
                } else if (!voted.add(b.memberId())) {
                    problems.add(Problem.at(source, 0, "stemming " + item.stemming().id(), "twee stemmen van één lid / two votes by one member: '" + b.memberId() + "'"));
                }
            }
        }
        return problems;
    }
}
