package nl.regiobesluit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The commands' view of Alfresco's public REST API: a node ({@code GET /nodes/{id}}), its peer associations
 * ({@code GET /nodes/{id}/targets|sources}), its content ({@code GET /nodes/{id}/content}) and the search API. The
 * password comes from the environment (ALFRESCO_PASSWORD), never from the command line, and is never printed. Every
 * bad answer becomes a one-line failure that says what to check.
 */
final class AlfrescoClient {

    static final String API = "/alfresco/api/-default-/public/alfresco/versions/1";
    static final String SEARCH = "/alfresco/api/-default-/public/search/versions/1/search";
    /** List endpoints leave properties and aspects out unless asked for them. */
    private static final String INCLUDE = "include=properties,aspectNames";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String baseUrl;
    private final String authorization;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    AlfrescoClient(String baseUrl, String user, String password) {
        this.baseUrl = checkedUrl(baseUrl).replaceAll("/+$", "");
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String checkedUrl(String url) {
        try {
            URI uri = new URI(url);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return url;
            }
        } catch (java.net.URISyntaxException e) {
            // named below
        }
        throw new CliFailure("option --alfresco: not an http(s) URL: '" + url + "'");
    }

    /** From the options every Alfresco command takes: --alfresco URL, --user (default admin), ALFRESCO_PASSWORD. */
    static AlfrescoClient from(Options o) {
        return new AlfrescoClient(o.required("alfresco"), o.get("user", "admin"), System.getenv().getOrDefault("ALFRESCO_PASSWORD", ""));
    }

    String baseUrl() {
        return baseUrl;
    }

    /** The node's {@code entry}. */
    JsonNode node(String id) {
        return json(get(API + "/nodes/" + encode(id), "node " + id)).path("entry");
    }

    /** The nodes this node points to by one association type, with their properties (every page). */
    List<JsonNode> targets(String id, String assocType) {
        return associated(id, "targets", assocType);
    }

    /** The nodes that point to this node by one association type, with their properties (every page). */
    List<JsonNode> sources(String id, String assocType) {
        return associated(id, "sources", assocType);
    }

    /** The node's children with their properties (every page); used for a joint arrangement's folder (issue 15). */
    List<JsonNode> children(String id) {
        List<JsonNode> all = new ArrayList<>();
        while (true) {
            JsonNode list = json(get(API + "/nodes/" + encode(id) + "/children?" + INCLUDE + "&skipCount=" + all.size()
                    + "&maxItems=100", "children of node " + id)).path("list");
            list.path("entries").forEach(e -> all.add(e.path("entry")));
            if (!list.path("pagination").path("hasMoreItems").asBoolean(false) || list.path("entries").isEmpty()) {
                return all;
            }
        }
    }

    /** The node's content, streamed; the caller closes it. */
    InputStream content(String id) throws IOException {
        // Any type: the content comes as its own (a PDF as application/pdf), which alfresco-core.yaml declares as
        // application/octet-stream; asking for JSON here would ask for something this operation never gives.
        HttpRequest request = request(API + "/nodes/" + encode(id) + "/content").setHeader("Accept", "*/*")
                .timeout(Duration.ofMinutes(10)).GET().build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                String body;
                try (InputStream in = response.body()) {
                    body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                throw new IOException("Alfresco answered " + response.statusCode() + " for the content of node " + id + ": " + brief(body));
            }
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading the content of node " + id, e);
        }
    }

    /** One call of the search API; the answer's {@code list}. */
    JsonNode search(JsonNode body) {
        HttpRequest request = request(SEARCH).timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
        return json(send(request, "search")).path("list");
    }

    private List<JsonNode> associated(String id, String direction, String assocType) {
        List<JsonNode> all = new ArrayList<>();
        int skip = 0;
        while (true) {
            String where = encode("(assocType='" + assocType + "')");
            JsonNode list = json(get(API + "/nodes/" + encode(id) + "/" + direction + "?where=" + where + "&" + INCLUDE
                    + "&skipCount=" + skip + "&maxItems=100", direction + " of node " + id)).path("list");
            list.path("entries").forEach(e -> all.add(e.path("entry")));
            if (!list.path("pagination").path("hasMoreItems").asBoolean(false) || list.path("entries").isEmpty()) {
                return all;
            }
            skip = all.size();
        }
    }

    private String get(String path, String what) {
        return send(request(path).timeout(Duration.ofSeconds(30)).GET().build(), what);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", authorization).header("Accept", "application/json");
    }

    private String send(HttpRequest request, String what) {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CliFailure("cannot reach Alfresco at " + baseUrl + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliFailure("interrupted while reading " + what);
        }
        return switch (response.statusCode()) {
            case 200, 201 -> response.body();
            case 401 -> throw new CliFailure("Alfresco refused the credentials (401): check --user and ALFRESCO_PASSWORD");
            case 403 -> throw new CliFailure("not allowed to read " + what + " (403)");
            case 404 -> throw new CliFailure(what + " not found in Alfresco (404)");
            default -> throw new CliFailure("Alfresco answered " + response.statusCode() + " for " + what + ": " + brief(response.body()));
        };
    }

    private static String brief(String body) {
        try {
            return MAPPER.readTree(body).path("error").path("briefSummary").asText("no details");
        } catch (IOException | RuntimeException e) {
            return "no details";
        }
    }

    private static JsonNode json(String body) {
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            throw new CliFailure("Alfresco's answer is not JSON: " + e.getMessage());
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
