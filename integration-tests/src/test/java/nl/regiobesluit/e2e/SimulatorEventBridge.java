package nl.regiobesluit.e2e;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestListener;
import com.github.tomakehurst.wiremock.http.Response;
import nl.regiobesluit.routing.testsupport.AlfrescoSimulator;
import org.apache.camel.ProducerTemplate;

/**
 * Only for {@link RestDriverAgainstTheSimulatorTest}: stands in for Alfresco's event2 publisher. The simulator itself
 * records the events Alfresco would publish for every write made over HTTP, by anyone (the REST driver's griffie users
 * and the service's own account alike: Alfresco leaves out only {@code System}'s writes), in its {@code SimEventLog}; this
 * bridge turns that recording on while a test runs and, after each request WireMock has answered, publishes what was
 * recorded on {@code alfresco.repo.event2}. Which events those are (node.Created plus the folder's node.Updated for a new
 * node, one node.Updated per changed node with what changed in {@code resourceBefore}, assoc.peer.Created per
 * association, node.Updated for a lock) is the simulator's, documented in {@code SimEventLog}.
 */
final class SimulatorEventBridge implements RequestListener {

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private final AlfrescoSimulator alfresco;
    private volatile ProducerTemplate producer;
    /** How many node events were published per modifier since the bridge was opened. */
    private final java.util.Map<String, Integer> byModifier = new java.util.concurrent.ConcurrentHashMap<>();

    private SimulatorEventBridge(AlfrescoSimulator alfresco) {
        this.alfresco = alfresco;
    }

    /** WireMock keeps a listener for good, so it is installed once and then opened and closed per test. */
    static SimulatorEventBridge installOn(AlfrescoSimulator alfresco) {
        SimulatorEventBridge bridge = new SimulatorEventBridge(alfresco);
        alfresco.server().addMockServiceRequestListener(bridge);
        return bridge;
    }

    synchronized void open(ProducerTemplate producer) {
        alfresco.events().recording(false);
        alfresco.events().recording(true);
        byModifier.clear();
        this.producer = producer;
    }

    synchronized void close() {
        this.producer = null;
        alfresco.events().recording(false);
    }

    /** The number of node events published since {@link #open}, per user who modified the node ("-" for associations). */
    java.util.Map<String, Integer> eventsByModifier() {
        return java.util.Map.copyOf(byModifier);
    }

    private static String modifier(String event) {
        try {
            return JSON.readTree(event).at("/data/resource/modifiedByUser/id").asText("-");
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    @Override
    public synchronized void requestReceived(Request request, Response response) {
        ProducerTemplate to = producer;
        if (to != null) {
            alfresco.events().drain().forEach(event -> {
                to.sendBody(E2eTestSupport.EVENTS_TOPIC, event);
                byModifier.merge(modifier(event), 1, Integer::sum);
            });
        }
    }
}
