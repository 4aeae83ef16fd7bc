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

    private final AlfrescoSimulator alfresco;
    private volatile ProducerTemplate producer;

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
        this.producer = producer;
    }

    synchronized void close() {
        this.producer = null;
        alfresco.events().recording(false);
    }

    @Override
    public synchronized void requestReceived(Request request, Response response) {
        ProducerTemplate to = producer;
        if (to != null) {
            alfresco.events().drain().forEach(event -> to.sendBody(E2eTestSupport.EVENTS_TOPIC, event));
        }
    }
}
