package nl.regiobesluit.e2e;

import static nl.regiobesluit.e2e.Harness.*;
import static nl.regiobesluit.model.RbModel.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import nl.regiobesluit.cli.RegioCommand;
import nl.regiobesluit.routing.testsupport.AlfrescoSimulator;
import nl.regiobesluit.routing.testsupport.SimNode;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * What archivists and evaluators do with the records the scenarios leave: evaluate the six scenarios' decision records
 * through Alfresco's search API ({@code ./regio evaluate --alfresco}), finalize a record (the service completes
 * {@code rb:archival} and locks it), and export it to MDTO ({@code ./regio records export}). The repository state is
 * the scenarios' own ({@link ScenarioImport}); the commands talk to the simulated Alfresco over HTTP.
 */
@Order(2)
@SimulatorOnly("it puts the scenarios' final state into the simulated repository and finalizes a record there; against a real "
        + "Alfresco run ./regio records export and ./regio evaluate --alfresco $ACS_URL on the records the scenarios left")
class ArchivistsTest extends E2eTestSupport {

    private static final List<String> SIX = List.of("woningbouw-2014", "deadline-2014", "subset-zonder-voorschoten",
            "licht-unanimiteit", "regioraad-besluit", "samengestelde-gemeente");

    @Test
    void theEvaluationOfTheSixScenariosCountsWhatTheirRoutesRecorded(@TempDir Path dir) throws Exception {
        for (String scenario : SIX) {
            ScenarioImport.load(scenario);
        }

        Run r = regio("evaluate", "--alfresco", ALFRESCO.baseUrl(), "--user", REGIOGRIFFIER, "--from", "2014-09-01",
                "--to", "2014-12-31", "--out", dir.resolve("evaluatie.html").toString());

        assertThat(r.code).as(r.err).isZero();
        assertThat(r.out).contains("(6 van 6 besluiten / records)").doesNotContain("overgeslagen");
        String html = Files.readString(dir.resolve("evaluatie.html"));
        // Lead times 21, 28, 29, 42, 52 and 80 days (regioraad, samengesteld, licht, subset, woningbouw, deadline):
        // five within two months; mean 252/6 = 42.
        assertThat(html).contains("<div class=\"value\">5 van 6 (83,3%)</div><div>Binnen de termijn van twee maanden")
                .contains("gemiddeld 42,0 dagen, kortste 21, langste 80 dagen")
                // a regional body deliberated in four routes (three regiocommissie, one regioraad), and voted in each
                .contains("<div class=\"value\">0 van 4 (0,0%)</div><div>Consensus zonder stemming")
                // regioraad, samengestelde gemeente and the subset without Voorschoten ended in a regional decision
                .contains("<div class=\"value\">3 van 6 (50,0%)</div><div>Regionaal besluit tot stand gekomen")
                // Voorschoten deviated from the advice twice (woningbouw, deadline); neither was accounted for yet
                .contains("<div class=\"value\">0 van 2 (0,0%)</div><div>Afwijkingen van het advies die de raad verantwoordde")
                // five weighted votes; only in the subset could Leiden pass it alone
                .contains("<div class=\"value\">1 van 5 (20,0%)</div><div>Eén gemeente doorslaggevend")
                .contains("Leiden 1×")
                // Voorschoten: rejected woningbouw, deadline and licht; two deviations, none accounted for
                .contains("<tr><td>Voorschoten</td><td class=\"num\">0</td><td class=\"num\">0</td><td class=\"num\">3</td><td class=\"num\">0</td><td class=\"num\">2</td><td class=\"num\">0</td></tr>")
                // Leiden adopted in all five routes it was asked in
                .contains("<tr><td>Leiden</td><td class=\"num\">5</td><td class=\"num\">0</td><td class=\"num\">0</td><td class=\"num\">0</td><td class=\"num\">0</td><td class=\"num\">0</td></tr>")
                // scheme A at 70% of all members: woningbouw, deadline and regioraad; Leiden's Banzhaf power in each
                .contains("Weging A, ten minste 70% van alle leden <span class=\"en\">Weighting A, at least 70% of all members; 3 stemmingen / votes</span>")
                .contains("<td class=\"num\" title=\"exact 310175935/556115031\">55,8%</td>")
                // the subset's vote at 60% over four municipalities
                .contains("<td class=\"num\" title=\"exact 6449329/9367265\">68,8%</td>");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.filter(p -> p.toString().endsWith(".png")).count()).isGreaterThanOrEqualTo(3);
        }

        // Voorschoten's half-yearly dashboard: the routes it took part in (all but the subset and Leiden's own council)
        Run voorschoten = regio("evaluate", "--alfresco", ALFRESCO.baseUrl(), "--user", REGIOGRIFFIER, "--from", "2014-09-01",
                "--to", "2015-02-28", "--municipality", "Voorschoten", "--out", dir.resolve("voorschoten.html").toString());
        assertThat(voorschoten.out).contains("(4 van 4 besluiten / records)");
        assertThat(Files.readString(dir.resolve("voorschoten.html"))).contains("besluiten waaraan Voorschoten deelnam")
                .contains("<div class=\"value\">1 van 4 (25,0%)</div><div>Regionaal besluit tot stand gekomen");
    }

    @Test
    void aFinalizedRecordIsLockedRefusesChangeAndExportsToValidMdtoWithTheChecksumOfItsFile(@TempDir Path dir) throws Exception {
        SimNode record = ScenarioImport.load("woningbouw-2014").decisionRecord();
        byte[] pdf = ("%PDF-1.7\n% Besluit regionale woningbouwafspraken 2014, getekend door de voorzitter\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
        ALFRESCO.setContent(record.id(), pdf, "application/pdf", REGIOGRIFFIER);

        // The archivist marks the record final on day 90; the service completes rb:archival and locks the record.
        setDay(90);
        publishAndWait(EVENTS.nodeUpdated(record.id(), ALFRESCO.edit(record.id(), ARCHIVIST, Map.of(PROP_FINALIZED, true))));
        SimNode finalized = ALFRESCO.node(record.id());
        // rb:finalizedOn is a d:datetime: Alfresco keeps the day as its midnight (UTC) and returns it so.
        assertThat(finalized.property(PROP_FINALIZED_ON)).isEqualTo("2014-11-30T00:00:00.000+0000");
        assertThat(finalized.property(PROP_WAARDERING)).isEqualTo(WAARDERING_BLIJVEND_TE_BEWAREN);
        assertThat(finalized.aspectNames()).contains(ASPECT_ARCHIVAL, "cm:lockable");
        String identification = (String) finalized.property(PROP_ARCHIVE_IDENTIFICATION);
        assertThat(identification).isNotBlank();

        String before = ALFRESCO.snapshot();
        assertThat(putAsGriffier(record.id(), "{\"properties\":{\"rb:recordOutcome\":\"REGIONAL_DECISION_TAKEN\"}}").statusCode()).isEqualTo(409);
        assertThat(ALFRESCO.snapshot()).isEqualTo(before);

        Path out = dir.resolve("export");
        Run export = regio("records", "export", "--alfresco", ALFRESCO.baseUrl(), "--user", REGIOGRIFFIER,
                "--municipality", "Voorschoten", "--out", out.toString());

        assertThat(export.code).as(export.out + export.err).isZero();
        assertThat(export.out).contains("klaar / done: 1 geschreven / written, 0 al klaar / already done, 0 niet geëxporteerd");
        Path folder;
        try (Stream<Path> dirs = Files.list(out)) {
            folder = dirs.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        Path informatieobject;
        try (Stream<Path> xml = Files.list(folder)) {
            informatieobject = xml.filter(p -> p.getFileName().toString().endsWith(".mdto.xml")
                    && !p.getFileName().toString().endsWith(".pdf.mdto.xml") && !p.getFileName().toString().contains(".regiobesluit.")).findFirst().orElseThrow();
        }
        Path file = folder.resolve(record.name());
        assertThat(file).hasBinaryContent(pdf);
        Path bestand = folder.resolve(record.name() + ".mdto.xml");
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        Document b = parse(bestand);
        assertThat(text(b, "checksumWaarde")).isEqualTo(sha256);
        assertThat(text(b, "omvang")).isEqualTo(String.valueOf(pdf.length));
        assertThat(Files.readString(informatieobject)).contains(identification).contains("Voorschoten")
                .doesNotContain("archiefactiedatum").doesNotContain("archiefstatus");
        assertThat(Files.readString(out.resolve("manifest.csv"))).contains(sha256);
        Schema mdto = mdtoSchema();
        if (mdto != null) {
            try (Stream<Path> all = Files.walk(out)) {
                for (Path x : all.filter(p -> p.toString().endsWith(".mdto.xml")).toList()) {
                    mdto.newValidator().validate(new StreamSource(x.toFile()));
                }
            }
        }

        // Run again on the same folder: the record is already done, nothing is written twice.
        Run again = regio("records", "export", "--alfresco", ALFRESCO.baseUrl(), "--user", REGIOGRIFFIER,
                "--municipality", "Voorschoten", "--out", out.toString());
        assertThat(again.out).contains("klaar / done: 0 geschreven / written, 1 al klaar / already done");
    }

    @Test
    void aRecordThatIsNotFinalIsNotExported(@TempDir Path dir) throws Exception {
        ScenarioImport.load("licht-unanimiteit");

        Run export = regio("records", "export", "--alfresco", ALFRESCO.baseUrl(), "--user", REGIOGRIFFIER, "--out", dir.toString());

        assertThat(export.code).isZero();
        assertThat(export.out).contains("klaar / done: 0 geschreven / written");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("manifest.csv");
        }
    }

    // ------------------------------------------------------------------ helpers

    private record Run(int code, String out, String err) {
    }

    private static Run regio(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = RegioCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> putAsGriffier(String nodeId, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(ALFRESCO.baseUrl() + AlfrescoSimulator.CORE + "/nodes/" + nodeId))
                        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((REGIOGRIFFIER + ":" + password(REGIOGRIFFIER)).getBytes(StandardCharsets.UTF_8)))
                        .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** MDTO's schema from ../shared/reference (as in CI); null where it is absent, and then only the schema check is left out. */
    private static Schema mdtoSchema() throws Exception {
        Path xsd = repoRoot().resolve("../shared/reference/archival/MDTO-XML1.0.2.xsd");
        if (!Files.isRegularFile(xsd)) {
            System.err.println("MDTO-XML1.0.2.xsd niet aanwezig / not present at " + xsd + ": schema validation left out");
            return null;
        }
        return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd.toFile());
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(file.toFile());
    }

    private static String text(Document d, String localName) {
        Element e = (Element) d.getElementsByTagNameNS("*", localName).item(0);
        assertThat(e).as(localName).isNotNull();
        return e.getTextContent().trim();
    }
}
