package nl.regiobesluit.routing.events;

import static nl.regiobesluit.model.RbModel.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.regiobesluit.routing.testsupport.RoutingTestSupport;
import nl.regiobesluit.routing.testsupport.SimNode;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

/** Alfresco unavailable, malformed events, deleted nodes: redelivery, then the dead-letter queue with the reason. */
class ReliabilityTest extends RoutingTestSupport {

    @Test
    void alfrescoAnswering503IsRetriedAndTheStepThenSucceeds() throws Exception {
        SimNode p = proposal(STATUS_SUBMITTED, "wonen", Map.of());
        ALFRESCO.failNext("GET", "/nodes/" + p.id(), 503, 2);
        ALFRESCO.failNext("PUT", "/nodes/" + p.id(), 503, 1);

        publishAndWait(EVENTS.nodeCreated(p.id()));

        assertThat(ALFRESCO.node(p.id()).property(PROP_ROUTE_STATUS)).isEqualTo(STATUS_IN_COMMITTEE);
        assertThat(mailsTo("regiocommissie@regio.test")).as("announced once, not once per attempt").hasSize(1);
        assertThat(deadLetters.size()).isZero();
    }

    @Test
    void alfrescoAnswering503BeyondTheRedeliveriesSendsTheEventToTheDeadLetterQueueWithTheReason() throws Exception {
        SimNode p = proposal(STATUS_SUBMITTED, "wonen", Map.of());
        ALFRESCO.failNext("PUT", "/nodes/" + p.id(), 503, 1000);
        String event = EVENTS.nodeCreated(p.id());

        publishAndWait(event);

        assertThat(deadLetters.takeReasonsByEvent(1)).hasEntrySatisfying(event, reason -> assertThat(reason).contains("503"));
        assertThat(ALFRESCO.node(p.id()).property(PROP_ROUTE_STATUS)).isEqualTo(STATUS_SUBMITTED);
        assertThat(ALFRESCO.node(p.id()).property(PROP_DEADLINE)).isNull();
        assertThat(mailsTo("regiocommissie@regio.test")).hasSize(1);
    }

