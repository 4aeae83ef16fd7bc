package nl.regiobesluit.e2e.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import nl.regiobesluit.routing.testsupport.AlfrescoSimulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The exchange check itself: it can fail. A response or request that Alfresco's definition does not allow is reported
 * with method, path and what is wrong; an exchange the simulator answers as Alfresco does passes.
 */
class ApiContractTest {

    private static final String CORE = AlfrescoSimulator.CORE;
    private static final String AUTH = "Basic " + Base64.getEncoder().encodeToString("regiogriffier:demo".getBytes(StandardCharsets.UTF_8));
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static AlfrescoReference reference;
    private static ApiContract contract;
    private static WireMockServer wrong;
    private static AlfrescoSimulator simulator;

    @BeforeAll
    static void definitions() {
        String absent = AlfrescoReference.whyAbsent(AlfrescoReference.expectedDir());
        Assumptions.assumeTrue(absent == null, () -> "Alfresco contract checks skipped, because " + absent);
        reference = new AlfrescoReference(AlfrescoReference.expectedDir());
        contract = ApiContract.load(reference);
    }

    @AfterAll
    static void stop() {
        if (wrong != null) {
            wrong.stop();
        }
        if (simulator != null) {
            simulator.server().stop();
        }
    }

    @Test
    void aResponseAlfrescoWouldNeverGiveIsReportedWithMethodPathAndWhatIsWrong() throws Exception {
        wrong = new WireMockServer(options().dynamicPort());
        wrong.start();
        // A node entry with isFolder as text, without the required modifiedAt and with a field Node does not define.
        wrong.stubFor(any(urlPathMatching(".*")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"entry\":{\"id\":\"n1\",\"name\":\"x\",\"nodeType\":\"cm:content\",\"isFolder\":\"no\",\"isFile\":true,"
                        + "\"createdAt\":\"2014-09-01T10:00:00.000+0000\",\"createdByUser\":{\"id\":\"a\",\"displayName\":\"a\"},"
                        + "\"modifiedByUser\":{\"id\":\"a\",\"displayName\":\"a\"},\"colour\":\"red\"}}")));
        ApiContract check = contract.fresh();
        wrong.addMockServiceRequestListener(check);

        get(wrong.baseUrl() + CORE + "/nodes/n1");

        await().atMost(Duration.ofSeconds(10)).until(() -> check.exchangesChecked() == 1);
        List<Violation> found = check.violations();
        assertThat(found).isNotEmpty().allSatisfy(v -> {
            assertThat(v.method()).isEqualTo("GET");
            assertThat(v.path()).isEqualTo(CORE + "/nodes/n1");
            assertThat(v.status()).isEqualTo(200);
        });
        assertThat(found).extracting(Violation::message)
                .anySatisfy(m -> assertThat(m).startsWith("validation.response.body.schema.type").contains("/entry/isFolder"))
                .anySatisfy(m -> assertThat(m).startsWith("validation.response.body.schema.required").contains("modifiedAt"))
                .anySatisfy(m -> assertThat(m).startsWith("validation.response.body.schema.additionalProperties").contains("colour"));
    }

    @Test
    void anErrorAnsweredWithoutAlfrescosErrorBodyIsReported() throws Exception {
        WireMockServer bare = new WireMockServer(options().dynamicPort());
        bare.start();
        try {
            // 404 is declared for GET /nodes/{nodeId} without a schema; Alfresco answers it with {"error":{…}}
            bare.stubFor(any(urlPathMatching(".*")).willReturn(aResponse().withStatus(404)
                    .withHeader("Content-Type", "application/json").withBody("{\"message\":\"not found\"}")));
            ApiContract check = contract.fresh();
            bare.addMockServiceRequestListener(check);

            get(bare.baseUrl() + CORE + "/nodes/gone");

            await().atMost(Duration.ofSeconds(10)).until(() -> check.exchangesChecked() == 1);
            assertThat(check.violations()).extracting(Violation::message)
                    .anySatisfy(m -> assertThat(m).startsWith("validation.response.body.schema.required").contains("error"));
        } finally {
            bare.stop();
        }
    }

    @Test
    void aRequestOutsideTheDefinitionsOrWithoutWhatTheyRequireIsReported() throws Exception {
        simulator();
        ApiContract check = contract.fresh();
        simulator.server().addMockServiceRequestListener(check);

        // POST children without nodeType (NodeBodyCreate requires it) and a path no definition has
        send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + CORE + "/nodes/folder-a/children"))
                .header("Authorization", AUTH).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"x\"}")));
        get(simulator.baseUrl() + "/alfresco/api/-default-/public/nonsense/versions/1/things");

        await().atMost(Duration.ofSeconds(10)).until(() -> check.exchangesChecked() == 2);
        assertThat(check.violations()).anySatisfy(v -> {
            assertThat(v.method()).isEqualTo("POST");
            assertThat(v.message()).startsWith("validation.request.body.schema.required").contains("nodeType");
        });
        assertThat(check.violations()).anySatisfy(v -> {
            assertThat(v.path()).endsWith("/nonsense/versions/1/things");
            assertThat(v.message()).contains("no Alfresco API definition covers this path");
        });
    }

    @Test
    void whatTheSimulatorAnswersAsAlfrescoDoesPasses() throws Exception {
        simulator();
        ApiContract check = contract.fresh();
        simulator.server().addMockServiceRequestListener(check);

        get(simulator.baseUrl() + CORE + "/nodes/folder-a?include=properties,aspectNames");
        get(simulator.baseUrl() + CORE + "/nodes/folder-a/children?where=(nodeType%3D'cm%3Afolder')&skipCount=0&maxItems=10");
        get(simulator.baseUrl() + CORE + "/nodes/no-such-node");

        await().atMost(Duration.ofSeconds(10)).until(() -> check.exchangesChecked() == 3);
        assertThat(check.violations()).isEmpty();
    }

    @Test
    void theIncludesTheContentAppAsksForAreAnsweredWithinTheDefinitions() throws Exception {
        simulator();
        ApiContract check = contract.fresh();
        simulator.server().addMockServiceRequestListener(check);

        String single = getBody(simulator.baseUrl() + CORE + "/nodes/folder-b?include=path,allowableOperations,isFavorite,isLink,properties,aspectNames");
        String list = getBody(simulator.baseUrl() + CORE + "/nodes/folder-a/children?include=path,allowableOperations,isFavorite,isLink");

        await().atMost(Duration.ofSeconds(10)).until(() -> check.exchangesChecked() == 2);
        assertThat(check.violations()).isEmpty();
        for (String body : List.of(single, list)) {
            assertThat(body).contains("\"path\"", "\"elements\"", "\"allowableOperations\"", "\"isFavorite\"", "\"isLink\"");
        }
    }

    private static void simulator() {
        if (simulator == null) {
            simulator = new AlfrescoSimulator();
            simulator.startServer();
        }
        simulator.reset();
        simulator.addFolder("folder-a", "A", null);
        simulator.addFolder("folder-b", "B", "folder-a");
    }

    private static void get(String url) throws Exception {
        send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", AUTH).GET());
    }

    private static String getBody(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", AUTH).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static void send(HttpRequest.Builder request) throws Exception {
        HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
