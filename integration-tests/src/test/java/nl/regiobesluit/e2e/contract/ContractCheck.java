package nl.regiobesluit.e2e.contract;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails an end-to-end test in which anything was exchanged with the simulated Alfresco, or published as Alfresco's
 * event, that Alfresco's own definitions do not allow ({@link ContractRun}); the failure lists each violation (method,
 * path, status, message). When the reference is absent it says so once, and checks nothing.
 */
public final class ContractCheck implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback {

    private static final AtomicBoolean TOLD = new AtomicBoolean();
    /** Violations reported so far (to a test that failed for them), of exchanges and of events; each is reported once. */
    private static int exchangesReported;
    private static int eventsReported;

    @Override
    public void beforeAll(ExtensionContext context) {
        String why = ContractRun.current().whySkipped();
        if (why != null && !TOLD.getAndSet(true)) {
            System.out.println("Alfresco contract checks skipped, because " + why
                    + ": the exchanges with the simulated Alfresco and the events are not checked against Alfresco's definitions");
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        ContractRun.current().runningTest(context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        List<Violation> fresh = new java.util.ArrayList<>();
        synchronized (ContractCheck.class) {
            List<Violation> exchanges = ContractRun.current().exchangeViolations();
            List<Violation> events = ContractRun.current().eventViolations();
            fresh.addAll(exchanges.subList(exchangesReported, exchanges.size()));
            fresh.addAll(events.subList(eventsReported, events.size()));
            exchangesReported = exchanges.size();
            eventsReported = events.size();
        }
        if (!fresh.isEmpty()) {
            StringBuilder text = new StringBuilder(fresh.size() + " difference(s) from Alfresco's definitions (../shared/reference/alfresco):");
            fresh.forEach(v -> text.append("\n  ").append(v));
            throw new AssertionError(text.toString());
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        ContractRun run = ContractRun.current();
        if (run.whySkipped() == null) {
            System.out.println("Alfresco contract, after " + context.getRequiredTestClass().getSimpleName() + ": "
                    + run.exchangesChecked() + " exchanges and " + run.eventsChecked() + " events checked in this run, "
                    + run.violations().size() + " violation(s)");
        }
    }
}
