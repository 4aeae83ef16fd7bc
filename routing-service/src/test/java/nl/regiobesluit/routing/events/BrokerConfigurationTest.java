package nl.regiobesluit.routing.events;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.regiobesluit.routing.testsupport.ConfiguredBroker;
import org.apache.activemq.ActiveMQConnectionFactory;
import org.apache.activemq.broker.BrokerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What docker/activemq/activemq.xml makes of Alfresco's topic, on a broker of that very file (the compose broker's):
 * the events wait in the service's queue, other subscribers of the topic still get them, and of all instances'
 * consumers one at a time takes from the queue, the next one when it goes.
 */
class BrokerConfigurationTest {

    private static final String TOPIC = "alfresco.repo.event2";

    private BrokerService broker;
    private Connection connection;

    @BeforeEach
    void broker() throws Exception {
        String name = "config-" + UUID.randomUUID();
        broker = ConfiguredBroker.create(name);
        broker.start();
        broker.waitUntilStarted();
        connection = new ActiveMQConnectionFactory("vm://" + name + "?create=false").createConnection();
        connection.start();
    }

    @AfterEach
    void stop() throws Exception {
        connection.close();
        broker.stop();
        broker.waitUntilStopped();
    }

    @Test
    void eventsPublishedWhileNoInstanceRunsWaitInTheServiceQueueAndOtherTopicSubscribersStillGetThem() throws Exception {
        Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        MessageConsumer otherSubscriber = session.createConsumer(session.createTopic(TOPIC));
        publish(session, "e1", "e2", "e3");

        assertThat(receiveAll(otherSubscriber)).containsExactlyInAnyOrder("e1", "e2", "e3");
        MessageConsumer service = session.createConsumer(session.createQueue(ConfiguredBroker.INTAKE_QUEUE));
        assertThat(receiveAll(service)).containsExactlyInAnyOrder("e1", "e2", "e3");
    }

    @Test
    void ofSeveralConsumersOfTheServiceQueueOneAtATimeIsGivenEventsAndAnotherTakesOverWhenItGoes() throws Exception {
        Session first = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        Session second = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        MessageConsumer a = first.createConsumer(first.createQueue(ConfiguredBroker.INTAKE_QUEUE));
        MessageConsumer b = second.createConsumer(second.createQueue(ConfiguredBroker.INTAKE_QUEUE));
        Session publisher = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        publish(publisher, "e1", "e2", "e3", "e4");

        List<String> toA = receiveAll(a);
        List<String> toB = receiveAll(b);
        // exclusive consumer: all four went to one of them, which one is the broker's choice
        assertThat(Set.of(toA.size(), toB.size())).containsExactlyInAnyOrder(0, 4);
        MessageConsumer left = toA.isEmpty() ? b : a;
        MessageConsumer other = toA.isEmpty() ? a : b;

        left.close();
        publish(publisher, "e5", "e6");
        assertThat(receiveAll(other)).containsExactlyInAnyOrder("e5", "e6");
    }

    private static void publish(Session session, String... bodies) throws Exception {
        MessageProducer producer = session.createProducer(session.createTopic(TOPIC));
        for (String body : bodies) {
            producer.send(session.createTextMessage(body));
        }
        producer.close();
    }

    /** Every message the consumer is given until none comes for a second (the sends above were synchronous). */
    private static List<String> receiveAll(MessageConsumer consumer) throws Exception {
        List<String> bodies = new ArrayList<>();
        Message m;
        while ((m = consumer.receive(1000)) != null) {
            bodies.add(((TextMessage) m).getText());
        }
        return bodies;
    }
}
