package nl.regiobesluit.routing.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.regiobesluit.routing.camel.RouteHeaders;
import org.apache.activemq.broker.BrokerService;
import org.apache.activemq.broker.region.Destination;
import org.apache.activemq.broker.region.DestinationFilter;
import org.apache.activemq.broker.region.Queue;
import org.apache.activemq.command.ActiveMQQueue;
import org.apache.camel.ConsumerTemplate;
import org.apache.camel.Exchange;

/**
 * The dead-letter queue of the tests' embedded broker, read the way only guaranteed facts allow.
 *
 * <p>Several concurrent consumers handle events, so two events dead-lettered by one publish arrive in the queue in
 * any order: they are told apart by their body (the original event), never by their position. How many wait is
 * read from the broker's own count of the queue, which is exact once the events route has finished (the route
 * sends to the queue synchronously before it completes); a JMS {@code receiveNoWait} on a fresh consumer is not,
 * because ActiveMQ dispatches to a new consumer asynchronously and so it returns null even when messages wait.
 */
public final class DeadLetterQueue {

    private static final String NAME = "regiobesluit.dlq";
    public static final String URI = "jms:queue:" + NAME;
    private static final long RECEIVE_TIMEOUT_MS = 10_000;

    private final BrokerService broker;
    private final ConsumerTemplate consumer;

    public DeadLetterQueue(BrokerService broker, ConsumerTemplate consumer) {
        this.broker = broker;
        this.consumer = consumer;
    }

    /** How many messages wait in the queue now (exact: the broker's count, not a timed receive). */
    public long size() throws Exception {
        Queue queue = queue();
        return queue == null ? 0 : queue.getDestinationStatistics().getMessages().getCount();
    }

    /** Empties the queue (what an earlier test left). */
    public void purge() throws Exception {
        Queue queue = queue();
        if (queue != null) {
            queue.purge();
        }
    }

    /**
     * Takes every waiting message, asserting that there are exactly {@code expected}, and returns each one's
     * failure reason by its body (the original event), in no particular order.
     */
    public Map<String, String> takeReasonsByEvent(int expected) throws Exception {
        assertThat(size()).as("dead-lettered messages waiting").isEqualTo(expected);
        Map<String, String> reasons = new LinkedHashMap<>();
        for (int i = 0; i < expected; i++) {
            Exchange dead = consumer.receive(URI, RECEIVE_TIMEOUT_MS);
            assertThat(dead).as("dead letter %d of %d", i + 1, expected).isNotNull();
            reasons.put(dead.getIn().getBody(String.class), dead.getIn().getHeader(RouteHeaders.FAILURE_REASON, String.class));
        }
        assertThat(reasons).as("one dead letter per distinct event").hasSize(expected);
        return reasons;
    }

    /** Takes every waiting message, asserting that there are exactly {@code expected}, and returns their reasons as a set. */
    public java.util.Set<String> takeReasons(int expected) throws Exception {
        assertThat(size()).as("dead-lettered messages waiting").isEqualTo(expected);
        java.util.Set<String> reasons = new java.util.HashSet<>();
        for (int i = 0; i < expected; i++) {
            Exchange dead = consumer.receive(URI, RECEIVE_TIMEOUT_MS);
            assertThat(dead).as("dead letter %d of %d", i + 1, expected).isNotNull();
            reasons.add(dead.getIn().getHeader(RouteHeaders.FAILURE_REASON, String.class));
        }
        return reasons;
    }

    private Queue queue() throws Exception {
        Destination d = broker.getDestination(new ActiveMQQueue(NAME));
        while (d instanceof DestinationFilter filter) {
            d = filter.getNext();
        }
        return (Queue) d;
    }
}
