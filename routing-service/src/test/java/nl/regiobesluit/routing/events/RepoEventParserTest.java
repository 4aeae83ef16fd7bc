package nl.regiobesluit.routing.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.regiobesluit.routing.testsupport.AlfrescoSimulator;
import nl.regiobesluit.routing.testsupport.RepoEvents;
import org.junit.jupiter.api.Test;

/** The parser reads Alfresco's own published event samples, and names what is wrong with a bad one. */
class RepoEventParserTest {

    private final RepoEventParser parser = new RepoEventParser();

    private static Path samples() {
        String root = System.getProperty("regio.repo.root");
        return root == null ? null : Path.of(root, "..", "shared", "reference", "alfresco", "events").normalize();
    }

    @Test
    void everyPublishedAlfrescoEventSampleParses() throws Exception {
        Path dir = samples();
        assumeTrue(dir != null && Files.isDirectory(dir), "Alfresco's event samples are not present here");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(f -> f.toString().endsWith(".json")).toList();
        }
        assertThat(files).isNotEmpty();
        for (Path f : files) {
            RepoEvent e = parser.parse(Files.readString(f));
            assertThat(e.type()).as(f.toString()).startsWith("org.alfresco.event.");
        }
    }

    @Test
    void anUpdatedSampleKeepsOnlyWhatChangedInBefore() throws Exception {
        Path dir = samples();
        assumeTrue(dir != null && Files.isRegularFile(dir.resolve("docs_node.Updated.json")), "sample not present");
        RepoEvent e = parser.parse(Files.readString(dir.resolve("docs_node.Updated.json")));
        assertThat(e.node().nodeType()).isEqualTo("cm:content");
        assertThat(e.node().modifiedBy()).isEqualTo("admin");
        assertThat(e.before().properties()).containsOnlyKeys("cm:title", "cm:taggable", "cm:description");
        assertThat(e.before().properties().get("cm:title")).isNull();
    }

    @Test
    void theTestFixturesHaveTheShapeOfAlfrescosEvents() {
        AlfrescoSimulator sim = new AlfrescoSimulator();
        sim.reset();
        sim.addFolder("f", "F", null);
        var n = sim.addNode("f", "x.pdf", "rb:proposal", "someone", List.of("rb:routed"), java.util.Map.of("rb:routeStatus", "DRAFT"));
        RepoEvent e = parser.parse(new RepoEvents(sim).nodeCreated(n.id()));
        assertThat(e.node().properties()).doesNotContainKeys("cm:name", "cm:created", "cm:modified");
        assertThat(e.node().primaryHierarchy()).containsExactly("f", AlfrescoSimulator.ROOT_ID);
    }

    /** A node.Created as Alfresco sends it (envelope fields the schema requires), with {@code resource} spliced in. */
    static String created(String resource) {
        return "{\"specversion\":\"1.0\",\"type\":\"org.alfresco.event.node.Created\",\"id\":\"e1\",\"source\":\"/s\","
                + "\"time\":\"2026-12-03T18:47:06.539Z\",\"dataschema\":\"https://api.alfresco.com/schema/event/repo/v1/nodeCreated\","
                + "\"datacontenttype\":\"application/json\",\"data\":{\"eventGroupId\":\"g1\",\"resource\":" + resource + "}}";
    }

    static String node(String extra) {
        return "{\"@type\":\"NodeResource\",\"id\":\"n1\",\"nodeType\":\"rb:advice\",\"modifiedByUser\":{\"id\":\"griffier\"}"
                + (extra.isEmpty() ? "" : "," + extra) + "}";
    }

    private void refused(String json, String... reasonParts) {
        assertThatThrownBy(() -> parser.parse(json)).isInstanceOf(MalformedEventException.class)
                .satisfies(e -> assertThat(e.getMessage()).contains(reasonParts).doesNotContain("\n").hasSizeLessThanOrEqualTo(300));
    }

    @Test
    void aWellFormedEventParsesWithItsValuesExactlyAsGiven() {
        RepoEvent e = parser.parse(created(node("\"aspectNames\":[\"rb:votes\"],\"properties\":{\"rb:votesYes\":[\"Leiden/D66\"],"
                + "\"x:share\":1.50,\"x:big\":123456789012345678901234567890,\"cm:expiryDate\":null,\"rb:resultPassed\":true}")));
        assertThat(e.node().modifiedBy()).isEqualTo("griffier");
        assertThat(e.node().aspectNames()).containsExactly("rb:votes");
        assertThat(e.node().properties()).containsEntry("rb:votesYes", List.of("Leiden/D66"))
                .containsEntry("x:share", new java.math.BigDecimal("1.50"))
                .containsEntry("x:big", new java.math.BigInteger("123456789012345678901234567890"))
                .containsEntry("cm:expiryDate", null).containsEntry("rb:resultPassed", true);
    }

    @Test
    void aBadEventIsRefusedWithAReasonNamingTheProblem() {
        refused("", "empty");
        refused("[1]", "not a JSON object");
        refused("{\"id\":\"e1\",\"type\":\"org.alfresco.event.node.Created\",\"specversion\":\"1.0\"}", "'source'", "is missing");
        refused(created(node("")).replace("org.alfresco.event.node.Created", "com.example.Other"), "not an Alfresco repository event");
        refused(created(node("\"properties\":[1]")), "data.resource.properties", "must be an object, not a list");
        refused(created("{\"nodeType\":\"rb:advice\"}"), "data.resource.id", "is missing");
    }

    @Test
    void aValueOfTheWrongTypeIsRefusedNotCoerced() {
        refused(created(node("")).replace("\"specversion\":\"1.0\"", "\"specversion\":1.0"), "specversion", "must be text, not a number (1.0)");
        refused(created(node("")).replace("\"id\":\"griffier\"", "\"id\":42"), "data.resource.modifiedByUser.id", "must be text, not a number (42)");
        refused(created(node("\"aspectNames\":[\"rb:votes\",7]")), "data.resource.aspectNames[1]", "must be text, not a number (7)");
        refused(created(node("\"aspectNames\":\"rb:votes\"")), "data.resource.aspectNames", "must be a list of texts, not text");
        refused(created(node("\"isFile\":\"true\"")), "data.resource.isFile", "must be true or false, not text");
        refused(created(node("\"primaryHierarchy\":[null]")), "data.resource.primaryHierarchy[0]", "not null");
        refused(created(node("\"properties\":{\"rb:finalized\":\"true\"}")), "data.resource.properties.rb:finalized", "must be true or false, not text");
        refused(created(node("\"properties\":{\"rb:routeStatus\":1}")), "data.resource.properties.rb:routeStatus", "must be text");
        refused(created(node("\"modifiedAt\":\"gisteren\"")), "data.resource.modifiedAt", "is not a date and time");
        refused(created(node("\"content\":{\"sizeInBytes\":-1}")), "data.resource.content.sizeInBytes", "a whole number of 0 or more");
    }

    @Test
    void anAmbiguousDocumentIsRefused() {
        refused(created(node("")) + "{\"id\":\"second\"}", "not JSON", "Trailing token");
        refused(created(node("\"nodeType\":\"rb:proposal\"")), "not JSON", "Duplicate field 'nodeType'");
    }

    @Test
    void anUpdateWithoutWhatItChangedIsRefused() {
        refused(created(node("")).replace("node.Created", "node.Updated"), "data.resourceBefore", "is missing");
    }

    @Test
    void aPeerAssociationNamesItsEndsAsTheSchemaSays() {
        String assoc = created("{\"@type\":\"PeerAssociationResource\",\"assocType\":\"rb:proposalAdvice\",\"source\":{\"id\":\"p\"},\"target\":{\"id\":\"a\"}}")
                .replace("node.Created", "assoc.peer.Created");
        RepoEvent e = parser.parse(assoc);
        assertThat(e.peerAssoc()).isEqualTo(new RepoEvent.PeerAssoc("rb:proposalAdvice", "p", "a"));
        refused(assoc.replace("{\"id\":\"a\"}", "\"a\""), "data.resource.target", "must be an object, not text");
    }
}
