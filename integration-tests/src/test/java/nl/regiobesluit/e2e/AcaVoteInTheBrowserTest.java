package nl.regiobesluit.e2e;

import static nl.regiobesluit.e2e.Harness.*;
import static nl.regiobesluit.model.RbModel.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import nl.regiobesluit.shared.AlfrescoDay;
import nl.regiobesluit.routing.testsupport.AlfrescoSimulator;
import nl.regiobesluit.routing.testsupport.SimNode;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Regiobesluit extension in the built Alfresco Content Application (aca-extension/target/app), in headless Chromium
 * (Playwright, aca-extension/e2e/vote-in-aca.spec.ts), against the simulated Alfresco and the real routing service:
 * the regiogriffier signs in, opens the agenda item's folder in ACA's file list, selects the item, opens the info
 * drawer's Stemming tab, records a vote in the grid, and sees the result the routing service computed from the events
 * of that save. The screenshot is aca-extension/target/e2e/vote-result.png. A second test opens the Te besluiten view
 * as Leiden's griffier (aca-extension/e2e/to-decide-in-aca.spec.ts): the proposals Leiden has yet to decide on, from
 * the search API, the overdue one marked; screenshot to-decide.png.
 *
 * <p>The app is served over HTTP by a small server in this test that passes /alfresco to the simulator, as the compose
 * proxy passes it to Alfresco. It answers one thing itself, because the simulator does not model it: ACA's sign-in
 * (POST/GET/DELETE {@code authentication/versions/1/tickets}). A ticket it issues stands for the user's Basic
 * credentials, checked against the simulator first; requests that carry it (ADF sends {@code Basic base64(ticket)},
 * {@code BasicAlfrescoAuthService.getContentServicesTicket}; js-api {@code ROLE_TICKET:<ticket>}) reach the simulator with
 * those credentials, so its permission checks apply unchanged. ACA's start also asks {@code /alfresco/api/discovery}
 * (repository information), which neither the simulator nor the API definitions the contract check holds it to cover:
 * answered 404 here, as an Alfresco without that API would. So are the repository's web scripts ({@code /alfresco/s/}):
 * ADF's properties panel in the info drawer reads each aspect's definition from {@code /alfresco/s/api/classes/{class}},
 * a Surf web script outside the v1 API that neither the simulator nor the definitions cover; the vote tab does not
 * need it.
 */
@SimulatorOnly("the browser runs against the simulator; a real Alfresco serves ACA itself (docker/)")
class AcaVoteInTheBrowserTest extends E2eTestSupport {

    private static final SimulatorEventBridge BRIDGE = SimulatorEventBridge.installOn(ALFRESCO);
    private static final String TICKETS = "/alfresco/api/-default-/public/authentication/versions/1/tickets";
    private static final String DISCOVERY = "/alfresco/api/discovery";
    private static final String WEB_SCRIPTS = "/alfresco/s/";
    private static final Path ACA = repoRoot().resolve("aca-extension");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ProducerTemplate producerTemplate;
    private HttpServer server;

    @Autowired
    AcaVoteInTheBrowserTest(CamelContext camel, ProducerTemplate producer) {
        this.producerTemplate = producer;
    }

    @BeforeEach
    void writesBecomeEvents() {
        BRIDGE.open(producerTemplate);
    }

    @AfterEach
    void stop() {
        BRIDGE.close();
        if (server != null) {
            server.stop(0);
        }
    }