    @Test
    void aMalformedEventGoesToTheDeadLetterQueueAtOnceAndChangesNothing() throws Exception {
        SimNode p = proposal(STATUS_SUBMITTED, "wonen", Map.of());
        String before = ALFRESCO.snapshot();
        String notJson = "{\"specversion\":\"1.0\", \"type\": ";
        String noNodeType = EVENTS.nodeCreated(p.id()).replace("\"nodeType\":\"rb:proposal\",", "");

        publishAndWait(notJson, noNodeType);

        // Two consumers may dead-letter them in either order: each is matched by its event, not by arrival.
        Map<String, String> reasons = deadLetters.takeReasonsByEvent(2);
        assertThat(reasons).containsOnlyKeys(notJson, noNodeType);
        assertThat(reasons.get(notJson)).contains("MalformedEventException", "not JSON");
        assertThat(reasons.get(noNodeType)).contains("field 'data.resource.nodeType': is missing");
        assertThat(ALFRESCO.snapshot()).isEqualTo(before);
        assertThat(ALFRESCO.server().getAllServeEvents()).as("Alfresco was not even asked").isEmpty();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void anEventForADeletedNodeGoesToTheDeadLetterQueueWithoutRetrying() throws Exception {
        SimNode p = proposal(STATUS_SUBMITTED, "wonen", Map.of());
        String event = EVENTS.nodeCreated(p.id());
        ALFRESCO.delete(p.id());

        publishAndWait(event);

        assertThat(deadLetters.takeReasons(1)).singleElement().asString().contains("404");
        // Not retried: the node was asked for once (the griffie check may or may not ask for the group, as cached).
        assertThat(ALFRESCO.server().getAllServeEvents()).filteredOn(e -> e.getRequest().getUrl().contains("/nodes/" + p.id()))
                .hasSize(1);
    }

    @Test
    void eventsPublishedWhileTheServiceIsDownAreHandledWhenItComesBack() throws Exception {
        SimNode p = proposal(STATUS_SUBMITTED, "wonen", Map.of());
        // Down: neither the intake nor the queue's consumers run; the broker keeps the event in the forwarded queue.
        camel.getRouteController().stopRoute(EventsRoute.INTAKE_ROUTE);
        camel.getRouteController().stopRoute("events");
        try {
            producer.sendBody(EVENTS_TOPIC, EVENTS.nodeCreated(p.id()));
            assertThat(ALFRESCO.node(p.id()).property(PROP_ROUTE_STATUS)).isEqualTo(STATUS_SUBMITTED);
            org.apache.camel.builder.NotifyBuilder done = new org.apache.camel.builder.NotifyBuilder(camel)
                    .fromRoute("events").whenDone(1).create();
            camel.getRouteController().startRoute("events");
            camel.getRouteController().startRoute(EventsRoute.INTAKE_ROUTE);
            assertThat(done.matches(20, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        } finally {
            startIfStopped("events");
            startIfStopped(EventsRoute.INTAKE_ROUTE);
        }

        assertThat(ALFRESCO.node(p.id()).property(PROP_ROUTE_STATUS)).isEqualTo(STATUS_IN_COMMITTEE);
        assertThat(mailsTo("regiocommissie@regio.test")).hasSize(1);
    }

    @Test
    void theIntakeHandsEachRawEventToThePersistentQueueGroupedByItsNode() throws Exception {
        SimNode p = proposal(STATUS_SUBMITTED, "wonen", Map.of());
        String event = EVENTS.nodeCreated(p.id());
        // With the queue's consumers stopped, the handed-on copy waits in the queue, where this test takes it.
        camel.getRouteController().stopRoute("events");
        try {
            producer.sendBody(EVENTS_TOPIC, event);
            Exchange queued = consumer.receive("jms:queue:regiobesluit.events", 10_000);
            assertThat(queued).isNotNull();
            assertThat(queued.getIn().getBody(String.class)).isEqualTo(event);
            assertThat(queued.getIn().getHeader("JMSXGroupID", String.class)).isEqualTo(p.id());
            assertThat(queued.getIn().getHeader("JMSDeliveryMode", Integer.class)).as("persistent")
                    .isEqualTo(jakarta.jms.DeliveryMode.PERSISTENT);
        } finally {
            startIfStopped("events");
        }
        assertThat(ALFRESCO.node(p.id()).property(PROP_ROUTE_STATUS)).as("taken out by the test, so not handled")
                .isEqualTo(STATUS_SUBMITTED);
    }

    @Test
    void manyEventsOfSeveralNodesAreEachHandledOnceByTheConcurrentConsumers() throws Exception {
        java.util.List<SimNode> proposals = new java.util.ArrayList<>();
        java.util.List<String> events = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            SimNode p = proposal(STATUS_SUBMITTED, "wonen", Map.of());
            proposals.add(p);
            // each event twice, as at-least-once delivery may bring it
            events.add(EVENTS.nodeCreated(p.id()));
            events.add(EVENTS.nodeCreated(p.id()));
        }

        publishAndWait(events.toArray(String[]::new));

        for (SimNode p : proposals) {
            assertThat(ALFRESCO.node(p.id()).property(PROP_ROUTE_STATUS)).isEqualTo(STATUS_IN_COMMITTEE);
        }
        assertThat(mailsTo("regiocommissie@regio.test")).as("one announcement per proposal").hasSize(proposals.size());
        assertThat(deadLetters.size()).isZero();
    }

    private void startIfStopped(String routeId) throws Exception {
        if (!camel.getRouteController().getRouteStatus(routeId).isStarted()) {
            camel.getRouteController().startRoute(routeId);
        }
    }

    @Test
    void aDispatchInterruptedBetweenCreatingAndLinkingTakesOverItsOwnNodeInsteadOfMakingASecond() throws Exception {
        SimNode p = proposal(STATUS_IN_COMMITTEE, null, Map.of(PROP_DEADLINE, "2099-01-01T00:00:00.000+0000",
                PROP_PARTICIPATING_MUNICIPALITIES, java.util.List.of("Leiden")));
        SimNode advice = advice(p, ADVICE_POSITIVE, false, null);
        ALFRESCO.failNext("POST", "/nodes/" + p.id() + "/targets", 503, 1);

        publishAndWait(EVENTS.peerAssocCreated(p.id(), advice.id(), ASSOC_PROPOSAL_ADVICE));

        assertThat(ALFRESCO.children("folder-raad-leiden")).hasSize(1);
        assertThat(ALFRESCO.targets(p.id(), ASSOC_PROPOSAL_COUNCIL_DECISIONS)).hasSize(1);
        assertThat(mailsTo("griffie@leiden.test")).hasSize(1);
        assertThat(ALFRESCO.node(p.id()).property(PROP_ROUTE_STATUS)).isEqualTo(STATUS_DISPATCHED);
    }
}
