package nl.regiobesluit.routing.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The simulator keeps to Alfresco's REST contract (alfresco-core.yaml): paths, JSON shapes and status codes. */
class AlfrescoSimulatorTest {

    @RegisterExtension
    static final ServedSimulator SERVED = new ServedSimulator();
    private static final AlfrescoSimulator SIM = SERVED.simulator();
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void reset() {
        SIM.reset();
        SIM.addFolder("f1", "Voorstellen", null);
    }

    private HttpResponse<String> call(String method, String path, String body, boolean authenticated) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(SIM.baseUrl() + AlfrescoSimulator.CORE + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (authenticated) {
            r.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("alice:pw".getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void createAnswers201WithTheNodeAsEntryAndAttributesItToTheCaller() throws Exception {
        HttpResponse<String> r = call("POST", "/nodes/f1/children",
                "{\"name\":\"a.pdf\",\"nodeType\":\"rb:proposal\",\"properties\":{\"rb:routeStatus\":\"DRAFT\"}}", true);

        assertThat(r.statusCode()).isEqualTo(201);
        JsonNode entry = JSON.readTree(r.body()).get("entry");
        assertThat(entry.get("nodeType").asText()).isEqualTo("rb:proposal");
        assertThat(entry.get("parentId").asText()).isEqualTo("f1");
        assertThat(entry.get("createdByUser").get("id").asText()).isEqualTo("alice");
        assertThat(entry.get("properties").has("cm:name")).isFalse();
    }

    @Test
    void aNameClashIs409UnlessAutoRenameAndAnUnknownNodeIs404() throws Exception {
        String body = "{\"name\":\"a.pdf\",\"nodeType\":\"cm:content\"}";
        call("POST", "/nodes/f1/children", body, true);

        assertThat(call("POST", "/nodes/f1/children", body, true).statusCode()).isEqualTo(409);
        HttpResponse<String> renamed = call("POST", "/nodes/f1/children?autoRename=true", body, true);
        assertThat(renamed.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(renamed.body()).get("entry").get("name").asText()).isNotEqualTo("a.pdf");
        HttpResponse<String> missing = call("GET", "/nodes/nope", null, true);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(missing.body()).get("error").get("statusCode").asInt()).isEqualTo(404);
    }

    @Test
    void withoutCredentialsTheAnswerIs401() throws Exception {
        assertThat(call("GET", "/nodes/f1", null, false).statusCode()).isEqualTo(401);
    }

    @Test
    void updateMergesPropertiesAndNullRemovesOne() throws Exception {
        SimNode n = SIM.addNode("f1", "a.pdf", "rb:proposal", "bob", List.of(), Map.of("rb:theme", "wonen", "rb:ambition", "WONEN"));

        HttpResponse<String> r = call("PUT", "/nodes/" + n.id(), "{\"properties\":{\"rb:theme\":null,\"rb:routeStatus\":\"SUBMITTED\"}}", true);

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(SIM.node(n.id()).properties()).containsEntry("rb:ambition", "WONEN").containsEntry("rb:routeStatus", "SUBMITTED")
                .doesNotContainKey("rb:theme");
        assertThat(SIM.node(n.id()).modifiedBy()).isEqualTo("alice");
    }

    @Test
    void peerAssociationsAreCreatedOnceAndListedFromBothEnds() throws Exception {
        SimNode a = SIM.addNode("f1", "a.pdf", "rb:proposal", "bob", List.of(), Map.of());
        SimNode b = SIM.addNode("f1", "b.pdf", "rb:advice", "bob", List.of(), Map.of());
        String link = "{\"targetId\":\"" + b.id() + "\",\"assocType\":\"rb:proposalAdvice\"}";

        HttpResponse<String> created = call("POST", "/nodes/" + a.id() + "/targets", link, true);
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(created.body()).get("entry").get("assocType").asText()).isEqualTo("rb:proposalAdvice");
        assertThat(call("POST", "/nodes/" + a.id() + "/targets", link, true).statusCode()).isEqualTo(409);

        JsonNode targets = JSON.readTree(call("GET", "/nodes/" + a.id() + "/targets?where=(assocType%3D'rb:proposalAdvice')", null, true).body());
        assertThat(targets.get("list").get("pagination").get("totalItems").asInt()).isEqualTo(1);
        JsonNode entry = targets.get("list").get("entries").get(0).get("entry");
        assertThat(entry.get("id").asText()).isEqualTo(b.id());
        assertThat(entry.get("association").get("assocType").asText()).isEqualTo("rb:proposalAdvice");
        JsonNode sources = JSON.readTree(call("GET", "/nodes/" + b.id() + "/sources?where=(assocType%3D'rb:proposalAdvice')", null, true).body());
        assertThat(sources.get("list").get("entries").get(0).get("entry").get("id").asText()).isEqualTo(a.id());
    }

    @Test
    void aChildIsFoundByRelativePath() throws Exception {
        SimNode n = SIM.addNode("f1", "Besluit - a.pdf", "rb:decisionRecord", "bob", List.of(), Map.of());

        HttpResponse<String> r = call("GET", "/nodes/f1?relativePath=Besluit%20-%20a.pdf", null, true);

        assertThat(JSON.readTree(r.body()).get("entry").get("id").asText()).isEqualTo(n.id());
    }

    @Test
    void targetsInACreateBodyAreLinkedWithTheNode() throws Exception {
        SimNode proposal = SIM.addNode("f1", "p.pdf", "rb:proposal", "alice", List.of(), Map.of());
        HttpResponse<String> r = call("POST", "/nodes/f1/children", "{\"name\":\"item\",\"nodeType\":\"rb:agendaItem\","
                + "\"targets\":[{\"targetId\":\"" + proposal.id() + "\",\"assocType\":\"rb:agendaItemProposal\"}]}", true);

        assertThat(r.statusCode()).isEqualTo(201);
        String item = JSON.readTree(r.body()).get("entry").get("id").asText();
        assertThat(SIM.targets(item, "rb:agendaItemProposal")).extracting(SimNode::id).containsExactly(proposal.id());
        assertThat(call("POST", "/nodes/f1/children", "{\"name\":\"other\",\"nodeType\":\"rb:agendaItem\","
                + "\"targets\":[{\"targetId\":\"nope\",\"assocType\":\"rb:agendaItemProposal\"}]}", true).statusCode()).isEqualTo(400);
    }

    @Test
    void childrenAreListedAndFilteredByNodeType() throws Exception {
        SIM.addNode("f1", "p.pdf", "rb:proposal", "alice", List.of(), Map.of());
        SIM.addNode("f1", "r.pdf", "rb:decisionRecord", "alice", List.of(), Map.of("rb:recordOutcome", "REGIONAL_DECISION_TAKEN"));

        JsonNode all = JSON.readTree(call("GET", "/nodes/f1/children", null, true).body()).get("list");
        JsonNode records = JSON.readTree(call("GET", "/nodes/f1/children?where=%28nodeType%3D%27rb%3AdecisionRecord%27%29&include=properties",
                null, true).body()).get("list");

        assertThat(all.get("pagination").get("totalItems").asInt()).isEqualTo(2);
        assertThat(records.get("entries")).hasSize(1);
        assertThat(records.get("entries").get(0).get("entry").get("properties").get("rb:recordOutcome").asText())
                .isEqualTo("REGIONAL_DECISION_TAKEN");
    }
}
