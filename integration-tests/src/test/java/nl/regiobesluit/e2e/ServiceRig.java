package nl.regiobesluit.e2e;

import static nl.regiobesluit.e2e.Harness.*;
import static org.awaitility.Awaitility.await;

import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import nl.regiobesluit.routing.RoutingServiceApplication;
import nl.regiobesluit.routing.camel.RouteHeaders;
import nl.regiobesluit.routing.deadline.DeadlineRoute;
import nl.regiobesluit.routing.testsupport.ConfiguredBroker;
import org.apache.activemq.ActiveMQConnectionFactory;
import org.apache.activemq.broker.BrokerService;
import org.apache.activemq.broker.TransportConnector;
import org.apache.activemq.broker.region.Destination;
import org.apache.activemq.command.ActiveMQQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.apache.camel.support.service.ServiceHelper;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Routing-service instances of the test's own, for the mail reliability tests: an embedded broker on TCP with one
 * connector per instance (so that one instance can be cut off as if it crashed, while the other stays connected),
 * the broker configured by docker/activemq/activemq.xml (Alfresco's topic forwarded to the queue all instances consume), an SMTP server that can be taken down
 * ({@link SmtpRelay}), one PostgreSQL database shared by all instances (idempotency keys, locks, the mail ledger), and the
 * simulated Alfresco, GreenMail and clock of {@link Harness}.
 *
 * <p>Waiting is on final state, never on time: {@link #awaitQuiet()} returns once no event waits or is being handled
 * anywhere (the broker's queues hold a message until its consumer acknowledged it, after handling it).
 */
final class ServiceRig implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(60);
    /** The queue the broker forwards Alfresco's topic to (docker/activemq/activemq.xml), which every instance consumes. */
    static final String EVENTS_QUEUE = ConfiguredBroker.INTAKE_QUEUE;
    static final String SERVICE_QUEUE = "regiobesluit.events";
    static final String DLQ = "regiobesluit.dlq";

    private final BrokerService broker;
    private final List<TransportConnector> connectors = new ArrayList<>();
    private final List<String> urls = new ArrayList<>();
    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();
    /** The instance started on each connector, and those cut off (dead to the broker; their threads are ignored). */
    private final Map<Integer, ConfigurableApplicationContext> onConnector = new java.util.HashMap<>();
    private final java.util.Set<ConfigurableApplicationContext> cutOff = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** The one database of every instance of the rig, on the tests' PostgreSQL. */
    private final String database = nl.regiobesluit.routing.testsupport.TestPostgres.newDatabase("rig");
    /** Events handed to the instances (published or replayed) and events whose handling ended, in any instance. */
    private final AtomicInteger handedIn = new AtomicInteger();
    private final AtomicInteger handled = new AtomicInteger();
    private final Map<Integer, AtomicInteger> handledBy = new java.util.concurrent.ConcurrentHashMap<>();
    final SmtpRelay smtp;

    ServiceRig(int connectorCount) throws Exception {
        // Alfresco's topic forwarded to the service's queue, its exclusive consumer, the queues there from the start:
        // all as docker/activemq/activemq.xml configures the compose broker
        broker = ConfiguredBroker.create("rig-" + UUID.randomUUID());
        broker.setAdvisorySupport(false);
        broker.setPlugins(new org.apache.activemq.broker.BrokerPlugin[]{CONTRACT.brokerPlugin()});
        // Port 0: the system picks a free port while binding it (no moment between "find" and "bind" for another
        // process to take it); the bound port is read once the broker has started.
        for (int i = 0; i < connectorCount; i++) {
            connectors.add(broker.addConnector("tcp://127.0.0.1:0"));
        }
        broker.start();
        broker.waitUntilStarted();
        for (TransportConnector c : connectors) {
            urls.add("tcp://127.0.0.1:" + c.getConnectUri().getPort());
        }
        smtp = new SmtpRelay(SMTP.getSmtp().getPort());
    }

    /** Starts an instance of the real application (profile e2e) on connector {@code n}; {@code extra} wins over the rest. */
    CamelContext start(int n, Map<String, String> extra) {
        Map<String, String> props = new TreeMap<>();
        props.put("spring.activemq.broker-url", urls.get(n));
        props.put("spring.datasource.url", database);
        props.put("spring.datasource.username", "postgres");
        props.put("content.service.url", ALFRESCO.baseUrl());
        props.put("search.service.url", ALFRESCO.baseUrl());
        props.put("regiobesluit.mail.uri", "smtp://127.0.0.1:" + smtp.port() + "?connectionTimeout=5000");
        props.put("regiobesluit.region.composition.location", composition2014().toString());
        props.put("camel.main.shutdown-timeout", "5");
        props.put("server.port", "0");
        props.putAll(extra);
        String[] args = props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(RoutingServiceApplication.class, OwnService.ScenarioClock.class)
                .profiles("e2e").run(args);
        instances.add(context);
        onConnector.put(n, context);
        CamelContext camel = context.getBean(CamelContext.class);
        countHandledEvents(camel, handledBy.computeIfAbsent(n, k -> new AtomicInteger()));
        long live = instances.stream().filter(c -> c.isActive() && !cutOff.contains(c)).count();
        await().atMost(WAIT).until(() -> consumers(EVENTS_QUEUE) >= live && consumers(SERVICE_QUEUE) >= live);
        return camel;
    }

    CamelContext start(int n) {
        return start(n, Map.of());
    }

    /** Counts each event whose handling by the events route ended (done or dead-lettered), as NotifyBuilder does. */
    private void countHandledEvents(CamelContext camel, AtomicInteger byThisInstance) {
        EventNotifierSupport counter = new EventNotifierSupport() {
            @Override
            public void notify(CamelEvent event) {
                Exchange e = ((CamelEvent.ExchangeEvent) event).getExchange();
                Object parent = e.getProperty(ExchangePropertyKey.CORRELATION_ID);
                boolean copy = parent != null && !parent.equals(e.getExchangeId());
                if ("events".equals(e.getFromRouteId()) && !copy) {
                    handled.incrementAndGet();
                    byThisInstance.incrementAndGet();
                }
            }

            @Override
            public boolean isEnabled(CamelEvent event) {
                return event instanceof CamelEvent.ExchangeCompletedEvent || event instanceof CamelEvent.ExchangeFailedEvent;
            }
        };
        camel.getCamelContextExtension().setEventNotificationApplicable(true);
        camel.getManagementStrategy().addEventNotifier(counter);
        ServiceHelper.startService(counter);
    }

    /** How many events the instance started on connector {@code n} has handled (done or dead-lettered). */
    int handledBy(int n) {
        AtomicInteger count = handledBy.get(n);
        return count == null ? 0 : count.get();
    }

    /** The JDBC URL of the one database all instances share (user postgres). */
    String databaseUrl() {
        return database;
    }

    /**
     * Stops the instance on connector {@code n} as an operator would (its application context closed): Camel stops
     * taking messages, lets what it is handling finish within camel.main.shutdown-timeout, and what it had been given
     * but not acknowledged goes back to the broker, which gives it to the other instances.
     */
    void stop(int n) {
        onConnector.get(n).close();
    }

    /** Cuts connector {@code n} off, with every connection of the instance on it: to the broker that instance crashed. */
    void cutOff(int n) throws Exception {
        cutOff.add(onConnector.get(n));
        connectors.get(n).stop();
    }

    private int consumers(String queue) throws Exception {
        Destination d = broker.getDestination(new ActiveMQQueue(queue));
        return d == null ? 0 : d.getConsumers().size();
    }

    private long pending(String queue) throws Exception {
        Destination d = broker.getDestination(new ActiveMQQueue(queue));
        return d == null ? 0 : d.getDestinationStatistics().getMessages().getCount();
    }

    /** Publishes events as Alfresco does: persistent text messages on the topic alfresco.repo.event2. */
    void publish(String... events) throws Exception {
        send("topic", "alfresco.repo.event2", events);
    }

    /**
     * Returns once every event handed in has been handled by some instance (the events route ended its exchange), its
     * queues are empty and no instance has an exchange in its routes (the deadline check included).
     */
    void awaitQuiet() {
        await("every event handled").atMost(WAIT).pollInterval(Duration.ofMillis(20)).until(() -> {
            if (handled.get() < handedIn.get() || pending(EVENTS_QUEUE) + pending(SERVICE_QUEUE) > 0) {
                return false;
            }
            for (ConfigurableApplicationContext c : instances) {
                if (c.isActive() && !cutOff.contains(c) && c.getBean(CamelContext.class).getInflightRepository().size() > 0) {
                    return false;
                }
            }
            return true;
        });
    }

    /** A dead-lettered message: the original event (none for a scheduled check) and why it is there. */
    record DeadLetter(String body, String reason, String failedRoute, String group) {
        boolean isEvent() {
            return "events".equals(failedRoute);
        }
    }

    /** Takes every message off the dead-letter queue. */
    List<DeadLetter> drainDeadLetters() throws Exception {
        List<DeadLetter> letters = new ArrayList<>();
        try (Connection c = factory().createConnection()) {
            c.start();
            Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = s.createConsumer(s.createQueue(DLQ));
            Message m;
            // the DLQ was filled before this is called (awaitQuiet), so an empty receive means it is empty
            while ((m = consumer.receive(500)) != null) {
                letters.add(new DeadLetter(m instanceof TextMessage text ? text.getText() : null, m.getStringProperty(RouteHeaders.FAILURE_REASON),
                        m.getStringProperty(RouteHeaders.FAILED_ROUTE), m.getStringProperty("JMSXGroupID")));
            }
        }
        return letters;
    }

    /** What the README tells administrators to do: move the dead-lettered events back to the service's queue. */
    void replay(List<DeadLetter> letters) throws Exception {
        try (Connection c = factory().createConnection()) {
            Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageProducer producer = s.createProducer(s.createQueue(SERVICE_QUEUE));
            producer.setDeliveryMode(DeliveryMode.PERSISTENT);
            for (DeadLetter letter : letters) {
                TextMessage m = s.createTextMessage(letter.body());
                if (letter.group() != null) {
                    m.setStringProperty("JMSXGroupID", letter.group());
                }
                producer.send(m);
                handedIn.incrementAndGet();
            }
        }
    }

    /** The Camel context of an instance that runs and is connected. */
    CamelContext liveInstance() {
        return instances.stream().filter(c -> c.isActive() && !cutOff.contains(c)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no instance runs")).getBean(CamelContext.class);
    }

    void runDeadlineCheck(CamelContext instance) {
        instance.createProducerTemplate().sendBody(DeadlineRoute.CHECK_URI, null);
    }

    private void send(String kind, String name, String... bodies) throws Exception {
        try (Connection c = factory().createConnection()) {
            Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageProducer producer = s.createProducer("topic".equals(kind) ? s.createTopic(name) : s.createQueue(name));
            producer.setDeliveryMode(DeliveryMode.PERSISTENT); // a synchronous send: on the queues when this returns
            for (String body : bodies) {
                producer.send(s.createTextMessage(body));
                handedIn.incrementAndGet();
            }
        }
    }

    private ActiveMQConnectionFactory factory() {
        // the test's own connection goes through the last connector, which no test cuts off
        return new ActiveMQConnectionFactory(urls.get(urls.size() - 1));
    }

    /** Every e-mail the SMTP server accepted, counted per recipient. */
    static Map<String, Integer> mailCounts() throws Exception {
        Map<String, Integer> counts = new TreeMap<>();
        for (MimeMessage m : SMTP.getReceivedMessages()) {
            for (Address r : m.getAllRecipients()) {
                counts.merge(r.toString(), 1, Integer::sum);
            }
        }
        return counts;
    }

    @Override
    public void close() throws Exception {
        List<ConfigurableApplicationContext> reversed = new ArrayList<>(instances);
        Collections.reverse(reversed);
        for (ConfigurableApplicationContext c : reversed) {
            if (c.isActive()) {
                c.close();
            }
        }
        smtp.close();
        broker.stop();
        broker.waitUntilStopped();
    }
}
