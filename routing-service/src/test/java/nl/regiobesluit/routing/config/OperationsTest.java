package nl.regiobesluit.routing.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import nl.regiobesluit.routing.testsupport.RoutingTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/** Health is open and covers the broker and Alfresco; everything else needs the operator account. */
class OperationsTest extends RoutingTestSupport {

    @Value("${local.server.port}")
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String credentials) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (credentials != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthIsOpenAndIncludesTheBrokerAndAlfresco() throws Exception {
        HttpResponse<String> health = get("/actuator/health", null);

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"", "\"alfresco\"", "\"jms\"");
    }

    @Test
    void healthReportsAlfrescoDownWhenItAnswers503() throws Exception {
        ALFRESCO.failNext("GET", "/nodes/-root-", 503, 1);

        HttpResponse<String> health = get("/actuator/health", null);

        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).contains("\"alfresco\":{\"status\":\"DOWN\"");
    }

    @Test
    void everythingElseNeedsTheOperatorAccount() throws Exception {
        assertThat(get("/actuator/info", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/info", "operator:wrong").statusCode()).isEqualTo(401);
        assertThat(get("/actuator/info", OPERATOR_LOGIN).statusCode()).isEqualTo(200);
    }

    @Test
    void theOperatorSeesTheStepsAsCamelRoutes() throws Exception {
        assertThat(get("/actuator/camelroutes", null).statusCode()).isEqualTo(401);
        HttpResponse<String> routes = get("/actuator/camelroutes", OPERATOR_LOGIN);
        assertThat(routes.statusCode()).isEqualTo(200);
        assertThat(routes.body()).contains("\"events\"", "\"intake\"", "\"committee\"", "\"dispatch\"", "\"collect\"",
                "\"close\"", "\"deadline\"");
    }

    @Test
    void theAlfrescoPasswordNeverAppearsInHealthDetails() throws Exception {
        ALFRESCO.failNext("GET", "/nodes/-root-", 500, 1);

        assertThat(get("/actuator/health", OPERATOR_LOGIN).body()).doesNotContain("secret");
    }
}
