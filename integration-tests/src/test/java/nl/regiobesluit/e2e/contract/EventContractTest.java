package nl.regiobesluit.e2e.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.regiobesluit.routing.testsupport.AlfrescoSimulator;
import nl.regiobesluit.routing.testsupport.RepoEvents;
import nl.regiobesluit.routing.testsupport.SimNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The event check itself: Alfresco's own samples and the fixtures pass; a broken event is reported with what is wrong. */
class EventContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path out;

    private AlfrescoReference reference;
    private EventContract check;
    private final AlfrescoSimulator alfresco = new AlfrescoSimulator();
    private final RepoEvents events = new RepoEvents(alfresco);
    private SimNode node;

    @BeforeEach
    void definitions() {
        String absent = AlfrescoReference.whyAbsent(AlfrescoReference.expectedDir());
        Assumptions.assumeTrue(absent == null, () -> "Alfresco contract checks skipped, because " + absent);
        reference = new AlfrescoReference(AlfrescoReference.expectedDir());
        check = EventContract.load(reference, out.resolve("acs-events.jsonl"));
        alfresco.reset();
        alfresco.addFolder("folder-a", "A", null);
        node = alfresco.addNode("folder-a", "Voorstel.pdf", "rb:proposal", "griffier.regio", List.of("cm:titled"), Map.of("rb:theme", "wonen"));
    }

    @Test
    void alfrescosOwnSampleEventsPass() throws Exception {
        try (Stream<Path> samples = Files.list(reference.events())) {
            List<Path> files = samples.filter(p -> p.toString().endsWith(".json")).toList();
            assertThat(files).isNotEmpty();
            for (Path f : files) {
                assertThat(check.check(Files.readString(f))).as(f.getFileName().toString()).isEmpty();
            }
        }
    }

    @Test
    void theFixturesOfRepoEventsPass() {
        Map<String, Object> before = alfresco.edit(node.id(), "griffier.regio", Map.of("rb:theme", "bereikbaarheid"));
        assertThat(check.check(events.nodeCreated(node.id()))).isEmpty();
        assertThat(check.check(events.nodeUpdated(node.id(), before))).isEmpty();
        assertThat(check.check(events.aspectAdded(node.id(), "cm:titled"))).isEmpty();
        assertThat(check.check(events.peerAssocCreated(node.id(), "folder-a", "rb:advice"))).isEmpty();
    }

    @Test
    void aBrokenEventIsReportedWithWhatIsWrong() throws Exception {
        ObjectNode noGroup = (ObjectNode) JSON.readTree(events.nodeCreated(node.id()));
        ((ObjectNode) noGroup.get("data")).remove("eventGroupId");
        assertThat(check.check(noGroup.toString())).anySatisfy(f -> assertThat(f).contains("schema/nodeCreated.json").contains("eventGroupId"));

        ObjectNode wrongType = (ObjectNode) JSON.readTree(events.nodeCreated(node.id()));
        wrongType.put("type", "org.alfresco.event.node.Updated");
        assertThat(check.check(wrongType.toString())).anySatisfy(f -> assertThat(f).contains("type 'org.alfresco.event.node.Updated'"));

        String misspelt = events.nodeCreated(node.id()).replace("\"nodeType\"", "\"nodeTyp\"");
        assertThat(check.check(misspelt)).anySatisfy(f -> assertThat(f).contains("/data/resource/nodeTyp"));

        ObjectNode unknownSchema = (ObjectNode) JSON.readTree(events.nodeCreated(node.id()));
        unknownSchema.put("dataschema", "https://api.alfresco.com/schema/event/repo/v1/nodeTouched");
        assertThat(check.check(unknownSchema.toString())).singleElement().satisfies(f -> assertThat(f).contains("nodeTouched"));

        assertThat(check.check("{\"specversion\":")).containsExactly("not JSON");
    }

    @Test
    void eachEventIsRecordedOnOneLineWithItsFindingsAndOnlyUndeclaredBreakageIsAViolation() throws Exception {
        String good = events.nodeCreated(node.id());
        String broken = good.replace("\"nodeType\"", "\"nodeTyp\"");
        String brokenOnPurpose = "{\"specversion\":";
        check.runningTest("T.t");
        check.expectInvalid(brokenOnPurpose);

        check.record(good);
        check.record(broken);
        check.record(brokenOnPurpose);

        List<String> lines = Files.readAllLines(check.file());
        assertThat(lines).hasSize(3);
        JsonNode first = JSON.readTree(lines.get(0));
        assertThat(first.path("test").asText()).isEqualTo("T.t");
        assertThat(first.path("dataschema").asText()).isEqualTo("nodeCreated");
        assertThat(first.path("violations")).isEmpty();
        assertThat(first.path("event")).isEqualTo(JSON.readTree(good));
        assertThat(JSON.readTree(lines.get(1)).path("violations")).isNotEmpty();
        assertThat(JSON.readTree(lines.get(2)).path("deliberatelyInvalid").asBoolean()).isTrue();
        assertThat(JSON.readTree(lines.get(2)).path("event").asText()).isEqualTo(brokenOnPurpose);
        assertThat(check.violations()).singleElement().satisfies(v -> {
            assertThat(v.method()).isEqualTo("org.alfresco.event.node.Created");
            assertThat(v.path()).isEqualTo(node.id());
            assertThat(v.message()).contains("nodeTyp");
        });
        assertThat(check.findingsOf(brokenOnPurpose)).containsExactly("not JSON");
    }

    @Test
    void withoutTheReferenceTheChecksSayWhyAndEventsAreStillRecorded() throws Exception {
        Path nowhere = out.resolve("no-shared/reference/alfresco");
        ContractRun run = ContractRun.start(nowhere, out.resolve("events-unchecked.jsonl"));
        assertThat(run.whySkipped()).contains(nowhere.toString()).contains("does not exist");
        run.events().record(events.nodeCreated(node.id()));
        assertThat(run.eventsChecked()).isZero();
        assertThat(run.violations()).isEmpty();
        assertThat(JSON.readTree(Files.readAllLines(run.events().file()).get(0)).path("violations").isNull()).isTrue();
    }
}
