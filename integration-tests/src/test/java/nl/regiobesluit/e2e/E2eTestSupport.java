package nl.regiobesluit.e2e;

import nl.regiobesluit.routing.testsupport.DeadLetterQueue;
import nl.regiobesluit.routing.testsupport.EventPublisher;

import static nl.regiobesluit.e2e.Harness.*;

import java.time.Clock;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import nl.regiobesluit.e2e.contract.ContractCheck;
import nl.regiobesluit.routing.RoutingServiceApplication;
import nl.regiobesluit.routing.deadline.DeadlineRoute;
import org.apache.activemq.broker.BrokerPlugin;
import org.apache.activemq.broker.BrokerService;
import org.apache.camel.CamelContext;
import org.apache.camel.ConsumerTemplate;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One running routing-service for all scenario and most failure tests (one Spring context): the real application,
 * GreenMail, profile {@code e2e} (the Leidse regio), and where it runs ({@link ScenarioTarget}): by default a real
 * embedded ActiveMQ broker and the simulated Alfresco of {@link Harness}; with {@code -Pacs} the running Alfresco at
 * {@code ACS_URL} and its broker ({@link AcsRun}). Tests drive it only as Alfresco would: repository state (REST) and
 * events on {@code alfresco.repo.event2}.
 */
@SpringBootTest(classes = {RoutingServiceApplication.class, E2eTestSupport.Infrastructure.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("e2e")
@ExtendWith({Target.class, ContractCheck.class, nl.regiobesluit.routing.testsupport.CleanDatabase.class})
public abstract class E2eTestSupport {

    public static final String EVENTS_TOPIC = "jms:topic:alfresco.repo.event2";
    public static final String DLQ = "jms:queue:regiobesluit.dlq";

    @DynamicPropertySource
    static void endpoints(DynamicPropertyRegistry registry) {
        if (Target.acs()) {
            AcsRun.serviceProperties(registry);
            return;
        }
        registry.add("content.service.url", ALFRESCO::baseUrl);
        registry.add("search.service.url", ALFRESCO::baseUrl);
        registry.add("regiobesluit.mail.uri", () -> "smtp://127.0.0.1:" + SMTP.getSmtp().getPort());
        registry.add("regiobesluit.region.composition.location", () -> composition2014().toString());
    }

    /** The broker Alfresco publishes to (the simulation's own), the scenario clock in place of the system clock, the target. */
    @TestConfiguration
    public static class Infrastructure {
        @Bean(initMethod = "start", destroyMethod = "stop")
        @ConditionalOnProperty(name = "regio.e2e.target", havingValue = "simulator", matchIfMissing = true)
        BrokerService broker() {
            // as docker/activemq/activemq.xml configures the compose broker
            BrokerService broker = nl.regiobesluit.routing.testsupport.ConfiguredBroker.create("e2e-broker");
            broker.setPlugins(new BrokerPlugin[]{CONTRACT.brokerPlugin()});
            return broker;
        }

        @Bean
        @Primary
        Clock scenarioClock() {
            return CLOCK;
        }

        @Bean
        ScenarioTarget scenarioTarget(CamelContext camel, ProducerTemplate producer) {
            return Target.acs() ? AcsRun.target(camel, producer) : new SimulatorTarget(camel, producer);
        }
    }

    @Autowired
    protected CamelContext camel;
    @Autowired
    protected ProducerTemplate producer;
    @Autowired
    protected ConsumerTemplate consumer;

    @Autowired
    protected ScenarioTarget target;

    /** The simulation's broker (absent with -Pacs, where Alfresco's broker runs in Docker). */
    @Autowired(required = false)
    private BrokerService broker;

    /** The dead-letter queue of the simulation's broker, counted by the broker and matched by event (null with -Pacs). */
    protected DeadLetterQueue deadLetters;

    @BeforeEach
    void freshRegionAndEmptyDeadLetters() throws Exception {
        target.freshRegion();
        if (!Target.acs()) {
            deadLetters = new DeadLetterQueue(broker, consumer);
            deadLetters.purge();
        }
    }

    @AfterEach
    void stopRecording() {
        REQUESTS.recordAs(null);
    }

    // ------------------------------------------------------------------ acting and waiting


    /** Publishes events as Alfresco does and waits until the events route has finished each of them. */
    protected void publishAndWait(String... events) {
        EventPublisher.publishAndWait(camel, producer, EVENTS_TOPIC, 30, events);
    }

    /** The scheduled deadline check, run now (its timer is configured a day out in the tests). */
    protected void runDeadlineCheck() {
        producer.sendBody(DeadlineRoute.CHECK_URI, null);
    }
}
