package nl.regiobesluit.routing.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The simulator refuses what Alfresco refuses, as the recorded ACS 25.2 answers show
 * (shared/reference/alfresco/real-acs-25.2/transcript.jsonl): the same status and errorKey, and nothing stored changes.
 */
class AlfrescoSimulatorModelTest {

    @RegisterExtension
    static final ServedSimulator SERVED = new ServedSimulator();
    private static final AlfrescoSimulator SIM = SERVED.simulator();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String API_DEFAULT = "framework.exception.ApiDefault";
    private final HttpClient http = HttpClient.newHttpClient();
    private SimNode proposal;
    private SimNode advice;

    @BeforeEach
    void arrange() {
        SIM.reset();
        SIM.addFolder("f1", "Voorstellen", null);
        proposal = SIM.addNode("f1", "Voorstel.pdf", "rb:proposal", "regiogriffier", List.of(), Map.of("rb:proposalNumber", "RV-1"));
        advice = SIM.addNode("f1", "Advies.txt", "rb:advice", "regiogriffier", List.of("rb:votes"),
                Map.of("rb:adviceKind", "POSITIVE", "rb:votingBody", "REGIOCOMMISSIE"));
    }

    private HttpResponse<String> call(String method, String path, String body) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create(SIM.baseUrl() + AlfrescoSimulator.CORE + path))
                .method(method, HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("regiogriffier:pw".getBytes(StandardCharsets.UTF_8)))
                .build();
        return http.send(r, HttpResponse.BodyHandlers.ofString());
    }

    /** Sends the request and checks Alfresco's refusal: status, errorKey, and an unchanged repository. */
    private JsonNode refused(String method, String path, String body, int status, String errorKey) throws Exception {
        String before = SIM.snapshot();
        int writes = SIM.writes();
        HttpResponse<String> r = call(method, path, body);
        JsonNode error = JSON.readTree(r.body()).get("error");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(error.get("statusCode").asInt()).isEqualTo(status);
        assertThat(error.get("errorKey").asText()).isEqualTo(errorKey);
        assertThat(SIM.snapshot()).isEqualTo(before);
        assertThat(SIM.writes()).isEqualTo(writes);
        return error;
    }

    @Test
    void anUnknownPropertyIs400WithTheMessageAsErrorKey() throws Exception {
        JsonNode error = refused("PUT", "/nodes/" + advice.id(), "{\"properties\":{\"rb:noSuchProperty\":\"x\"}}",
                400, "Unknown property: rb:noSuchProperty");

        assertThat(error.get("briefSummary").asText()).endsWith(" Unknown property: rb:noSuchProperty");
    }

    @Test
    void anUnknownTypeIs400AsNotASubTypeOfCmObject() throws Exception {
        refused("POST", "/nodes/f1/children", "{\"name\":\"x.txt\",\"nodeType\":\"rb:noSuchType\"}", 400,
                "Invalid type: {http://www.regiobesluit.nl/model/content/1.0}noSuchType - expected (sub-)type of cm:cmobject");
    }

    @Test
    void anUnknownAspectIs400WithTheMessageAsErrorKey() throws Exception {
        refused("PUT", "/nodes/" + advice.id(), "{\"aspectNames\":[\"rb:noSuchAspect\"]}", 400, "Unknown aspect: rb:noSuchAspect");
    }

    @Test
    void aValueOutsideACaseSensitiveListIs422WithOneIntegrityViolation() throws Exception {
        JsonNode error = refused("PUT", "/nodes/" + advice.id(), "{\"properties\":{\"rb:votingBody\":\"regiocommissie\"}}",
                422, API_DEFAULT);

        assertThat(error.get("briefSummary").asText()).contains("Found 1 integrity violations:\nInvalid property value: \n")
                .contains("   Property: {http://www.regiobesluit.nl/model/content/1.0}votingBody\n")
                .contains("The value is not an allowed value: regiocommissie");
    }

    @Test
    void aListConstraintChecksEveryValueOfACreateToo() throws Exception {
        refused("POST", "/nodes/f1/children", "{\"name\":\"m.txt\",\"nodeType\":\"rb:motion\","
                + "\"properties\":{\"rb:motionMunicipality\":\"Leiden\",\"rb:motionOutcome\":\"adopted\"}}", 422, API_DEFAULT);
    }

    @Test
    void textForAnIntegerIs400() throws Exception {
        refused("PUT", "/nodes/" + proposal.id(), "{\"aspectNames\":[\"rb:routed\",\"rb:modelCriteria\"],"
                + "\"properties\":{\"rb:leadTimeDays\":\"abc\"}}", 400, API_DEFAULT);
    }

    @Test
    void anUnparseableDateIs400AsNotCompatibleWithTheType() throws Exception {
        JsonNode error = refused("PUT", "/nodes/" + advice.id(), "{\"properties\":{\"rb:voteDate\":\"not a date\"}}", 400, API_DEFAULT);

        assertThat(error.get("briefSummary").asText())
                .startsWith("The property value is not compatible with the type defined for the property: \n");
    }

    @Test
    void aListForASingleValuedPropertyIs500() throws Exception {
        JsonNode error = refused("PUT", "/nodes/" + advice.id(),
                "{\"properties\":{\"rb:votingBody\":[\"REGIOCOMMISSIE\",\"REGIORAAD\"]}}", 500, API_DEFAULT);

        assertThat(error.get("briefSummary").asText()).contains("A single-valued property of this type may not be a collection");
    }

    @Test
    void anAssociationToATargetOfTheWrongTypeIs422() throws Exception {
        SimNode other = SIM.addNode("f1", "Ander voorstel.pdf", "rb:proposal", "regiogriffier", List.of(), Map.of());

        JsonNode error = refused("POST", "/nodes/" + proposal.id() + "/targets",
                "{\"targetId\":\"" + other.id() + "\",\"assocType\":\"rb:proposalAdvice\"}", 422, API_DEFAULT);

        assertThat(error.get("briefSummary").asText()).contains("The association target type is incorrect");
    }

    @Test
    void anAssociationFromASourceOfTheWrongTypeIs422() throws Exception {
        refused("POST", "/nodes/" + advice.id() + "/targets",
                "{\"targetId\":\"" + advice.id() + "\",\"assocType\":\"rb:proposalAdvice\"}", 422, API_DEFAULT);
    }

    @Test
    void aNodeCreatedWithATargetOfTheWrongTypeIsNotCreatedAtAll() throws Exception {
        refused("POST", "/nodes/f1/children", "{\"name\":\"item\",\"nodeType\":\"rb:agendaItem\","
                + "\"targets\":[{\"targetId\":\"" + advice.id() + "\",\"assocType\":\"rb:agendaItemProposal\"}]}", 422, API_DEFAULT);
    }

    @Test
    void anUnknownAssociationTypeIs400() throws Exception {
        refused("POST", "/nodes/" + proposal.id() + "/targets",
                "{\"targetId\":\"" + advice.id() + "\",\"assocType\":\"rb:noSuchAssoc\"}", 400, "Unknown assocType: rb:noSuchAssoc");
    }

    @Test
    void aSecondTargetOfASingleTargetAssociationIs422() throws Exception {
        SimNode second = SIM.addNode("f1", "Tweede advies.txt", "rb:advice", "regiogriffier", List.of(), Map.of());
        SIM.link(proposal.id(), advice.id(), "rb:proposalAdvice");

        JsonNode error = refused("POST", "/nodes/" + proposal.id() + "/targets",
                "{\"targetId\":\"" + second.id() + "\",\"assocType\":\"rb:proposalAdvice\"}", 422, API_DEFAULT);

        assertThat(error.get("briefSummary").asText()).contains("The association target multiplicity has been violated");
    }

    @Test
    void aTypeMayOnlyBeSpecialised() throws Exception {
        refused("PUT", "/nodes/" + advice.id(), "{\"nodeType\":\"rb:proposal\"}", 400,
                "Failed to change (specialise) node type - from {http://www.regiobesluit.nl/model/content/1.0}advice"
                        + " to {http://www.regiobesluit.nl/model/content/1.0}proposal");
    }

    @Test
    void textForABooleanIsStoredAsFalseAsAlfrescoDoes() throws Exception {
        SIM.edit(proposal.id(), "regiogriffier", Map.of("rb:overdue", true));

        HttpResponse<String> r = call("PUT", "/nodes/" + proposal.id(), "{\"properties\":{\"rb:overdue\":\"ja\"}}");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(SIM.node(proposal.id()).property("rb:overdue")).isEqualTo(false);
    }

    @Test
    void valuesAreStoredAsAlfrescoReturnsThem() throws Exception {
        HttpResponse<String> r = call("PUT", "/nodes/" + advice.id(), "{\"properties\":{\"rb:voteDate\":\"2014-11-20\","
                + "\"rb:votesNo\":\"Leiden/SP\",\"rb:minorityPositions\":[\"Leiden/SP\"]}}");

        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode props = JSON.readTree(r.body()).get("entry").get("properties");
        assertThat(props.get("rb:voteDate").asText()).isEqualTo("2014-11-20T00:00:00.000+0000");
        assertThat(props.get("rb:votesNo").isArray()).isTrue();
        assertThat(props.get("rb:votesNo").get(0).asText()).isEqualTo("Leiden/SP");
    }

    @Test
    void aTypeComesWithItsMandatoryAspectsAndDefaults() {
        SimNode p = SIM.node(proposal.id());

        assertThat(p.aspectNames()).contains("rb:routed");
        assertThat(p.properties()).containsEntry("rb:routeStatus", "DRAFT").containsEntry("rb:submitterKind", "BESTUURSTAFEL")
                .containsEntry("rb:overdue", false);
    }

    @Test
    void settingAnAspectsPropertyAddsTheAspect() throws Exception {
        HttpResponse<String> r = call("PUT", "/nodes/" + proposal.id(), "{\"properties\":{\"rb:finalized\":true}}");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(SIM.node(proposal.id()).aspectNames()).contains("rb:archival");
        assertThat(SIM.node(proposal.id()).properties()).containsEntry("rb:waardering", "BLIJVEND_TE_BEWAREN");
    }

    @Test
    void removingAnAspectRemovesItsPropertiesButAMandatoryAspectStays() throws Exception {
        HttpResponse<String> removeVotes = call("PUT", "/nodes/" + advice.id(), "{\"aspectNames\":[\"cm:auditable\"]}");
        assertThat(removeVotes.statusCode()).isEqualTo(200);
        assertThat(SIM.node(advice.id()).properties()).doesNotContainKey("rb:votingBody");

        refused("PUT", "/nodes/" + proposal.id(), "{\"aspectNames\":[\"cm:auditable\"]}", 422, API_DEFAULT);
    }

    @Test
    void testsMayNotArrangeWhatAlfrescoCouldNeverHold() {
        String before = SIM.snapshot();

        assertThatThrownBy(() -> SIM.addNode("f1", "x", "rb:advice", "u", List.of(), Map.of("rb:adviceKind", "positive")))
                .hasMessageContaining("Found 1 integrity violations");
        assertThatThrownBy(() -> SIM.edit(advice.id(), "u", Map.of("rb:noSuchProperty", "x")))
                .hasMessageContaining("Unknown property: rb:noSuchProperty");
        assertThatThrownBy(() -> SIM.addAspect(advice.id(), "rb:noSuchAspect")).hasMessageContaining("Unknown aspect");
        assertThatThrownBy(() -> SIM.link(advice.id(), proposal.id(), "rb:proposalAdvice"))
                .hasMessageContaining("The association source type is incorrect");
        assertThat(SIM.snapshot()).isEqualTo(before);
    }

    @Test
    void theRbModelIsEnforcedWithOrWithoutTheBuiltInModels() {
        SimModel model = SimModel.load();
        Path shared = SimModel.projectRoot().resolve(SimModel.SHARED_MODELS).normalize();
        boolean present = SimModel.BUILT_INS.stream().allMatch(f -> Files.isRegularFile(shared.resolve(f)));

        assertThat(model.builtInsLoaded()).isEqualTo(present);
        assertThat(model.type("rb:proposal")).isNotNull();
        assertThat(model.unchecked("rb:noSuchType")).isFalse();
        if (!present) {
            assertThat(model.skippedChecks()).contains("cm:");
        }
    }

    @Test
    void builtInModelsAreEnforcedWhenSharedIsPresent() throws Exception {
        assumeTrue(SimModel.load().builtInsLoaded(), "../shared/reference/alfresco/models is absent: built-in checks skipped");

        refused("PUT", "/nodes/" + advice.id(), "{\"properties\":{\"cm:noSuchProperty\":\"x\"}}", 400, "Unknown property: cm:noSuchProperty");
        HttpResponse<String> titled = call("PUT", "/nodes/" + advice.id(), "{\"properties\":{\"cm:title\":\"Advies\"}}");
        assertThat(titled.statusCode()).isEqualTo(200);
        assertThat(SIM.node(advice.id()).aspectNames()).contains("cm:titled");
    }
}
