package nl.regiobesluit.routing.testsupport;

import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.NotifyBuilder;
import org.awaitility.Awaitility;

/**
 * Publishes events as Alfresco does and waits until the events route has finished each of them, recognised by a
 * test header (recipient-list copies carry it too, so only originals are counted). Shared by the route tests and
 * the end-to-end tests.
 */
public final class EventPublisher {

    private static final String TEST_BATCH = "rbTestBatch";

    private EventPublisher() {
    }

    public static void publishAndWait(CamelContext camel, ProducerTemplate producer, String topic, long timeoutSeconds,
                                      String... events) {
        String batch = UUID.randomUUID().toString();
        NotifyBuilder done = new NotifyBuilder(camel).fromRoute("events")
                .filter(e -> batch.equals(e.getIn().getHeader(TEST_BATCH)) && !isCopy(e))
                .whenDone(events.length).create();
        Arrays.stream(events).forEach(e -> producer.sendBodyAndHeader(topic, e, TEST_BATCH, batch));
        if (!done.matches(timeoutSeconds, TimeUnit.SECONDS)) {
            throw new AssertionError("events route did not finish " + events.length + " event(s) in time");
        }
        awaitNoEventInFlight(camel, timeoutSeconds);
    }

    private static boolean isCopy(Exchange e) {
        // a copy names its parent as correlation id; the original has none, or (after aggregation) its own
        Object parent = e.getProperty(ExchangePropertyKey.CORRELATION_ID);
        return parent != null && !parent.equals(e.getExchangeId());
    }

    /** A guard against counting too early: nothing of the events route may still be running. */
    private static void awaitNoEventInFlight(CamelContext camel, long timeoutSeconds) {
        Awaitility.await("events route idle").atMost(Duration.ofSeconds(timeoutSeconds)).pollInterval(Duration.ofMillis(5))
                .until(() -> camel.getInflightRepository().size("events") == 0);
    }
}
