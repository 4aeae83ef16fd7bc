package nl.regiobesluit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Reads nodes through Alfresco's public v1 REST API ({@code GET /nodes/{id}}), for commands that check what the
 * repository stores. The password comes from the environment (ALFRESCO_PASSWORD), never from the command line,
 * and is never printed.
 */
final class AlfrescoNodes {

    static final String API = "/alfresco/api/-default-/public/alfresco/versions/1";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String baseUrl;
    private final String authorization;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    AlfrescoNodes(String baseUrl, String user, String password) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The node's {@code entry}; bad answers become one-line failures that say what to check. */
    JsonNode node(String id) {
        URI uri = URI.create(baseUrl + API + "/nodes/" + URLEncoder.encode(id, StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization).header("Accept", "application/json").GET().build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CliFailure("cannot reach Alfresco at " + baseUrl + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliFailure("interrupted while reading node " + id);
        }
        return switch (response.statusCode()) {
            case 200 -> read(response.body(), id).path("entry");
            case 401 -> throw new CliFailure("Alfresco refused the credentials (401): check --user and ALFRESCO_PASSWORD");
            case 403 -> throw new CliFailure("not allowed to read node " + id + " (403)");
            case 404 -> throw new CliFailure("node " + id + " not found in Alfresco (404)");
            default -> throw new CliFailure("Alfresco answered " + response.statusCode() + " for node " + id + ": "
                    + read(response.body(), id).path("error").path("briefSummary").asText("no details"));
        };
    }

    private static JsonNode read(String body, String id) {
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            throw new CliFailure("Alfresco's answer for node " + id + " is not JSON");
        }
    }
}
