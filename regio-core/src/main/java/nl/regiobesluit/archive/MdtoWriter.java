package nl.regiobesluit.archive;

import nl.regiobesluit.routing.CouncilOutcome;

import javax.xml.stream.XMLStreamException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * Writes MDTO (namespace {@value #NAMESPACE}, schema MDTO-XML 1.0.2): one {@code <MDTO>} per information object and
 * one per file, elements in the order of the schema's sequences. Only MDTO's own element names appear: no TMLO or
 * Open Zaak names (archiefactiedatum, archiefstatus, archiefnominatie …) — the end of a bewaartermijn is
 * {@code termijnEinddatum}.
 *
 * <p>Mapping of a decision record (see also the regio-core README):
 * <ul>
 * <li>identificatie: rb:archiveIdentification (bron from {@link MdtoSettings}), and the Alfresco node id;</li>
 * <li>naam: cm:title, else cm:name; aggregatieniveau: Archiefstuk;</li>
 * <li>classificatie: rb:ambition and rb:policyDomain; trefwoord: rb:cooperationModel and rb:recordOutcome;</li>
 * <li>omschrijving: cm:description, and a Dutch summary of the outcome per council;</li>
 * <li>dekkingInTijd: from rb:submittedOn to rb:decidedOn; dekkingInRuimte: rb:recordMunicipalities; taal: nl;</li>
 * <li>event Bevriezing at rb:finalizedOn;</li>
 * <li>waardering: rb:waardering; bewaartermijn: rb:bewaartermijn from rb:finalizedOn (trigger Bevriezing), with its
 * end date; informatiecategorie: rb:informatiecategorie;</li>
 * <li>heeftRepresentatie: each file; aanvullendeMetagegevens: the record's {@code .regiobesluit.xml} (vote result,
 * indicators, council outcomes);</li>
 * <li>archiefvormer: rb:archiefvormer; betrokkene: each participating council;
 * beperkingGebruik: rb:beperkingGebruik.</li>
 * </ul>
 */
public final class MdtoWriter {

    public static final String NAMESPACE = "https://www.nationaalarchief.nl/mdto";

    /** Always with seconds: OffsetDateTime.toString() leaves them out when zero, and xsd:dateTime requires them. */
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    static final String AGGREGATIENIVEAUS = "Begrippenlijst Aggregatieniveaus MDTO";
    static final String WAARDERINGEN = "Begrippenlijst Waarderingen MDTO";
    static final String EVENTTYPEN = "Begrippenlijst EventTypeLijst MDTO";
    static final String CHECKSUMALGORITMEN = "Begrippenlijst ChecksumAlgoritme MDTO";
    static final String AMBITIES = "Regiobesluit ambities regionale visie";
    static final String BELEIDSTERREINEN = "Regiobesluit beleidsterreinen";
    static final String DEKKING_IN_TIJD = "Regiobesluit dekking in tijd";
    static final String BETROKKENHEDEN = "Regiobesluit betrokkenheden";

    /** A reference from the information object to one of its files. */
    public record FileReference(String naam, String kenmerk) {
    }

    /** Everything a {@code bestand} says; {@code objectNaam}/{@code objectKenmerk} name the information object it represents. */
    public record Bestand(String kenmerk, String naam, long omvang, FileFormat format, String sha256,
                          OffsetDateTime checksumDatum, String objectNaam, String objectKenmerk) {
    }

    private final MdtoSettings settings;

    public MdtoWriter(MdtoSettings settings) {
        this.settings = Objects.requireNonNull(settings);
    }

    /**
     * Writes the record as an informatieobject. The record must have passed {@link RecordCheck}: a missing required
     * value here is a bug, not bad input.
     */
    public void writeInformatieobject(DecisionRecordSnapshot r, List<FileReference> representaties, FileReference aanvullend,
                                      OutputStream out) throws XMLStreamException {
        ArchivalValues a = r.archival();
        require(a.archiveIdentification(), "rb:archiveIdentification");
        require(a.archiefvormer(), "rb:archiefvormer");
        require(a.beperkingGebruik(), "rb:beperkingGebruik");
        Objects.requireNonNull(a.waardering(), "rb:waardering");
        try (IndentingXml x = new IndentingXml(out)) {
            x.root("MDTO", NAMESPACE);
            x.start("informatieobject");
            identificatie(x, "identificatie", a.archiveIdentification(), settings.identificatieBron());
            if (present(r.nodeId())) {
                identificatie(x, "identificatie", r.nodeId(), settings.nodeIdBron());
            }
            x.leaf("naam", r.displayName());
            begrip(x, "aggregatieniveau", "Archiefstuk", null, AGGREGATIENIVEAUS);
            if (present(r.ambition())) {
                begrip(x, "classificatie", r.ambition(), null, AMBITIES);
            }
            if (present(r.policyDomain())) {
                begrip(x, "classificatie", r.policyDomain(), null, BELEIDSTERREINEN);
            }
            if (r.cooperationModel() != null) {
                x.leaf("trefwoord", r.cooperationModel().name());
            }
            if (present(r.outcome())) {
                x.leaf("trefwoord", r.outcome());
            }
            if (present(r.description())) {
                x.leaf("omschrijving", r.description());
            }
            String summary = summary(r);
            if (summary != null) {
                x.leaf("omschrijving", summary);
            }
            LocalDate begin = r.submittedOn() != null ? r.submittedOn() : r.decidedOn();
            if (begin != null) {
                x.start("dekkingInTijd");
                begrip(x, "dekkingInTijdType", r.submittedOn() != null ? "Looptijd besluitvorming" : "Besluitdatum", null, DEKKING_IN_TIJD);
                x.leaf("dekkingInTijdBegindatum", begin);
                if (r.submittedOn() != null && r.decidedOn() != null) {
                    x.leaf("dekkingInTijdEinddatum", r.decidedOn());
                }
                x.end();
            }
            for (String municipality : r.municipalities()) {
                if (present(municipality)) {
                    verwijzing(x, "dekkingInRuimte", municipality, null, null);
                }
            }
            x.leaf("taal", "nl");
            if (a.finalizedOn() != null) {
                x.start("event");
                begrip(x, "eventType", "Bevriezing", null, EVENTTYPEN);
                x.leaf("eventTijd", a.finalizedOn());
                x.end();
            }
            begrip(x, "waardering", a.waardering().mdtoLabel(), a.waardering().mdtoCode(), WAARDERINGEN);
            if (a.bewaartermijn() != null) {
                x.start("bewaartermijn");
                if (a.finalizedOn() != null) {
                    begrip(x, "termijnTriggerStartLooptijd", "Bevriezing", null, EVENTTYPEN);
                    x.leaf("termijnStartdatumLooptijd", a.finalizedOn());
                }
                x.leaf("termijnLooptijd", a.bewaartermijn().toString());
                if (a.finalizedOn() != null) {
                    x.leaf("termijnEinddatum", a.finalizedOn().plus(a.bewaartermijn()));
                }
                x.end();
            }
            if (present(a.informatiecategorie())) {
                SelectionListCategory c = SelectionListCategory.fromPropertyValue(a.informatiecategorie(), settings.selectielijst());
                begrip(x, "informatiecategorie", c.label(), c.code(), c.list());
            }
            for (FileReference f : representaties) {
                verwijzing(x, "heeftRepresentatie", f.naam(), f.kenmerk(), settings.identificatieBron());
            }
            if (aanvullend != null) {
                verwijzing(x, "aanvullendeMetagegevens", aanvullend.naam(), aanvullend.kenmerk(), settings.identificatieBron());
            }
            verwijzing(x, "archiefvormer", a.archiefvormer(), null, null);
            for (DecisionRecordSnapshot.CouncilResult c : r.councils()) {
                if (!present(c.municipality())) {
                    continue;
                }
                x.start("betrokkene");
                begrip(x, "betrokkeneTypeRelatie", "Besluitvormend orgaan", null, BETROKKENHEDEN);
                verwijzing(x, "betrokkeneActor", "Gemeenteraad " + c.municipality(), null, null);
                x.end();
            }
            x.start("beperkingGebruik");
            begrip(x, "beperkingGebruikType", a.beperkingGebruik(), null, settings.beperkingGebruikLijst());
            x.end();
        }
    }

    /** Writes one file as a bestand. */
    public void writeBestand(Bestand b, OutputStream out) throws XMLStreamException {
        try (IndentingXml x = new IndentingXml(out)) {
            x.root("MDTO", NAMESPACE);
            x.start("bestand");
            identificatie(x, "identificatie", b.kenmerk(), settings.identificatieBron());
            x.leaf("naam", b.naam());
            x.leaf("omvang", b.omvang());
            begrip(x, "bestandsformaat", b.format().label(), b.format().code(), b.format().list());
            x.start("checksum");
            begrip(x, "checksumAlgoritme", "SHA-256", null, CHECKSUMALGORITMEN);
            x.leaf("checksumWaarde", b.sha256());
            x.leaf("checksumDatum", DATE_TIME.format(b.checksumDatum().withOffsetSameInstant(ZoneOffset.UTC)));
            x.end();
            verwijzing(x, "isRepresentatieVan", b.objectNaam(), b.objectKenmerk(), settings.identificatieBron());
        }
    }

    private static String summary(DecisionRecordSnapshot r) {
        if (r.councils().isEmpty() && !present(r.outcome())) {
            return null;
        }
        StringJoiner councils = new StringJoiner("; ");
        for (DecisionRecordSnapshot.CouncilResult c : r.councils()) {
            councils.add(c.municipality() + ": " + dutch(c.outcome()) + (c.decidedOn() == null ? "" : " (" + c.decidedOn() + ")"));
        }
        String outcome = "REGIONAL_DECISION_TAKEN".equals(r.outcome()) ? "regionaal besluit genomen"
                : "NO_REGIONAL_DECISION".equals(r.outcome()) ? "geen regionaal besluit" : r.outcome();
        return "Uitkomst: " + (outcome == null ? "onbekend" : outcome)
                + (r.councils().isEmpty() ? "" : ". Raadsbesluiten: " + councils) + ".";
    }

    private static String dutch(CouncilOutcome o) {
        if (o == null) {
            return "onbekend";
        }
        return switch (o) {
            case PENDING -> "nog niet besloten";
            case ADOPTED -> "aangenomen";
            case ADOPTED_WITH_AMENDMENTS -> "geamendeerd aangenomen";
            case REJECTED -> "verworpen";
            case POSTPONED -> "aangehouden";
        };
    }

    private static void identificatie(IndentingXml x, String element, String kenmerk, String bron) throws XMLStreamException {
        x.start(element);
        x.leaf("identificatieKenmerk", kenmerk);
        x.leaf("identificatieBron", bron);
        x.end();
    }

    private static void verwijzing(IndentingXml x, String element, String naam, String kenmerk, String bron) throws XMLStreamException {
        x.start(element);
        x.leaf("verwijzingNaam", naam);
        if (kenmerk != null) {
            identificatie(x, "verwijzingIdentificatie", kenmerk, bron);
        }
        x.end();
    }

    private static void begrip(IndentingXml x, String element, String label, String code, String list) throws XMLStreamException {
        x.start(element);
        x.leaf("begripLabel", label);
        if (present(code)) {
            x.leaf("begripCode", code);
        }
        verwijzing(x, "begripBegrippenlijst", list, null, null);
        x.end();
    }

    private static void require(String value, String field) {
        if (!present(value)) {
            throw new IllegalArgumentException(field + " is required; check the record with RecordCheck first");
        }
    }

    static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