    @BeforeEach
    void theAppAndABrowser() {
        Assumptions.assumeTrue(Files.exists(ACA.resolve("target/app/index.html")),
                "aca-extension is not built: run the reactor (mvn -B -ntp verify) or -pl aca-extension,integration-tests");
        Assumptions.assumeTrue(Files.isExecutable(Path.of(System.getenv().getOrDefault("CHROME_BIN", "/usr/bin/chromium"))),
                "no Chromium: apt-get install -y chromium (aca-extension's build installs it when run as root)");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aGriffierRecordsAVoteInTheGridAndSeesTheComputedResult() throws Exception {
        compositionInTheRepository();
        SimNode item = ALFRESCO.addNode("folder-regiocommissie", "Agendapunt 4 woningbouw", TYPE_AGENDA_ITEM, REGIOGRIFFIER,
                List.of("cm:titled"), Map.of(PROP_MEETING_BODY, "REGIOCOMMISSIE"));

        // Every municipality votes yes except one party group: Zoeterwoude's VVD (2 of 13 seats there) votes no.
        // Under scheme A that is 2/13 × 3683/93135 ≈ 0.6% of the weight against, far above the 70% the region's rule
        // asks (application-e2e.yml): the vote passes.
        playwright("e2e/vote-in-aca.spec.ts", Map.of(
                "RB_E2E_FOLDER_ID", item.parentId(),
                "RB_E2E_NODE_NAME", item.name(),
                "RB_E2E_USER", REGIOGRIFFIER,
                "RB_E2E_PASSWORD", password(REGIOGRIFFIER),
                "RB_E2E_YES", String.join(",", LEIDSE_REGIO),
                "RB_E2E_NO", "Zoeterwoude/VVD",
                "RB_E2E_EXPECT_OUTCOME", "Aangenomen"), "vote-result.png", "vote-result-drawer.png");

        // What the browser stored, and what the routing service computed from it.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            SimNode voted = ALFRESCO.node(item.id());
            assertThat(voted.aspectNames()).contains(ASPECT_VOTES, ASPECT_VOTE_RESULT);
            assertThat((List<Object>) voted.property(PROP_VOTES_NO)).containsExactly("Zoeterwoude/VVD");
            assertThat((List<Object>) voted.property(PROP_VOTES_YES)).hasSize(31 - 1).doesNotContain("Zoeterwoude/VVD");
            assertThat(voted.property(PROP_RESULT_PASSED)).isEqualTo(true);
        });
        assertThat(BRIDGE.eventsByModifier()).containsKeys(REGIOGRIFFIER, SERVICE_USER);
    }

    @Test
    void aGriffierSeesWhatHerCouncilHasYetToDecideTheOverdueOneMarked() throws Exception {
        compositionInTheRepository();
        // Three routed proposals, each with Leiden's council decision as the dispatch files it; Leiden decided the
        // third. Deadlines around the browser's today: the first has passed, the second has not.
        LocalDate today = LocalDate.now(AlfrescoDay.NL);
        SimNode late = routedProposal("Voorstel RV-2026-01 jeugdzorg", today.minusDays(30));
        SimNode open = routedProposal("Voorstel RV-2026-02 bereikbaarheid", today.plusDays(60));
        SimNode decided = routedProposal("Voorstel RV-2026-03 afvalinzameling", today.plusDays(10));
        councilDecision(late, "Leiden", OUTCOME_PENDING);
        councilDecision(open, "Leiden", OUTCOME_PENDING);
        councilDecision(decided, "Leiden", OUTCOME_ADOPTED);
        councilDecision(decided, "Leiderdorp", OUTCOME_PENDING);

        playwright("e2e/to-decide-in-aca.spec.ts", Map.of(
                "RB_E2E_USER", "griffier.leiden",
                "RB_E2E_PASSWORD", password("griffier.leiden"),
                "RB_E2E_COUNCIL", "Leiden",
                "RB_E2E_PENDING", late.name() + "|" + open.name(),
                "RB_E2E_DECIDED", decided.name(),
                "RB_E2E_PROPOSALS_FOLDER_ID", late.parentId()), "to-decide.png", "route-status-column.png");
    }

    private SimNode routedProposal(String name, LocalDate deadline) {
        return ALFRESCO.addNode("folder-voorstellen", name + ".pdf", TYPE_PROPOSAL, REGIOGRIFFIER, List.of(ASPECT_ROUTED),
                Map.of(PROP_ROUTE_STATUS, STATUS_DISPATCHED, PROP_DEADLINE, deadline + "T00:00:00.000+0000"));
    }

    private void councilDecision(SimNode proposal, String municipality, String outcome) {
        SimNode decision = ALFRESCO.addNode(councilFolder(municipality), "Raadsbesluit " + municipality + " " + proposal.name(),
                TYPE_COUNCIL_DECISION, SERVICE_USER, List.of(), Map.of(PROP_MUNICIPALITY, municipality, PROP_COUNCIL_OUTCOME, outcome));
        ALFRESCO.link(proposal.id(), decision.id(), ASSOC_PROPOSAL_COUNCIL_DECISIONS);
    }

    /** The region's composition where ACA's vote tab, its Te besluiten view (and Share's grid) read it. */
    private static void compositionInTheRepository() throws IOException {
        ALFRESCO.addFolder("folder-data-dictionary", "Data Dictionary", AlfrescoSimulator.ROOT_ID);
        ALFRESCO.addFolder("folder-dd-regiobesluit", "Regiobesluit", "folder-data-dictionary");
        SimNode csv = ALFRESCO.addNode("folder-dd-regiobesluit", "composition.csv", "cm:content", AlfrescoSimulator.ADMIN, List.of(), Map.of());
        ALFRESCO.setContent(csv.id(), Files.readAllBytes(composition2014()), "text/csv", AlfrescoSimulator.ADMIN);
    }

    /**
     * Serves the app and runs one Playwright spec of aca-extension against it (its output goes to this test's), and
     * holds it to having run: one test passed, none skipped, and each screenshot named written by this run.
     */
    private void playwright(String spec, Map<String, String> variables, String... screenshots) throws Exception {
        for (String shot : screenshots) {
            Files.deleteIfExists(ACA.resolve("target/e2e").resolve(shot));
        }
        server = serve();
        ProcessBuilder playwright = new ProcessBuilder("npx", "playwright", "test", spec)
                .directory(ACA.toFile()).redirectErrorStream(true);
        Map<String, String> env = playwright.environment();
        env.put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        env.put("RB_E2E_BASE_URL", "http://127.0.0.1:" + server.getAddress().getPort());
        env.putAll(variables);
        Process run = playwright.start();
        StringBuilder output = new StringBuilder();
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(run.getInputStream(), StandardCharsets.UTF_8))) {
            lines.lines().forEach(line -> {
                System.out.println(line);
                output.append(line).append('\n');
            });
        }
        assertThat(run.waitFor(5, TimeUnit.MINUTES)).as("Playwright finished").isTrue();
        assertThat(run.exitValue()).as("Playwright's exit code (its output is above)").isZero();
        // Playwright's list reporter ends with "1 passed"; a spec that skips itself exits 0 too
        assertThat(output).as("Playwright's summary").contains("1 passed").doesNotContain("skipped");
        for (String shot : screenshots) {
            assertThat(ACA.resolve("target/e2e").resolve(shot)).as("screenshot of this run").isNotEmptyFile();
        }
    }

    // ------------------------------------------------------------------ the app, and /alfresco passed to the simulator

    private final Map<String, String> ticketCredentials = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpServer serve() throws IOException {
        HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        s.createContext("/", exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                if (path.equals(DISCOVERY) || path.startsWith(WEB_SCRIPTS)) {
                    send(exchange, 404, "application/json",
                            "{\"error\":{\"statusCode\":404,\"briefSummary\":\"not simulated\"}}".getBytes(StandardCharsets.UTF_8));
                } else if (path.startsWith(TICKETS)) {
                    tickets(exchange, path.substring(TICKETS.length()));
                } else if (path.startsWith("/alfresco/")) {
                    pass(exchange);
                } else {
                    file(exchange, path);
                }
            } catch (IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException(e);
            }
        });
        s.start();
        return s;
    }

    private void tickets(HttpExchange exchange, String rest) throws Exception {
        String method = exchange.getRequestMethod();
        if (method.equals("POST") && rest.isEmpty()) {
            JsonNode body = JSON.readTree(exchange.getRequestBody());
            String basic = basic(body.path("userId").asText() + ":" + body.path("password").asText());
            HttpResponse<String> check = http.send(HttpRequest.newBuilder(URI.create(ALFRESCO.baseUrl() + AlfrescoSimulator.CORE + "/nodes/-root-"))
                    .header("Authorization", basic).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (check.statusCode() != 200) {
                send(exchange, check.statusCode(), "application/json", check.body().getBytes(StandardCharsets.UTF_8));
                return;
            }
            String ticket = "TICKET_" + UUID.randomUUID().toString().replace("-", "");
            ticketCredentials.put(ticket, basic);
            send(exchange, 201, "application/json", JSON.writeValueAsBytes(Map.of("entry",
                    Map.of("id", ticket, "userId", body.path("userId").asText()))));
        } else if (rest.equals("/-me-") && credentials(exchange) != null) {
            if (method.equals("DELETE")) {
                send(exchange, 204, null, new byte[0]);
            } else {
                send(exchange, 200, "application/json", JSON.writeValueAsBytes(Map.of("entry", Map.of("id", ticketOf(exchange)))));
            }
        } else {
            send(exchange, 401, "application/json", "{\"error\":{\"statusCode\":401,\"briefSummary\":\"Ticket not valid\"}}".getBytes(StandardCharsets.UTF_8));
        }
    }

    private void pass(HttpExchange exchange) throws Exception {
        URI uri = exchange.getRequestURI();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ALFRESCO.baseUrl() + uri.getRawPath()
                        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())))
                .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(exchange.getRequestBody().readAllBytes()));
        String credentials = credentials(exchange);
        if (credentials != null) {
            request.header("Authorization", credentials);
        }
        for (String header : List.of("Content-Type", "Accept", "Accept-Language")) {
            String value = exchange.getRequestHeaders().getFirst(header);
            if (value != null) {
                request.header(header, value);
            }
        }
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() >= 400) {
            // What ACA asked that the simulator refused: ACA copes with some (a 404 for favourites, say), and this
            // line is where to look first when the browser test fails.
            System.out.println("ACA → simulator refused: " + exchange.getRequestMethod() + " " + uri + " → "
                    + response.statusCode() + " " + new String(response.body(), StandardCharsets.UTF_8).lines().findFirst().orElse(""));
        }
        send(exchange, response.statusCode(), response.headers().firstValue("Content-Type").orElse(null), response.body());
    }

    /** The Basic credentials behind the request's ticket, or the request's own Basic credentials. */
    private String credentials(HttpExchange exchange) {
        String ticket = ticketOf(exchange);
        if (ticket != null) {
            return ticketCredentials.get(ticket);
        }
        return exchange.getRequestHeaders().getFirst("Authorization");
    }

    private static String ticketOf(HttpExchange exchange) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !authorization.startsWith("Basic ")) {
            return null;
        }
        String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        if (decoded.startsWith("ROLE_TICKET:")) {
            return decoded.substring("ROLE_TICKET:".length());
        }
        // ADF's BasicAlfrescoAuthService.getContentServicesTicket: "Basic " + btoa(ticket), the ticket alone
        return decoded.startsWith("TICKET_") && !decoded.contains(":") ? decoded : null;
    }

    private static String basic(String userAndPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }

    private static void file(HttpExchange exchange, String path) throws IOException {
        Path root = ACA.resolve("target/app").normalize();
        Path file = root.resolve(path.equals("/") ? "index.html" : path.substring(1)).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            send(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
            return;
        }
        String name = file.getFileName().toString();
        String type = name.endsWith(".html") ? "text/html" : name.endsWith(".js") || name.endsWith(".mjs") ? "text/javascript"
                : name.endsWith(".css") ? "text/css" : name.endsWith(".json") ? "application/json"
                : name.endsWith(".svg") ? "image/svg+xml" : name.endsWith(".woff2") ? "font/woff2" : "application/octet-stream";
        send(exchange, 200, type, Files.readAllBytes(file));
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, status == 204 || body.length == 0 ? -1 : body.length);
        if (body.length > 0 && status != 204) {
            exchange.getResponseBody().write(body);
        }
    }
}
