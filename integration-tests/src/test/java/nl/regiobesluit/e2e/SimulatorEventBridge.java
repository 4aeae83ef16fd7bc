package nl.regiobesluit.e2e;

import static nl.regiobesluit.routing.testsupport.AlfrescoSimulator.CORE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestListener;
import com.github.tomakehurst.wiremock.http.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.regiobesluit.routing.testsupport.AlfrescoSimulator;
import nl.regiobesluit.routing.testsupport.RepoEvents;
import org.apache.camel.ProducerTemplate;

/**
 * Only for {@link RestDriverAgainstTheSimulatorTest}: stands in for Alfresco's event2 publisher, which the simulator does
 * not have. After every successful write over HTTP, by anyone (the REST driver's griffie users and the service alike), it
 * publishes the event Alfresco would send for it (RepoEvents' fixtures) on {@code alfresco.repo.event2}:
 * {@code POST /nodes/{id}/children} 201 → node Created (and a peer-association Created per {@code targets} entry),
 * {@code PUT /nodes/{id}} 200 → node Updated with what changed in {@code resourceBefore}, {@code POST /nodes/{id}/targets}
 * 201 → peer-association Created. Nothing else (locks, deletes) is bridged; the scenarios do not need it.
 */
final class SimulatorEventBridge implements RequestListener {

    private static final Pattern NODE_WRITE = Pattern.compile(Pattern.quote(CORE) + "/nodes/([^/?]+)(/children|/targets)?");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AlfrescoSimulator alfresco;
    private final RepoEvents events;
    /** Each node's properties after the last bridged write: what an Updated event's resourceBefore is computed from. */
    private final Map<String, Map<String, Object>> lastSeen = new HashMap<>();
    private volatile ProducerTemplate producer;

    private SimulatorEventBridge(AlfrescoSimulator alfresco) {
        this.alfresco = alfresco;
        this.events = new RepoEvents(alfresco);
    }

    /** WireMock keeps a listener for good, so it is installed once and then opened and closed per test. */
    static SimulatorEventBridge installOn(AlfrescoSimulator alfresco) {
        SimulatorEventBridge bridge = new SimulatorEventBridge(alfresco);
        alfresco.server().addMockServiceRequestListener(bridge);
        return bridge;
    }

    synchronized void open(ProducerTemplate producer) {
        lastSeen.clear();
        this.producer = producer;
    }

    void close() {
        this.producer = null;
    }

    @Override
    public synchronized void requestReceived(Request request, Response response) {
        ProducerTemplate to = producer;
        Matcher write = NODE_WRITE.matcher(request.getUrl().split("\\?", 2)[0]);
        String method = request.getMethod().getName();
        if (to == null || !write.matches() || response.getStatus() / 100 != 2 || method.equals("GET")) {
            return;
        }
        String nodeId = write.group(1);
        String sub = write.group(2);
        JsonNode body = read(request.getBodyAsString());
        if ("/children".equals(sub) && method.equals("POST")) {
            String created = read(response.getBodyAsString()).path("entry").path("id").asText();
            lastSeen.put(created, alfresco.node(created).properties());
            publish(to, events.nodeCreated(created));
            body.path("targets").forEach(t -> publish(to, events.peerAssocCreated(created, t.path("targetId").asText(), t.path("assocType").asText())));
        } else if ("/targets".equals(sub) && method.equals("POST")) {
            publish(to, events.peerAssocCreated(nodeId, body.path("targetId").asText(), body.path("assocType").asText()));
        } else if (sub == null && method.equals("PUT")) {
            Map<String, Object> before = lastSeen.getOrDefault(nodeId, Map.of());
            Map<String, Object> now = alfresco.node(nodeId).properties();
            Map<String, Object> changed = new LinkedHashMap<>();
            body.path("properties").fieldNames().forEachRemaining(k -> {
                if (!Objects.equals(before.get(k), now.get(k))) {
                    changed.put(k, before.get(k));
                }
            });
            lastSeen.put(nodeId, now);
            publish(to, events.nodeUpdated(nodeId, changed));
        }
    }

    private static void publish(ProducerTemplate to, String event) {
        to.sendBody(E2eTestSupport.EVENTS_TOPIC, event);
    }

    private static JsonNode read(String text) {
        try {
            return text == null || text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
