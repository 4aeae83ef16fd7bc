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
 * {@code GET /people/{personId}} as Alfresco's PeopleImpl answers it (the Content App asks it for {@code -me-}), on the
 * people bootstrap.sh creates from docker/bootstrap/access.json: cm:firstName, cm:lastName, cm:jobtitle and
 * {@code {id}@regiobesluit.example}; the administrator as bootstrap/system.xml creates it.
 */
class AlfrescoSimulatorPeopleTest {

    @RegisterExtension
    static final ServedSimulator SERVED = new ServedSimulator();
    private static final AlfrescoSimulator SIM = SERVED.simulator();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AccessDescription ACCESS = AccessDescription.forRegion(List.of("Leiden"));
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void bootstrap() {
        SIM.reset();
        SIM.bootstrap(ACCESS, p -> p.isEmpty() ? "doclib" : "folder-" + AccessDescription.slug(p));
    }

    private HttpResponse<String> get(String user, String password, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(SIM.baseUrl() + AlfrescoSimulator.CORE + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode entry(HttpResponse<String> r) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body()).get("entry");
    }

    @Test
    void meIsTheSignedInUserWithTheNamesJobTitleAndMailTheBootstrapGaveThem() throws Exception {
        JsonNode me = entry(get("regiogriffier", password("regiogriffier"), "/people/-me-"));

        assertThat(me.get("id").asText()).isEqualTo("regiogriffier");
        assertThat(me.get("firstName").asText()).isEqualTo("Regio");
        assertThat(me.get("lastName").asText()).isEqualTo("Griffier");
        assertThat(me.get("displayName").asText()).isEqualTo("Regio Griffier");
        assertThat(me.get("jobTitle").asText()).isEqualTo("Regiogriffier");
        assertThat(me.get("email").asText()).isEqualTo("regiogriffier@regiobesluit.example");
        assertThat(me.get("enabled").asBoolean()).isTrue();
        assertThat(me.get("emailNotificationsEnabled").asBoolean()).isTrue();
        assertThat(me.get("company").isObject()).isTrue();
        assertThat(me.get("company").size()).isZero();
        assertThat(me.at("/capabilities/isAdmin").asBoolean()).isFalse();
        assertThat(me.at("/capabilities/isGuest").asBoolean()).isFalse();
        assertThat(me.at("/capabilities/isMutable").asBoolean()).isTrue();
        assertThat(me.has("aspectNames")).isFalse();
        assertThat(me.has("properties")).isFalse();
    }

    @Test
    void anyoneMayReadAnotherPersonButMayNotChangeThem() throws Exception {
        JsonNode other = entry(get("archivaris", password("archivaris"), "/people/regiogriffier"));

        assertThat(other.get("displayName").asText()).isEqualTo("Regio Griffier");
        assertThat(other.at("/capabilities/isMutable").asBoolean()).isFalse();
    }

    @Test
    void theAdministratorIsAdministratorWithoutALastNameAndMayChangeAnyone() throws Exception {
        String admin = ACCESS.password(AlfrescoSimulator.ADMIN);
        JsonNode self = entry(get(AlfrescoSimulator.ADMIN, admin, "/people/-me-"));
        JsonNode other = entry(get(AlfrescoSimulator.ADMIN, admin, "/people/archivaris"));

        assertThat(self.get("firstName").asText()).isEqualTo("Administrator");
        assertThat(self.has("lastName")).isFalse();
        assertThat(self.get("displayName").asText()).isEqualTo("Administrator");
        assertThat(self.get("email").asText()).isEqualTo("admin@alfresco.com");
        assertThat(self.at("/capabilities/isAdmin").asBoolean()).isTrue();
        assertThat(other.at("/capabilities/isMutable").asBoolean()).isTrue();
    }

    @Test
    void aPersonIdIsMatchedWithoutRegardToCase() throws Exception {
        assertThat(entry(get("archivaris", password("archivaris"), "/people/RegioGriffier")).get("id").asText())
                .isEqualTo("regiogriffier");
    }

    @Test
    void meIsRecognisedInAnyCase() throws Exception {
        assertThat(entry(get("archivaris", password("archivaris"), "/people/-ME-")).get("id").asText()).isEqualTo("archivaris");
    }

    @Test
    void alfrescosGuestPersonIsRefusedAsNotModelled() throws Exception {
        assertThat(get("archivaris", password("archivaris"), "/people/guest").statusCode()).isEqualTo(400);
    }

    @Test
    void anUnknownPersonIs404EntityNotFound() throws Exception {
        HttpResponse<String> r = get("archivaris", password("archivaris"), "/people/nobody");

        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(r.body()).at("/error/errorKey").asText()).isEqualTo("framework.exception.EntityNotFound");
    }

    private static String password(String user) {
        return ACCESS.password(user);
    }
}
