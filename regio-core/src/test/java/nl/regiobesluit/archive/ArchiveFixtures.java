package nl.regiobesluit.archive;

import nl.regiobesluit.ProjectFiles;
import nl.regiobesluit.criteria.RouteIndicators;
import nl.regiobesluit.routing.CooperationModel;
import nl.regiobesluit.routing.CouncilOutcome;
import org.junit.jupiter.api.Assumptions;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/** Records, files and the public schemas for the archive tests. */
final class ArchiveFixtures {

    static final LocalDate FINALIZED_ON = LocalDate.of(2026, 3, 2);
    static final String RESULT_JSON = "{\"version\":\"1\",\"passed\":true,\"yesShare\":\"7/10\"}";

    private ArchiveFixtures() {
    }

    static DecisionRecordSnapshot record(String id, List<RecordFile> files) {
        return new DecisionRecordSnapshot("node-" + id, "besluit-" + id + ".pdf", "Regionale woonagenda " + id,
                "Besluit over de regionale woonagenda", RecordKind.DECISION_RECORD, LocalDate.of(2026, 1, 5),
                LocalDate.of(2026, 2, 27), List.of("Leiden", "Leiderdorp", "Oegstgeest"), "REGIONAL_DECISION_TAKEN",
                List.of(new DecisionRecordSnapshot.CouncilResult("Leiden", CouncilOutcome.ADOPTED, LocalDate.of(2026, 2, 20)),
                        new DecisionRecordSnapshot.CouncilResult("Leiderdorp", CouncilOutcome.ADOPTED_WITH_AMENDMENTS, LocalDate.of(2026, 2, 24)),
                        new DecisionRecordSnapshot.CouncilResult("Oegstgeest", CouncilOutcome.ADOPTED, LocalDate.of(2026, 2, 27))),
                CooperationModel.REGIONAL_COMMITTEE, "WONEN", "RUIMTE_EN_WONEN",
                new DecisionRecordSnapshot.VoteResult("A", "qualified:0.70", true, "7/10", "70.0", "1", "abc123",
                        LocalDate.of(2022, 3, 16), RESULT_JSON),
                new RouteIndicators(53, true, false, 3, 1, 0, 0, 0, 0, 2, null, false),
                new ArchivalValues(id, Waardering.BLIJVEND_TE_BEWAREN, null, "Regionale besluitvorming",
                        "Gemeente Leiden", "Openbaar", true, FINALIZED_ON),
                files);
    }

    static DecisionRecordSnapshot record(String id) {
        return record(id, List.of(pdf("besluit.pdf", 2000 + id.length()), text("toelichting.txt", "Toelichting bij " + id)));
    }

    static DecisionRecordSnapshot destroyable(String id) {
        DecisionRecordSnapshot r = record(id);
        return r.withArchival(new ArchivalValues(id, Waardering.TE_VERNIETIGEN, Period.ofYears(10), "1.2 Voorbereiding",
                "Gemeente Leiden", "Openbaar", true, FINALIZED_ON));
    }

    /** A generated PDF-looking file of {@code size} bytes (header %PDF-1.7), content differs per name and size. */
    static RecordFile pdf(String name, int size) {
        byte[] bytes = new byte[size];
        byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, bytes, 0, Math.min(header.length, size));
        for (int i = header.length; i < size; i++) {
            bytes[i] = (byte) ((i * 31 + name.hashCode()) & 0x7f);
        }
        return new RecordFile(name, "application/pdf", size, () -> new ByteArrayInputStream(bytes));
    }

    static RecordFile text(String name, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new RecordFile(name, "text/plain; charset=UTF-8", bytes.length, () -> new ByteArrayInputStream(bytes));
    }

    static RecordFile unreadable(String name) {
        return new RecordFile(name, "application/pdf", 10, () -> {
            throw new IOException("content store unreachable");
        });
    }

    static Path archivalReference(String file) {
        String root = System.getProperty("regio.repo.root");
        Path base = root != null ? Path.of(root) : ProjectFiles.root();
        return base.resolve("../shared/reference/archival").resolve(file).normalize();
    }

    /** The MDTO 1.0.2 schema, or the test is skipped when the reference copy is not on this machine. */
    static Schema mdtoSchema() {
        Path xsd = archivalReference("MDTO-XML1.0.2.xsd");
        Assumptions.assumeTrue(Files.isRegularFile(xsd), "MDTO-XML1.0.2.xsd niet aanwezig / not present at " + xsd + "; validation skipped");
        try {
            SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            return f.newSchema(xsd.toFile());
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    static void validate(Schema schema, Path file) throws IOException, SAXException {
        schema.newValidator().validate(new StreamSource(file.toFile()));
    }

    static Document parse(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(file.toFile());
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    static List<String> childNames(Element e) {
        List<String> names = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                names.add(c.getLocalName());
            }
        }
        return names;
    }

    static String text(Document d, String localName) {
        var list = d.getElementsByTagNameNS("*", localName);
        return list.getLength() == 0 ? null : list.item(0).getTextContent();
    }
}
