package nl.regiobesluit.e2e;

import static nl.regiobesluit.e2e.Harness.*;

import jakarta.jms.Connection;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.regiobesluit.routing.RoutingServiceApplication;
import org.apache.activemq.ActiveMQConnectionFactory;
import org.apache.activemq.broker.BrokerService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * For the tests that stop things the shared context cannot: a broker on a real TCP port that the test starts and
 * stops (optionally persistent, in KahaDB), and routing-service instances the test starts and stops, connected to it
 * through the failover transport as in production. Same simulated Alfresco, SMTP server and clock as {@link Harness}.
 */
final class OwnService {

    static final Duration WAIT = Duration.ofSeconds(30);

    private OwnService() {
    }

    static BrokerService broker(String name, int port, Path kahaDb, boolean wipe) throws Exception {
        // as docker/activemq/activemq.xml configures the compose broker
        BrokerService broker = nl.regiobesluit.routing.testsupport.ConfiguredBroker.create(name);
        broker.setAdvisorySupport(false);
        broker.setPlugins(new org.apache.activemq.broker.BrokerPlugin[]{CONTRACT.brokerPlugin()});
        if (kahaDb == null) {
            broker.setPersistent(false);
        } else {
            broker.setPersistent(true);
            broker.setDataDirectoryFile(kahaDb.toFile());
            broker.setDeleteAllMessagesOnStartup(wipe);
        }
        broker.addConnector("tcp://127.0.0.1:" + port + "?transport.reuseAddress=true");
        broker.start();
        broker.waitUntilStarted();
        return broker;
    }

    /**
     * The port the broker's connector is bound to. Start the first broker of a test on port 0 and read its port
     * here: the system picks a free one while binding it, where "find a free port, then bind" leaves a moment in
     * which another process on a shared machine can take it.
     */
    static int port(BrokerService broker) throws Exception {
        return broker.getTransportConnectors().get(0).getConnectUri().getPort();
    }

    /** Starts the real application (profile e2e) against the broker at this port; {@code db} names its idempotency store. */
    static ConfigurableApplicationContext start(int brokerPort, String db) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("spring.activemq.broker-url", "failover:(tcp://127.0.0.1:" + brokerPort
                + ")?initialReconnectDelay=50&maxReconnectDelay=500&timeout=20000");
        // the database called db, on the tests' PostgreSQL: a restarted instance finds what the earlier one stored
        props.put("spring.datasource.url", nl.regiobesluit.routing.testsupport.TestPostgres.namedDatabase(db));
        props.put("spring.datasource.username", "postgres");
        props.put("content.service.url", ALFRESCO.baseUrl());
        props.put("search.service.url", ALFRESCO.baseUrl());
        props.put("regiobesluit.mail.uri", "smtp://127.0.0.1:" + SMTP.getSmtp().getPort());
        props.put("regiobesluit.region.composition.location", composition2014().toString());
        props.put("camel.main.shutdown-timeout", "5");
        props.put("server.port", "0");
        // as command-line arguments, which win over application-e2e.yml (default properties would not)
        String[] args = props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(RoutingServiceApplication.class, ScenarioClock.class)
                .profiles("e2e").run(args);
    }

    /** Waits until the service consumes the queue the broker forwards Alfresco's topic to (it starts asynchronously). */
    static void awaitSubscribed(BrokerService broker) {
        org.awaitility.Awaitility.await().atMost(WAIT).until(() -> {
            var d = broker.getDestination(new org.apache.activemq.command.ActiveMQQueue(
                    nl.regiobesluit.routing.testsupport.ConfiguredBroker.INTAKE_QUEUE));
            return d != null && !d.getConsumers().isEmpty();
        });
    }

    /**
     * Waits until the service has finished every event published so far: none waits for or sits unacknowledged in
     * the queue the broker forwards Alfresco's topic to, none in the service's own queue, none in flight in its routes. A state the test
     * waited for (say DECIDED) is reached by one event while other councils' events may still be at work (they are
     * handled concurrently), so the final state is asserted only once the service is idle. Exact, not a pause: the
     * intake acknowledges an event only after the queue accepted its copy, and the queue only after the route
     * finished with it, so each event is counted somewhere until it is done.
     */
    static void awaitIdle(ConfigurableApplicationContext service, BrokerService broker) {
        org.apache.camel.CamelContext camel = service.getBean(org.apache.camel.CamelContext.class);
        org.awaitility.Awaitility.await("service idle").atMost(WAIT).pollInterval(Duration.ofMillis(20)).until(() -> {
            var intake = broker.getDestination(new org.apache.activemq.command.ActiveMQQueue(
                    nl.regiobesluit.routing.testsupport.ConfiguredBroker.INTAKE_QUEUE));
            boolean subscriptionDrained = intake.getDestinationStatistics().getMessages().getCount() == 0;
            var queue = broker.getDestination(new org.apache.activemq.command.ActiveMQQueue("regiobesluit.events"));
            return subscriptionDrained && queue.getDestinationStatistics().getMessages().getCount() == 0
                    && camel.getInflightRepository().size() == 0;
        });
    }

    /** Publishes events as Alfresco does: text messages on the topic alfresco.repo.event2. */
    static void publish(int brokerPort, String... events) throws Exception {
        ActiveMQConnectionFactory cf = new ActiveMQConnectionFactory("failover:(tcp://127.0.0.1:" + brokerPort + ")?timeout=20000");
        try (Connection c = cf.createConnection()) {
            Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageProducer producer = s.createProducer(s.createTopic("alfresco.repo.event2"));
            for (String e : events) {
                producer.send(s.createTextMessage(e));
            }
        }
    }

    @Configuration
    static class ScenarioClock {
        @Bean
        @Primary
        Clock scenarioClock() {
            return CLOCK;
        }
    }
}
