package nl.regiobesluit.e2e.contract;

import com.github.tomakehurst.wiremock.http.RequestListener;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.activemq.broker.BrokerPlugin;

/**
 * The contract checks of one test JVM: the REST exchanges with the simulated Alfresco ({@link ApiContract}) and the
 * events published to it ({@link EventContract}), against Alfresco's definitions in {@code ../shared/reference/alfresco}.
 * Without that reference nothing is checked (events are still recorded) and {@link #whySkipped()} says why.
 */
public final class ContractRun {

    private static ContractRun current;

    private final ApiContract api;
    private final EventContract events;
    private final String whySkipped;

    private ContractRun(ApiContract api, EventContract events, String whySkipped) {
        this.api = api;
        this.events = events;
        this.whySkipped = whySkipped;
    }

    /** The checks of this JVM, reading the reference once; events go to {@code <regio.e2e.output>/acs-events.jsonl}. */
    public static synchronized ContractRun current() {
        if (current == null) {
            Path output = Path.of(System.getProperty("regio.e2e.output", "target"));
            current = start(AlfrescoReference.expectedDir(), output.resolve("acs-events.jsonl"));
        }
        return current;
    }

    static ContractRun start(Path referenceDir, Path eventFile) {
        String absent = AlfrescoReference.whyAbsent(referenceDir);
        if (absent != null) {
            return new ContractRun(null, EventContract.unchecked(eventFile), absent);
        }
        AlfrescoReference reference = new AlfrescoReference(referenceDir);
        return new ContractRun(ApiContract.load(reference), EventContract.load(reference, eventFile), null);
    }

    /** Null when the checks run; else why they do not. */
    public String whySkipped() {
        return whySkipped;
    }

    /** To attach to the simulator's WireMock server; does nothing when the checks are skipped. */
    public RequestListener requestListener() {
        return api != null ? api : (request, response) -> {
        };
    }

    /** To install in every broker the tests publish Alfresco's events to. */
    public BrokerPlugin brokerPlugin() {
        return events.brokerPlugin();
    }

    public EventContract events() {
        return events;
    }

    void runningTest(String name) {
        if (api != null) {
            api.runningTest(name);
        }
        events.runningTest(name);
    }

    public int exchangesChecked() {
        return api == null ? 0 : api.exchangesChecked();
    }

    public int eventsChecked() {
        return events.checks() ? events.eventsChecked() : 0;
    }

    /** Every violation so far: exchanges first, then events. */
    public List<Violation> violations() {
        List<Violation> all = new ArrayList<>(exchangeViolations());
        all.addAll(eventViolations());
        return all;
    }

    /** In the order found. */
    public List<Violation> exchangeViolations() {
        return api == null ? List.of() : api.violations();
    }

    /** In the order found. */
    public List<Violation> eventViolations() {
        return events.violations();
    }
}
