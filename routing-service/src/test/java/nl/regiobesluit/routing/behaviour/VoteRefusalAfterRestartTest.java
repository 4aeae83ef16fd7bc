package nl.regiobesluit.routing.behaviour;

import static nl.regiobesluit.model.RbModel.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.regiobesluit.routing.RoutingServiceApplication;
import nl.regiobesluit.routing.testsupport.EventPublisher;
import nl.regiobesluit.routing.testsupport.RoutingTestSupport;
import nl.regiobesluit.routing.testsupport.SimNode;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The refusal of an outsider's vote outlives the service: it is kept in Alfresco, so a service started afresh
 * (a new Spring context, new Camel routes, new caches) still computes nothing from the refused values, in an event
 * or in a bulk rebuild, until a griffie member records the vote again.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class VoteRefusalAfterRestartTest extends RoutingTestSupport {

    @Autowired
    ConfigurableApplicationContext firstRun;

    @Test
    void aRefusedVoteStaysRefusedAfterARestartUntilTheGriffieRecordsItAgain() throws Exception {
        SimNode p = proposal(STATUS_DRAFT, "wonen", Map.of());
        SimNode advice = votedAdvice(p, VoteRefusalTest.griffieYes(), VoteRefusalTest.griffieNo());
        publishAndWait(EVENTS.nodeCreated(advice.id()));
        Object griffieHash = ALFRESCO.node(advice.id()).property(PROP_RESULT_INPUT_HASH);
        Map<String, Object> outsider = ALFRESCO.edit(advice.id(), OUTSIDER,
                Map.of(PROP_VOTES_YES, VoteRefusalTest.outsiderYes(), PROP_VOTES_NO, List.of()));
        publishAndWait(EVENTS.nodeUpdated(advice.id(), outsider));

        // The first run stops; the second starts with nothing from it but Alfresco (and the idempotency database, as a
        // real restart would have), on the same broker.
        firstRun.getBean(CamelContext.class).stop();
        try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(RoutingServiceApplication.class)
                .profiles("routetest")
                .run("--content.service.url=" + ALFRESCO.baseUrl(), "--search.service.url=" + ALFRESCO.baseUrl(),
                        "--regiobesluit.mail.uri=smtp://127.0.0.1:" + SMTP.getSmtp().getPort(), "--server.port=0",
                        // the first run's database (its test context got one of its own on the tests' PostgreSQL)
                        "--spring.datasource.url=" + firstRun.getEnvironment().getProperty("spring.datasource.url"),
                        "--spring.datasource.username=postgres",
                        // the test's broker (docker/activemq/activemq.xml), whose consumers of the first run are gone with its Camel
                        "--spring.activemq.broker-url=vm://test-broker?create=false")) {
            CamelContext camel = restarted.getBean(CamelContext.class);
            ProducerTemplate producer = camel.createProducerTemplate();

            Map<String, Object> title = ALFRESCO.edit(advice.id(), GRIFFIER, Map.of("cm:title", "Advies (na herstart)"));
            EventPublisher.publishAndWait(camel, producer, EVENTS_TOPIC, 20, EVENTS.nodeUpdated(advice.id(), title));
            BulkProgress rebuild = restarted.getBean(BulkAnnotation.class).run(BulkAnnotation.query("folder-regiocommissie"), true);

            assertThat(rebuild.refused()).isEqualTo(1);
            assertThat(rebuild.written()).isZero();
            SimNode stillRefused = ALFRESCO.node(advice.id());
            assertThat(stillRefused.property(PROP_RESULT_INPUT_HASH)).isEqualTo(griffieHash);
            assertThat(stillRefused.property(PROP_RESULT_PASSED)).isEqualTo(false);
            assertThat(stillRefused.property(PROP_VOTE_REFUSED_BY)).isEqualTo(OUTSIDER);
            assertThat(mailsTo(VoteRefusalTest.REGIOGRIFFIER)).extracting(m -> m.getSubject()).containsExactlyInAnyOrder(
                    "[Testregio] Geweigerde wijziging / Refused change",
                    "[Testregio] Stemming niet verwerkt / Vote not processed: " + stillRefused.property("cm:title"));

            // A griffie member records the vote again — the outsider's lists, after checking them against the minutes.
            Map<String, Object> cleared = ALFRESCO.edit(advice.id(), GRIFFIER, Map.of(PROP_VOTES_YES, List.of(), PROP_VOTES_NO, List.of()));
            Map<String, Object> recorded = ALFRESCO.edit(advice.id(), GRIFFIER, Map.of(PROP_VOTES_YES, VoteRefusalTest.outsiderYes()));
            EventPublisher.publishAndWait(camel, producer, EVENTS_TOPIC, 20,
                    EVENTS.nodeUpdated(advice.id(), cleared), EVENTS.nodeUpdated(advice.id(), recorded));

            SimNode computed = ALFRESCO.node(advice.id());
            assertThat(computed.property(PROP_VOTE_REFUSED_BY)).isNull();
            assertThat(computed.property(PROP_RESULT_PASSED)).isEqualTo(true);
        }
    }
}
