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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Who may read group memberships, as ACS 25.2 answered (../shared/reference/alfresco/real-acs-25.2/transcript.jsonl,
 * steps "non-admin reads another user's groups", "non-admin reads own groups", "group members readable by non-admin?").
 */
class AlfrescoSimulatorGroupsTest {

    @RegisterExtension
    static final ServedSimulator SERVED = new ServedSimulator();
    private static final AlfrescoSimulator SIM = SERVED.simulator();
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void reset() {
        SIM.reset();
        SIM.addPerson("regiogriffier", "GROUP_REGIOBESLUIT_GRIFFIE", "GROUP_EVERYONE");
        SIM.addPerson("svc-regiobesluit", "GROUP_EVERYONE");
        SIM.addGroup("GROUP_REGIOBESLUIT_ARCHIEF");
    }

    private HttpResponse<String> get(String user, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(SIM.baseUrl() + AlfrescoSimulator.CORE + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":pw").getBytes(StandardCharsets.UTF_8)))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> ids(HttpResponse<String> r) throws Exception {
        List<String> ids = new java.util.ArrayList<>();
        JSON.readTree(r.body()).at("/list/entries").forEach(e -> ids.add(e.at("/entry/id").asText()));
        return ids;
    }

    @Test
    void aNonAdminReadingAnotherUsersGroupsIsRefusedWith403PermissionDenied() throws Exception {
        HttpResponse<String> r = get("svc-regiobesluit", "/people/regiogriffier/groups");

        assertThat(r.statusCode()).isEqualTo(403);
        JsonNode error = JSON.readTree(r.body()).get("error");
        assertThat(error.get("errorKey").asText()).isEqualTo("framework.exception.PermissionDenied");
        assertThat(error.get("statusCode").asInt()).isEqualTo(403);
    }

    @Test
    void aNonAdminMayReadTheirOwnGroupsByIdOrAsMe() throws Exception {
        assertThat(get("regiogriffier", "/people/-me-/groups").statusCode()).isEqualTo(200);
        assertThat(ids(get("regiogriffier", "/people/regiogriffier/groups")))
                .containsExactlyInAnyOrder("GROUP_REGIOBESLUIT_GRIFFIE", "GROUP_EVERYONE");
    }

    @Test
    void theAdministratorMayReadAnyonesGroups() throws Exception {
        assertThat(get(AlfrescoSimulator.ADMIN, "/people/regiogriffier/groups").statusCode()).isEqualTo(200);
    }

    @Test
    void anySignedInUserMayListAGroupsMembersAndAnEmptyGroupHasNone() throws Exception {
        HttpResponse<String> griffie = get("svc-regiobesluit", "/groups/GROUP_REGIOBESLUIT_GRIFFIE/members");
        HttpResponse<String> archive = get("svc-regiobesluit", "/groups/GROUP_REGIOBESLUIT_ARCHIEF/members");

        assertThat(griffie.statusCode()).isEqualTo(200);
        assertThat(ids(griffie)).containsExactly("regiogriffier");
        assertThat(JSON.readTree(griffie.body()).at("/list/entries/0/entry/memberType").asText()).isEqualTo("PERSON");
        assertThat(archive.statusCode()).isEqualTo(200);
        assertThat(ids(archive)).isEmpty();
    }

    @Test
    void anUnknownPersonsGroupsAre404BeforeAnyPermissionCheckAsGroupsImplValidatesThePersonFirst() throws Exception {
        HttpResponse<String> r = get("svc-regiobesluit", "/people/nobody/groups");

        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(r.body()).at("/error/errorKey").asText()).isEqualTo("framework.exception.EntityNotFound");
    }

    @Test
    void meIsTheSignedInUserInAnyCase() throws Exception {
        assertThat(ids(get("regiogriffier", "/people/-ME-/groups"))).contains("GROUP_REGIOBESLUIT_GRIFFIE");
    }

    @Test
    void anUnknownGroupIs404() throws Exception {
        assertThat(get("svc-regiobesluit", "/groups/GROUP_NOBODY/members").statusCode()).isEqualTo(404);
    }
}
