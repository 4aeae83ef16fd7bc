package nl.regiobesluit.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestListener;
import com.github.tomakehurst.wiremock.http.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The contract record: every request the service makes to the simulated Alfresco during a scenario is appended to
 * {@code target/acs-requests.jsonl}, one JSON object per line with {@code method}, {@code path}, {@code query} and
 * {@code body} (parsed JSON when it is JSON, else text, null when empty), plus {@code scenario}, the simulator's
 * {@code status} and its {@code responseBody} (the same way as {@code body}).
 * The file is started afresh once per test JVM.
 */
public final class AcsRequestLog implements RequestListener {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private volatile String scenario;

    public AcsRequestLog(Path file) {
        this.file = file;
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            Files.createFile(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path file() {
        return file;
    }

    /** Requests are recorded while a scenario is named; null stops recording. */
    public void recordAs(String scenario) {
        this.scenario = scenario;
    }

    /** Parsed JSON when it is JSON, else the text, null when empty. */
    private static void putBody(ObjectNode line, String field, String body) {
        if (body == null || body.isEmpty()) {
            line.putNull(field);
            return;
        }
        try {
            JsonNode parsed = JSON.readTree(body);
            line.set(field, parsed);
        } catch (IOException e) {
            line.put(field, body);
        }
    }

    @Override
    public void requestReceived(Request request, Response response) {
        String name = scenario;
        if (name == null) {
            return;
        }
        String[] url = request.getUrl().split("\\?", 2);
        ObjectNode line = JSON.createObjectNode();
        line.put("scenario", name);
        line.put("method", request.getMethod().getName());
        line.put("path", url[0]);
        if (url.length > 1) {
            line.put("query", url[1]);
        } else {
            line.putNull("query");
        }
        putBody(line, "body", request.getBodyAsString());
        line.put("status", response.getStatus());
        putBody(line, "responseBody", response.getBodyAsString());
        String text = line.toString() + "\n";
        synchronized (this) {
            try {
                Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
