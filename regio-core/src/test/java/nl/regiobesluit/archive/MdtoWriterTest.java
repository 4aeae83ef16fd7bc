package nl.regiobesluit.archive;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import javax.xml.transform.stream.StreamSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static nl.regiobesluit.archive.ArchiveFixtures.childNames;
import static nl.regiobesluit.archive.ArchiveFixtures.mdtoSchema;
import static nl.regiobesluit.archive.ArchiveFixtures.parse;
import static nl.regiobesluit.archive.ArchiveFixtures.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MdtoWriterTest {

    /** The sequence of informatieobjectType in MDTO-XML 1.0.2 (objectType's two elements first). */
    static final List<String> INFORMATIEOBJECT_ORDER = List.of("identificatie", "naam", "aggregatieniveau", "classificatie",
            "trefwoord", "omschrijving", "raadpleeglocatie", "dekkingInTijd", "dekkingInRuimte", "taal", "event", "waardering",
            "bewaartermijn", "informatiecategorie", "isOnderdeelVan", "bevatOnderdeel", "heeftRepresentatie",
            "aanvullendeMetagegevens", "gerelateerdInformatieobject", "archiefvormer", "betrokkene", "activiteit",
            "beperkingGebruik");
    static final List<String> BESTAND_ORDER = List.of("identificatie", "naam", "omvang", "bestandsformaat", "checksum",
            "URLBestand", "isRepresentatieVan");
    /** Names from TMLO and the Open Zaak / ZGW APIs that have no place in MDTO. */
    static final List<String> FOREIGN_NAMES = List.of("archiefactiedatum", "archiefstatus", "archiefnominatie",
            "archiefactietermijn", "vernietigingsdatum", "bewaartermijnEinddatum", "selectielijstklasse");

    private final MdtoWriter writer = new MdtoWriter(MdtoSettings.defaults());

    private byte[] informatieobject(DecisionRecordSnapshot r) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeInformatieobject(r, List.of(new MdtoWriter.FileReference("besluit.pdf", r.archival().archiveIdentification() + "/besluit.pdf")),
                new MdtoWriter.FileReference("x.regiobesluit.xml", r.archival().archiveIdentification() + "/x.regiobesluit.xml"), out);
        return out.toByteArray();
    }

    private byte[] bestand() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeBestand(new MdtoWriter.Bestand("RB-1/besluit.pdf", "besluit.pdf", 2048,
                FileFormat.identify("application/pdf", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)),
                "ab".repeat(32), OffsetDateTime.of(2026, 3, 2, 10, 15, 30, 123, ZoneOffset.ofHours(1)), "Regionale woonagenda", "RB-1"), out);
        return out.toByteArray();
    }

    @Test
    void aFinalizedRecordIsAValidMdtoInformatieobject() throws Exception {
        var schema = mdtoSchema();
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(informatieobject(record("RB-2026-001")))));
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(informatieobject(ArchiveFixtures.destroyable("RB-2026-002")))));
    }

    @Test
    void aFileIsAValidMdtoBestandWithSizeFormatAndChecksum() throws Exception {
        byte[] xml = bestand();
        mdtoSchema().newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
        Document d = parse(xml);
        assertThat(ArchiveFixtures.text(d, "omvang")).isEqualTo("2048");
        assertThat(ArchiveFixtures.text(d, "begripCode")).isEqualTo("fmt/276");
        assertThat(ArchiveFixtures.text(d, "checksumWaarde")).isEqualTo("ab".repeat(32));
        assertThat(ArchiveFixtures.text(d, "checksumDatum")).isEqualTo("2026-03-02T09:15:30Z");
        assertThat(d.getDocumentElement().getNamespaceURI()).isEqualTo("https://www.nationaalarchief.nl/mdto");
    }

    @Test
    void elementsFollowTheOrderOfTheSchema() throws Exception {
        Document io = parse(informatieobject(ArchiveFixtures.destroyable("RB-1")));
        var element = (org.w3c.dom.Element) io.getDocumentElement().getElementsByTagNameNS("*", "informatieobject").item(0);
        assertThat(io.getDocumentElement().getLocalName()).isEqualTo("MDTO");
        assertInOrder(childNames(element), INFORMATIEOBJECT_ORDER);
        Document b = parse(bestand());
        assertInOrder(childNames((org.w3c.dom.Element) b.getDocumentElement().getElementsByTagNameNS("*", "bestand").item(0)), BESTAND_ORDER);
    }

    @Test
    void identificatieNaamWaarderingArchiefvormerAndBeperkingGebruikAreAlwaysPresent() throws Exception {
        Document io = parse(informatieobject(record("RB-1")));
        var names = childNames((org.w3c.dom.Element) io.getElementsByTagNameNS("*", "informatieobject").item(0));
        assertThat(names).contains("identificatie", "naam", "waardering", "archiefvormer", "beperkingGebruik",
                "heeftRepresentatie", "aanvullendeMetagegevens");
        assertThat(ArchiveFixtures.text(io, "identificatieKenmerk")).isEqualTo("RB-1");
        assertThat(ArchiveFixtures.text(io, "naam")).isEqualTo("Regionale woonagenda RB-1");
    }

    @Test
    void aPermanentRecordHasNoBewaartermijnAndADestroyableOneEndsItsTermFromFinalization() throws Exception {
        Document permanent = parse(informatieobject(record("RB-1")));
        assertThat(permanent.getElementsByTagNameNS("*", "bewaartermijn").getLength()).isZero();
        assertThat(new String(informatieobject(record("RB-1")), StandardCharsets.UTF_8)).contains("<begripLabel>Blijvend te bewaren</begripLabel>");
        Document destroyable = parse(informatieobject(ArchiveFixtures.destroyable("RB-2")));
        assertThat(ArchiveFixtures.text(destroyable, "termijnLooptijd")).isEqualTo("P10Y");
        assertThat(ArchiveFixtures.text(destroyable, "termijnStartdatumLooptijd")).isEqualTo("2026-03-02");
        assertThat(ArchiveFixtures.text(destroyable, "termijnEinddatum")).isEqualTo("2036-03-02");
        assertThat(new String(informatieobject(ArchiveFixtures.destroyable("RB-2")), StandardCharsets.UTF_8))
                .contains("<begripCode>1.2</begripCode>", "<begripLabel>Voorbereiding</begripLabel>");
    }

    @Test
    void noTmloOrOpenZaakNamesAppearInMdto() throws Exception {
        String xml = new String(informatieobject(ArchiveFixtures.destroyable("RB-1")), StandardCharsets.UTF_8)
                + new String(bestand(), StandardCharsets.UTF_8);
        for (String name : FOREIGN_NAMES) {
            assertThat(xml).doesNotContainIgnoringCase(name);
        }
    }

    @Test
    void charactersXmlCannotCarryAreDroppedSoTheDocumentStaysValid() throws Exception {
        DecisionRecordSnapshot r = record("RB-1");
        DecisionRecordSnapshot odd = new DecisionRecordSnapshot(r.nodeId(), r.name(), "Titel met \u0001stuurteken & <haken>",
                "Omschrijving \u0000", r.kind(), r.submittedOn(), r.decidedOn(), r.municipalities(), r.outcome(), r.councils(),
                r.cooperationModel(), r.ambition(), r.policyDomain(), r.voteResult(), r.indicators(), r.archival(), r.files());
        byte[] xml = informatieobject(odd);
        mdtoSchema().newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
        assertThat(ArchiveFixtures.text(parse(xml), "naam")).isEqualTo("Titel met stuurteken & <haken>");
    }

    @Test
    void aRecordWithoutIdentificationIsABugForTheWriterBecauseTheExportChecksFirst() {
        DecisionRecordSnapshot r = record("RB-1").withArchival(record("RB-1").archival().withIdentification(null));
        assertThat(RecordCheck.problems(r)).extracting(p -> p.field()).contains("rb:archiveIdentification");
        assertThatThrownBy(() -> informatieobject(r)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertInOrder(List<String> actual, List<String> order) {
        List<Integer> positions = new ArrayList<>();
        for (String name : actual) {
            assertThat(order).as("element %s is in the schema", name).contains(name);
            positions.add(order.indexOf(name));
        }
        assertThat(positions).as("elements %s follow the schema's order", actual).isSorted();
    }
}
