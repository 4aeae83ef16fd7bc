package nl.regiobesluit.e2e;

import static nl.regiobesluit.e2e.Harness.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The REST driver ({@link RestTarget}) held to Alfresco's REST contract without an Alfresco: every scenario of
 * {@link ScenariosTest} runs through it, over HTTP, against the simulator's implementation of the v1 API (paths, JSON
 * shapes, status codes; a request the simulator does not know fails the scenario). The simulator records the events
 * Alfresco would publish for each write over HTTP (its {@code SimEventLog}), the service's own writes included; here, and
 * only here, {@link SimulatorEventBridge} publishes them. That proves the driver speaks the contract, that its waiting
 * works with events it did not publish, and that the service copes with the echo of its own writes; it is not a run
 * against Alfresco, which only {@code -Pacs} is.
 */
@SimulatorOnly("it checks the REST driver against the simulator; under -Pacs ScenariosTest itself runs through the REST driver")
class RestDriverAgainstTheSimulatorTest extends ScenariosTest {

    private static final SimulatorEventBridge BRIDGE = SimulatorEventBridge.installOn(ALFRESCO);

    @Autowired
    RestDriverAgainstTheSimulatorTest(CamelContext camel, ProducerTemplate producer) {
        super(overTheSimulator(new ServiceUnderTest(camel, producer)));
    }

    /** The griffie users and folders of {@link Harness#freshRegion()}; the simulator reads the user from Basic auth only. */
    private static RestTarget overTheSimulator(ServiceUnderTest service) {
        HttpClient http = AlfrescoRest.client();
        Map<String, String> councils = new LinkedHashMap<>();
        LEIDSE_REGIO.forEach(m -> councils.put(m, councilFolder(m)));
        RegionFolders folders = new RegionFolders("folder-voorstellen", "folder-regiocommissie", "folder-besluiten", councils);
        return new RestTarget("scenarios-rest-driver", user -> new AlfrescoRest(http, ALFRESCO.baseUrl(), user, "demo"),
                new AcsSettings.Accounts(REGIOGRIFFIER, Harness::griffier, "demo"), folders, RestTarget.newRun(),
                Duration.ofSeconds(30), service);
    }

    /** After the simulator's fresh region (E2eTestSupport): events from every write from now on. */
    @BeforeEach
    void bridgeWritesToEvents() throws Exception {
        BRIDGE.open(producer);
        on.freshRegion();
    }

    /**
     * The service heard its own writes back, as it does from Alfresco: the scenario ended as in {@link ScenariosTest} (the
     * same records, the same e-mails, none twice), so the echo changed nothing.
     */
    @AfterEach
    void theServiceHeardItsOwnWritesAndCloseBridge() {
        try {
            assertThat(BRIDGE.eventsByModifier()).as("node events published per modifier").containsKey(Harness.SERVICE_USER);
        } finally {
            BRIDGE.close();
        }
    }

    /** Not a scenario: the simulator's contract record, checked once in ScenariosTest (an override without @Test is no test). */
    @Override
    void everyScenarioRequestIsInTheContractRecord() {
    }
}
