package nl.regiobesluit.archive;

import nl.regiobesluit.shared.Problem;
import nl.regiobesluit.shared.Result;

import javax.xml.stream.XMLStreamException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one meeting as ORI-A (namespace {@value #NAMESPACE}, ORI-A.xsd 1.0.1), the archival format for council meeting
 * information: the vergadering, its agendapunten, one stemming and one besluit per vote, each fractie with how it voted
 * (unanimously for: Aangenomen, against: Verworpen, otherwise Verdeeld), and each member as aanwezigeDeelnemer with
 * their own choice. Elements in the schema's order; every ID unique in the document (the schema demands it), so ids
 * get a prefix per kind.
 */
public final class OriaWriter {

    public static final String NAMESPACE = "https://ori-a.nl";
    static final String GEMEENTEN = "https://identifier.overheid.nl/tooi/set/rwc_gemeenten_compleet";
    static final String VERGADERSTUKTYPES = "https://ori-a.nl/begrippenlijsten#vergaderstuktypes";

    /** Checks the meeting, then writes it; a meeting with problems is not written at all. */
    public Result<Void> write(OriaMeeting m, OutputStream out) throws XMLStreamException {
        List<Problem> problems = m.problems();
        if (!problems.isEmpty()) {
            return Result.rejected(problems);
        }
        String vergaderingId = "vergadering-" + m.id();
        try (IndentingXml x = new IndentingXml(out)) {
            x.root("ORI-A", NAMESPACE);
            x.start("vergadering");
            x.leaf("ID", vergaderingId);
            x.leaf("naam", m.naam());
            x.leaf("datum", m.datum());
            if (MdtoWriter.present(m.gremium())) {
                x.start("georganiseerdDoorGremium");
                x.leaf("naam", m.gremium());
                x.end();
            }
            x.leaf("status", "Gehouden");
            x.end();

            for (OriaMeeting.AgendaItem item : m.agendapunten()) {
                x.start("agendapunt");
                x.leaf("ID", "agendapunt-" + item.id());
                x.leaf("naam", item.naam());
                x.leaf("volgnummer", item.volgnummer());
                x.leaf("omschrijving", item.omschrijving());
                verwijzing(x, "wordtBehandeldTijdens", vergaderingId, m.naam());
                if (item.recordIdentification() != null) {
                    informatieobject(x, "heeftAlsBijlage", "Besluit", item.recordIdentification(), item.naam());
                }
                x.end();
            }
            for (OriaMeeting.AgendaItem item : m.agendapunten()) {
                OriaMeeting.Vote v = item.stemming();
                if (v == null) {
                    continue;
                }
                x.start("stemming");
                x.leaf("ID", "stemming-" + v.id());
                x.leaf("type", "Hoofdelijk");
                x.leaf("resultaatMondelingeStemming", v.passed() ? "Voor" : "Tegen");
                verwijzing(x, "leidtTotBesluit", "besluit-" + v.id(), null);
                verwijzing(x, "heeftBetrekkingOpAgendapunt", "agendapunt-" + item.id(), item.naam());
                if (item.recordIdentification() != null) {
                    informatieobject(x, "heeftBetrekkingOpBesluitvormingsstuk", "Besluit", item.recordIdentification(), item.naam());
                }
                x.end();
            }
            for (OriaMeeting.AgendaItem item : m.agendapunten()) {
                OriaMeeting.Vote v = item.stemming();
                if (v == null) {
                    continue;
                }
                x.start("besluit");
                x.leaf("ID", "besluit-" + v.id());
                x.leaf("resultaat", v.resultaat().label);
                x.leaf("toelichting", v.toelichting());
                x.end();
            }
            Map<String, OriaMeeting.Member> members = new LinkedHashMap<>();
            m.leden().forEach(member -> members.put(member.id(), member));
            for (OriaMeeting.PartyGroup g : m.fracties()) {
                x.start("fractie");
                x.leaf("ID", "fractie-" + g.id());
                x.leaf("naam", g.naam());
                if (MdtoWriter.present(g.gemeente())) {
                    begrip(x, "overheidsorgaan", g.gemeente(), GEMEENTEN, "Register gemeenten compleet");
                }
                for (OriaMeeting.AgendaItem item : m.agendapunten()) {
                    if (item.stemming() == null) {
                        continue;
                    }
                    String result = groupResult(g, item.stemming(), members);
                    if (result != null) {
                        x.start("neemtDeelAanStemming");
                        x.leaf("fractieStemresultaat", result);
                        verwijzing(x, "verwijzingStemming", "stemming-" + item.stemming().id(), null);
                        x.end();
                    }
                }
                x.end();
            }
            for (OriaMeeting.Member member : m.leden()) {
                x.start("aanwezigeDeelnemer");
                x.leaf("ID", "deelnemer-" + member.id());
                x.leaf("organisatie", groupName(m, member.fractieId()));
                verwijzing(x, "neemtDeelAanVergadering", vergaderingId, m.naam());
                x.start("isNatuurlijkPersoon");
                x.leaf("ID", "persoon-" + member.id());
                x.start("naam");
                x.leaf("achternaam", MdtoWriter.present(member.achternaam()) ? member.achternaam()
                        : "Fractiespecialist " + groupName(m, member.fractieId()));
                x.leaf("volledigeNaam", member.volledigeNaam());
                x.end();
                x.start("isLidVanFractie");
                verwijzing(x, "verwijzingFractie", "fractie-" + member.fractieId(), groupName(m, member.fractieId()));
                x.end();
                x.end();
                for (OriaMeeting.AgendaItem item : m.agendapunten()) {
                    if (item.stemming() == null) {
                        continue;
                    }
                    for (OriaMeeting.Ballot b : item.stemming().stemmen()) {
                        if (b.memberId().equals(member.id())) {
                            x.start("neemtDeelAanStemming");
                            x.leaf("keuzeStemming", b.keuze().label);
                            verwijzing(x, "gegevenOpStemming", "stemming-" + item.stemming().id(), null);
                            x.end();
                        }
                    }
                }
                x.end();
            }
        }
        return Result.ok(null);
    }

    /** How a party group voted as a whole: null when none of its members voted. */
    static String groupResult(OriaMeeting.PartyGroup g, OriaMeeting.Vote v, Map<String, OriaMeeting.Member> members) {
        List<OriaMeeting.Keuze> choices = new ArrayList<>();
        for (OriaMeeting.Ballot b : v.stemmen()) {
            OriaMeeting.Member member = members.get(b.memberId());
            if (member != null && member.fractieId().equals(g.id()) && b.keuze() != OriaMeeting.Keuze.AFWEZIG) {
                choices.add(b.keuze());
            }
        }
        if (choices.isEmpty()) {
            return null;
        }
        if (choices.stream().allMatch(c -> c == OriaMeeting.Keuze.VOOR)) {
            return "Aangenomen";
        }
        if (choices.stream().allMatch(c -> c == OriaMeeting.Keuze.TEGEN)) {
            return "Verworpen";
        }
        return "Verdeeld";
    }

    private static String groupName(OriaMeeting m, String groupId) {
        return m.fracties().stream().filter(g -> g.id().equals(groupId)).map(OriaMeeting.PartyGroup::naam).findFirst().orElse(groupId);
    }

    private static void verwijzing(IndentingXml x, String element, String id, String naam) throws XMLStreamException {
        x.start(element);
        x.leaf("verwijzingID", id);
        x.leaf("verwijzingNaam", naam);
        x.end();
    }

    private static void begrip(IndentingXml x, String element, String label, String listId, String listName) throws XMLStreamException {
        x.start(element);
        x.leaf("begripLabel", label);
        verwijzing(x, "verwijzingBegrippenlijst", listId, listName);
        x.end();
    }

    private static void informatieobject(IndentingXml x, String element, String type, String id, String naam) throws XMLStreamException {
        x.start(element);
        begrip(x, "informatieobjectType", type, VERGADERSTUKTYPES, "ORI-A vergaderstuktypes");
        verwijzing(x, "verwijzingInformatieobject", id, naam);
        x.end();
    }
}
