package nl.regiobesluit.routing.testsupport;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A simulated Alfresco served over HTTP for one test class: started before its first test, stopped after its last
 * (event recording switched off first, so a later class starts quiet). Register it as
 * {@code @RegisterExtension static final ServedSimulator SERVED = new ServedSimulator();}.
 */
public final class ServedSimulator implements BeforeAllCallback, AfterAllCallback {

    private final AlfrescoSimulator simulator = new AlfrescoSimulator();

    public AlfrescoSimulator simulator() {
        return simulator;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        simulator.startServer();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        simulator.events().recording(false);
        simulator.server().stop();
    }
}
