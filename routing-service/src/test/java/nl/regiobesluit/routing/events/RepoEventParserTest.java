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

    @Test
    void aBadEventIsRefusedWithAReasonNamingTheProblem() {
        assertThatThrownBy(() -> parser.parse("")).isInstanceOf(MalformedEventException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> parser.parse("[1]")).hasMessageContaining("not a JSON object");
        assertThatThrownBy(() -> parser.parse("{\"id\":\"e1\",\"type\":\"org.alfresco.event.node.Created\",\"specversion\":\"1.0\"}"))
                .hasMessageContaining("data.resource is missing");
        assertThatThrownBy(() -> parser.parse("{\"id\":\"e1\",\"type\":\"com.example.Other\",\"specversion\":\"1.0\",\"data\":{\"resource\":{}}}"))
                .hasMessageContaining("not an Alfresco repository event");
        assertThatThrownBy(() -> parser.parse("{\"id\":\"e1\",\"type\":\"org.alfresco.event.node.Created\",\"specversion\":\"1.0\","
                + "\"data\":{\"resource\":{\"id\":\"n\",\"nodeType\":\"cm:content\",\"properties\":[1]}}}"))
                .hasMessageContaining("'properties' must be an object");
    }
}
