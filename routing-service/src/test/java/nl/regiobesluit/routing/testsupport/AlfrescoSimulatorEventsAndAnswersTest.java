package nl.regiobesluit.routing.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The simulator's own writes produce the events Alfresco publishes (SimEventLog), and its answers render nodes as the
 * v1 API does (SimNodeJson): each as recorded on ACS 25.2 (shared/reference/alfresco/real-acs-25.2/transcript.jsonl).
 */
class AlfrescoSimulatorEventsAndAnswersTest {

    @RegisterExtension
    static final ServedSimulator SERVED = new ServedSimulator();
    private static final AlfrescoSimulator SIM = SERVED.simulator();
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void reset() {
        SIM.reset();
        SIM.addFolder("f1", "Voorstellen", null);
        SIM.events().recording(true);
    }

    private JsonNode call(String user, String method, String path, String body, int expected) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(SIM.baseUrl() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":pw").getBytes(StandardCharsets.UTF_8)));
        HttpResponse<String> response = http.send(r.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
        return response.body().isBlank() ? null : JSON.readTree(response.body());
    }

    private JsonNode core(String user, String method, String path, String body, int expected) throws Exception {
        return call(user, method, AlfrescoSimulator.CORE + path, body, expected);
    }

    private String upload(String user, String folder, String name) throws Exception {
        String body = "--b\r\nContent-Disposition: form-data; name=\"filedata\"; filename=\"" + name
                + "\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 sixteen\r\n--b--\r\n";
        HttpRequest r = HttpRequest.newBuilder(URI.create(SIM.baseUrl() + AlfrescoSimulator.CORE + "/nodes/" + folder + "/children"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "multipart/form-data; boundary=b")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":pw").getBytes(StandardCharsets.UTF_8)))
                .build();
        HttpResponse<String> response = http.send(r, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).at("/entry/id").asText();
    }

    /** Each drained event as "type about before[keys]". */
    private static List<String> drained() throws Exception {
        List<String> out = new ArrayList<>();
        for (String e : SIM.events().drain()) {
            JsonNode event = JSON.readTree(e);
            JsonNode r = event.at("/data/resource");
            String about = r.has("source") ? r.at("/source/id").asText() + "->" + r.at("/target/id").asText() : r.path("id").asText();
            Set<String> before = new TreeSet<>();
            event.at("/data/resourceBefore").fieldNames().forEachRemaining(before::add);
            before.remove("@type");
            out.add(event.path("type").asText().replace("org.alfresco.event.", "") + " " + about + (before.isEmpty() ? "" : " " + before));
        }
        return out;
    }

    @Test
    void anUploadGivesNodeCreatedAndTheFolderUpdatedAndAVersionableFileOfItsMimetype() throws Exception {
        String id = upload("regiogriffier", "f1", "Voorstel 1.pdf");

        assertThat(drained()).containsExactlyInAnyOrder("node.Created " + id, "node.Updated f1 [modifiedAt, modifiedByUser]");
        JsonNode entry = core("regiogriffier", "GET", "/nodes/" + id, null, 200).get("entry");
        assertThat(entry.path("nodeType").asText()).isEqualTo("cm:content");
        assertThat(entry.at("/content/mimeType").asText()).isEqualTo("application/pdf");
        assertThat(entry.at("/content/sizeInBytes").asInt()).isEqualTo(16);
        assertThat(entry.at("/properties/cm:versionLabel").asText()).isEqualTo("1.0");
        assertThat(entry.path("properties").has("cm:autoVersion")).as("left out of the v1 API (NodesImpl EXCLUDED_PROPS)").isFalse();
        assertThat(SIM.node("f1").modifiedBy()).isEqualTo("regiogriffier");
    }

    @Test
    void shareStepsGiveOneUpdatedEachWithWhatChangedInResourceBefore() throws Exception {
        String id = upload("regiogriffier", "f1", "Voorstel 2.pdf");
        drained();

        core("regiogriffier", "PUT", "/nodes/" + id, "{\"nodeType\":\"rb:proposal\"}", 200);
        assertThat(drained()).containsExactly("node.Updated " + id + " [aspectNames, nodeType, properties]");

        List<String> aspects = new ArrayList<>(SIM.node(id).aspectNames());
        aspects.add("cm:titled");
        core("regiogriffier", "PUT", "/nodes/" + id, JSON.writeValueAsString(Map.of("aspectNames", aspects)), 200);
        assertThat(drained()).containsExactly("node.Updated " + id + " [aspectNames]");

        core("svc-regiobesluit", "PUT", "/nodes/" + id, "{\"properties\":{\"rb:routeStatus\":\"SUBMITTED\",\"rb:submittedOn\":\"2014-11-03\"}}", 200);
        List<String> edit = drained();
        assertThat(edit).hasSize(1);
        assertThat(edit.get(0)).startsWith("node.Updated " + id).contains("modifiedByUser", "properties");
    }

    @Test
    void anEditThatChangesNothingWritesNothingAndPublishesNothing() throws Exception {
        String id = core("regiogriffier", "POST", "/nodes/f1/children",
                "{\"name\":\"p.pdf\",\"nodeType\":\"rb:proposal\"}", 201).at("/entry/id").asText();
        drained();
        var modified = SIM.node(id).modifiedAt();

        core("svc-regiobesluit", "PUT", "/nodes/" + id, "{\"properties\":{\"rb:overdue\":\"ja\"}}", 200);

        assertThat(drained()).isEmpty();
        assertThat(SIM.node(id).modifiedBy()).isEqualTo("regiogriffier");
        assertThat(SIM.node(id).modifiedAt()).isEqualTo(modified);
    }

    @Test
    void anAssociationGivesAPeerAssocCreatedAndNoNodeEvent() throws Exception {
        String p = core("regiogriffier", "POST", "/nodes/f1/children", "{\"name\":\"p.pdf\",\"nodeType\":\"rb:proposal\"}", 201)
                .at("/entry/id").asText();
        String a = core("regiogriffier", "POST", "/nodes/f1/children", "{\"name\":\"a.txt\",\"nodeType\":\"rb:advice\"}", 201)
                .at("/entry/id").asText();
        drained();

        core("regiogriffier", "POST", "/nodes/" + p + "/targets", "{\"targetId\":\"" + a + "\",\"assocType\":\"rb:proposalAdvice\"}", 201);

        assertThat(drained()).containsExactly("assoc.peer.Created " + p + "->" + a);
    }

    @Test
    void eventPropertiesAreSerialisedAsTheEventModelDoes() throws Exception {
        String id = core("regiogriffier", "POST", "/nodes/f1/children", "{\"name\":\"a.txt\",\"nodeType\":\"rb:advice\","
                + "\"properties\":{\"rb:adviceKind\":\"POSITIVE\",\"rb:adviceDate\":\"2014-11-20\"}}", 201).at("/entry/id").asText();
        JsonNode created = SIM.events().drain().stream().map(AlfrescoSimulatorEventsAndAnswersTest::read)
                .filter(e -> e.path("type").asText().endsWith("node.Created")).findFirst().orElseThrow();

        JsonNode props = created.at("/data/resource/properties");
        assertThat(props.path("rb:adviceDate").asText()).isEqualTo("2014-11-20T00:00:00Z");
        assertThat(props.path("rb:consensus").isBoolean()).isTrue();
        assertThat(core("regiogriffier", "GET", "/nodes/" + id, null, 200).at("/entry/properties/rb:adviceDate").asText())
                .isEqualTo("2014-11-20T00:00:00.000+0000");
    }

    @Test
    void aListRendersPropertiesOnlyWhenIncludedAndFieldsKeepsOnlyTheNamedFields() throws Exception {
        String id = core("regiogriffier", "POST", "/nodes/f1/children", "{\"name\":\"p.pdf\",\"nodeType\":\"rb:proposal\"}", 201)
                .at("/entry/id").asText();

        JsonNode bare = core("regiogriffier", "GET", "/nodes/f1/children", null, 200).at("/list/entries/0/entry");
        JsonNode included = core("regiogriffier", "GET", "/nodes/f1/children?include=properties,aspectNames,isLocked", null, 200)
                .at("/list/entries/0/entry");
        JsonNode single = core("regiogriffier", "GET", "/nodes/" + id, null, 200).get("entry");
        JsonNode fields = core("regiogriffier", "GET", "/nodes/" + id + "?fields=id,name,properties&include=properties", null, 200)
                .get("entry");

        assertThat(bare.has("properties") || bare.has("aspectNames") || bare.has("isLocked")).isFalse();
        assertThat(included.has("properties") && included.has("aspectNames") && included.has("isLocked")).isTrue();
        assertThat(single.has("properties") && single.has("aspectNames")).isTrue();
        assertThat(single.has("isLocked")).isFalse();
        List<String> names = new ArrayList<>();
        fields.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactlyInAnyOrder("id", "name", "properties");
        // An include the simulator does not model is refused rather than left out (isDirectLinkEnabled: NodesImpl).
        core("regiogriffier", "GET", "/nodes/" + id + "?include=isDirectLinkEnabled", null, 400);
    }

    @Test
    void theLockOwnerIsAUserAndTheLockGivesAnUpdatedWithoutModifiedAt() throws Exception {
        String id = core("regiogriffier", "POST", "/nodes/f1/children", "{\"name\":\"p.pdf\",\"nodeType\":\"rb:proposal\"}", 201)
                .at("/entry/id").asText();
        drained();

        JsonNode locked = core("admin", "POST", "/nodes/" + id + "/lock", "{\"type\":\"FULL\",\"lifetime\":\"PERSISTENT\"}", 200).get("entry");

        assertThat(locked.at("/properties/cm:lockOwner/id").asText()).isEqualTo("admin");
        assertThat(drained()).containsExactly("node.Updated " + id + " [aspectNames, properties]");
        assertThat(SIM.node(id).property("cm:lockOwner")).isEqualTo("admin");
    }

    @Test
    void searchTakesTheAftsFormsOfQuotesAndExactMatch() throws Exception {
        core("regiogriffier", "POST", "/nodes/f1/children", "{\"name\":\"p.pdf\",\"nodeType\":\"rb:proposal\","
                + "\"properties\":{\"rb:routeStatus\":\"SUBMITTED\"}}", 201);
        core("regiogriffier", "POST", "/nodes/f1/children", "{\"name\":\"q.pdf\",\"nodeType\":\"rb:proposal\"}", 201);

        for (String q : List.of("TYPE:'rb:proposal' AND =rb:routeStatus:SUBMITTED", "TYPE:\"rb:proposal\" AND rb\\\\:routeStatus:\"SUBMITTED\"")) {
            JsonNode list = call("regiogriffier", "POST", AlfrescoSimulator.SEARCH,
                    "{\"query\":{\"query\":\"" + q.replace("\"", "\\\"") + "\",\"language\":\"afts\"}}", 200).get("list");
            assertThat(list.at("/pagination/totalItems").asInt()).as(q).isEqualTo(1);
            assertThat(list.at("/entries/0/entry").has("properties")).as("not included").isFalse();
        }
    }

    @Test
    void aQuotedSearchValueMayHoldEscapedQuotes() throws Exception {
        var body = JSON.createObjectNode();
        body.put("name", "p.pdf").put("nodeType", "rb:proposal").putObject("properties").put("rb:theme", "wo\"ning");
        core("regiogriffier", "POST", "/nodes/f1/children", body.toString(), 201);
        var search = JSON.createObjectNode();
        search.putObject("query").put("query", "TYPE:\"rb:proposal\" AND =rb:theme:\"wo\\\"ning\"").put("language", "afts");

        JsonNode list = call("regiogriffier", "POST", AlfrescoSimulator.SEARCH, search.toString(), 200).get("list");

        assertThat(list.at("/pagination/totalItems").asInt()).isEqualTo(1);
    }

    private static JsonNode read(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
