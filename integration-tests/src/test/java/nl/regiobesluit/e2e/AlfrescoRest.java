package nl.regiobesluit.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 * Alfresco's public v1 REST API as one user sees it, with nothing but the JDK's HTTP client: the calls griffie staff's
 * Share makes ({@code /alfresco/api/-default-/public/alfresco/versions/1}) and the search API. Answers are Alfresco's
 * shapes: {@code {"entry": ...}}, {@code {"list": {"pagination": ..., "entries": [...]}}}, {@code {"error": ...}}.
 */
public final class AlfrescoRest {

    public static final String CORE = "/alfresco/api/-default-/public/alfresco/versions/1";
    public static final String SEARCH = "/alfresco/api/-default-/public/search/versions/1/search";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PAGE = 100;

    private final HttpClient http;
    private final String baseUrl;
    private final String user;
    private final String authorization;

    public AlfrescoRest(HttpClient http, String baseUrl, String user, String password) {
        this.http = http;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.user = user;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static HttpClient client() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    public String user() {
        return user;
    }

    /** One answer: the request (method and path), the HTTP status and the parsed body (an empty object when there was none). */
    public record Answer(String request, int status, JsonNode body) {
        public JsonNode entry() {
            return body.path("entry");
        }
    }

    /** GET on the core API; 200 expected, else the error is thrown. */
    public JsonNode get(String path) {
        return expect(send("GET", CORE + path, null), 200).entry();
    }

    public Answer tryGet(String path) {
        return send("GET", CORE + path, null);
    }

    public JsonNode post(String path, JsonNode body, int expected) {
        return expect(send("POST", CORE + path, body), expected).entry();
    }

    public Answer tryPost(String path, JsonNode body) {
        return send("POST", CORE + path, body);
    }

    /**
     * An upload as Share makes it: {@code POST /nodes/{folderId}/children} with {@code multipart/form-data}, the file in
     * the part {@code filedata} (Alfresco's NodesImpl.upload; 201 with the new cm:content, versionable at 1.0).
     */
    public JsonNode upload(String folderId, String name, String mimeType, byte[] content) {
        String boundary = "regio" + Long.toString(System.nanoTime(), 36);
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"filedata\"; filename=\"" + name
                + "\"\r\nContent-Type: " + mimeType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        String path = CORE + "/nodes/" + folderId + "/children";
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization).header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            return expect(new Answer("POST " + path, response.statusCode(),
                    text == null || text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text)), 201).entry();
        } catch (IOException e) {
            throw new UncheckedIOException("POST " + baseUrl + path + " as " + user + ": no answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    public JsonNode put(String path, JsonNode body) {
        return expect(send("PUT", CORE + path, body), 200).entry();
    }

    public void delete(String path) {
        expect(send("DELETE", CORE + path, null), 204);
    }

    /** Every entry of a list answer, page by page ({@code path} may already hold a query). */
    public List<JsonNode> list(String path) {
        List<JsonNode> all = new ArrayList<>();
        for (int skip = 0; ; skip += PAGE) {
            String paged = path + (path.contains("?") ? "&" : "?") + "skipCount=" + skip + "&maxItems=" + PAGE;
            JsonNode list = expect(send("GET", CORE + paged, null), 200).body().path("list");
            list.path("entries").forEach(e -> all.add(e.path("entry")));
            if (!list.path("pagination").path("hasMoreItems").asBoolean(false)) {
                return all;
            }
        }
    }

    /** An AFTS query through the search API, every page, with properties and aspects. */
    public List<JsonNode> search(String afts) {
        List<JsonNode> all = new ArrayList<>();
        for (int skip = 0; ; skip += PAGE) {
            ObjectNode body = JSON.createObjectNode();
            body.putObject("query").put("query", afts).put("language", "afts");
            body.putObject("paging").put("maxItems", PAGE).put("skipCount", skip);
            body.putArray("include").add("properties").add("aspectNames");
            JsonNode list = expect(send("POST", SEARCH, body), 200).body().path("list");
            list.path("entries").forEach(e -> all.add(e.path("entry")));
            if (!list.path("pagination").path("hasMoreItems").asBoolean(false)) {
                return all;
            }
        }
    }

    /** A query parameter value, encoded for a URL (spaces as %20, which Alfresco and WireMock both read). */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private Answer send(String method, String path, JsonNode body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization).header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            return new Answer(method + " " + path, response.statusCode(), text == null || text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + baseUrl + path + " as " + user + ": no answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private Answer expect(Answer answer, int status) {
        if (answer.status() != status) {
            throw new AlfrescoAnswered(answer.status(), answer.request() + " as " + user + ": expected HTTP " + status + " but Alfresco answered "
                    + answer.status() + ": " + answer.body().path("error").path("briefSummary").asText(answer.body().toString()));
        }
        return answer;
    }

    /** Alfresco answered, but not as the contract says it should. */
    public static final class AlfrescoAnswered extends RuntimeException {
        private final int status;

        AlfrescoAnswered(int status, String message) {
            super(message);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }
}
