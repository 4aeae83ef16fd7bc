package nl.regiobesluit.e2e;

import nl.regiobesluit.routing.deadline.DeadlineRoute;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.Route;
import org.apache.camel.component.jms.JmsConsumer;
import org.springframework.jms.listener.AbstractMessageListenerContainer;
import org.springframework.jms.listener.DefaultMessageListenerContainer;

/**
 * The routing-service that the test runs in its own JVM, seen from the REST driver: whether it listens to the events
 * yet, whether it is still busy with one, and its deadline check, run now.
 */
public final class ServiceUnderTest {

    private final CamelContext camel;
    private final ProducerTemplate producer;

    public ServiceUnderTest(CamelContext camel, ProducerTemplate producer) {
        this.camel = camel;
        this.producer = producer;
    }

    /** Its events route has a consumer registered on the topic (a topic keeps nothing for a subscriber not yet there). */
    public boolean subscribed() throws Exception {
        Route route = camel.getRoute("events");
        if (route == null || !(route.getConsumer() instanceof JmsConsumer jms)) {
            return false;
        }
        AbstractMessageListenerContainer listener = jms.getListenerContainer();
        if (listener instanceof DefaultMessageListenerContainer container) {
            return container.isRunning() && (container.isRegisteredWithDestination()
                    || container.getCacheLevel() < DefaultMessageListenerContainer.CACHE_CONSUMER && container.getActiveConsumerCount() > 0);
        }
        return listener != null && listener.isRunning();
    }

    /** No event is being handled (every step of one event runs in the exchange the events route started). */
    public boolean idle() {
        return camel.getInflightRepository().size("events") == 0;
    }

    public void runDeadlineCheck() {
        producer.sendBody(DeadlineRoute.CHECK_URI, null);
    }
}
