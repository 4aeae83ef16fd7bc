package nl.regiobesluit.e2e;

import nl.regiobesluit.e2e.contract.ContractCheck;
import static nl.regiobesluit.e2e.Harness.*;
import static nl.regiobesluit.model.RbModel.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.regiobesluit.routing.testsupport.SimNode;
import org.apache.activemq.broker.BrokerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Restarts in the middle of a route: of the broker (persistent, as Alfresco's is) and of the service itself. The
 * service keeps its route state in Alfresco and its durable subscription in the broker, so after either restart the
 * route completes with nothing lost and nothing doubled.
 */
@ExtendWith({Target.class, ContractCheck.class})
class RestartTest {

    private static final Map<String, String> OUTCOMES = new LinkedHashMap<>(Map.of(
            "Leiden", OUTCOME_ADOPTED, "Leiderdorp", OUTCOME_ADOPTED, "Oegstgeest", OUTCOME_ADOPTED_WITH_AMENDMENTS,
            "Voorschoten", OUTCOME_REJECTED, "Zoeterwoude", OUTCOME_ADOPTED));

    private BrokerService broker;
    private ConfigurableApplicationContext service;
    private int port;

    @BeforeEach
    void fresh() throws Exception {
        freshRegion();
    }

    @AfterEach
    void stop() throws Exception {
        if (service != null) {
            service.close();
        }
        if (broker != null) {
            broker.stop();
            broker.waitUntilStopped();
        }
    }

    @Test
    @SimulatorOnly("it stops and restarts a persistent broker of its own; Alfresco's broker runs in Docker, outside the test's control")
    void aBrokerRestartInTheMiddleOfARouteLosesAndDoublesNothing() throws Exception {
        Path store = OUTPUT.resolve("broker-restart-kahadb");
        broker = OwnService.broker("restart-broker", 0, store, true);
        port = OwnService.port(broker);
        service = OwnService.start(port, "broker-restart");
        OwnService.awaitSubscribed(broker);
        SimNode p = submittedAndDispatched("F-BROKER");
        OwnService.publish(port, decide(p, "Leiden", OUTCOMES.get("Leiden"), 30));
        awaitOutcomeSeen(p, "Leiden");

        broker.stop();
        broker.waitUntilStopped();
        broker = OwnService.broker("restart-broker", port, store, false);
        OwnService.awaitSubscribed(broker);

        // Voorschoten's deviation first: see FailureInjectionTest#fiveCouncilsDecidingInTheSameSecond… for what goes
        // wrong when a deviating decision's event is handled only after the route has already closed.
        int day = 35;
        for (String m : List.of("Voorschoten", "Leiderdorp", "Oegstgeest", "Zoeterwoude")) {
            OwnService.publish(port, decide(p, m, OUTCOMES.get(m), day += 4));
        }
        awaitDecided(p);
        // The last decision closes the route while other councils' events may still be at work (concurrently):
        // Voorschoten's follow-up agenda item was once counted before it was written.
        OwnService.awaitIdle(service, broker);
        Invariants.nothingLostNothingDoubled(p, LEIDSE_REGIO, OUTCOMES);
    }

    @Test
    @SimulatorOnly("it publishes the councils' event fixtures itself, to a broker of its own, while the service is down")
    void aServiceRestartBetweenDispatchAndTheLastDecisionLosesAndDoublesNothing() throws Exception {
        broker = OwnService.broker("service-restart-broker", 0, null, true);
        port = OwnService.port(broker);
        service = OwnService.start(port, "service-restart");
        OwnService.awaitSubscribed(broker);
        SimNode p = submittedAndDispatched("F-SERVICE");
        OwnService.publish(port, decide(p, "Leiden", OUTCOMES.get("Leiden"), 30));
        awaitOutcomeSeen(p, "Leiden");

        service.close();
        service = null;
        // while the service is down, three councils decide; their events wait in the durable subscription
        int day = 35;
        for (String m : List.of("Voorschoten", "Leiderdorp", "Oegstgeest")) {
            OwnService.publish(port, decide(p, m, OUTCOMES.get(m), day += 4));
        }
        service = OwnService.start(port, "service-restart");
        OwnService.awaitSubscribed(broker);
        OwnService.publish(port, decide(p, "Zoeterwoude", OUTCOMES.get("Zoeterwoude"), 52));

        awaitDecided(p);
        // The last decision closes the route while other councils' events may still be at work (concurrently):
        // Voorschoten's follow-up agenda item was once counted before it was written.
        OwnService.awaitIdle(service, broker);
        Invariants.nothingLostNothingDoubled(p, LEIDSE_REGIO, OUTCOMES);
    }

    private SimNode submittedAndDispatched(String number) throws Exception {
        SimNode p = draftProposal(number, "woningbouw");
        OwnService.publish(port, submit(p));
        await().atMost(OwnService.WAIT).until(() -> STATUS_IN_COMMITTEE.equals(ALFRESCO.node(p.id()).property(PROP_ROUTE_STATUS)));
        setDay(14);
        SimNode advice = adviceDocument(p, Map.of(PROP_ADVICE_KIND, ADVICE_POSITIVE_IN_OUTLINE), List.of("cm:titled"));
        OwnService.publish(port, EVENTS.nodeCreated(advice.id()), link(p, advice));
        await().atMost(OwnService.WAIT).until(() -> STATUS_DISPATCHED.equals(ALFRESCO.node(p.id()).property(PROP_ROUTE_STATUS)));
        return p;
    }

    private static void awaitOutcomeSeen(SimNode p, String municipality) {
        await().atMost(OwnService.WAIT).until(() -> decisionOf(p, municipality).property(PROP_DEVIATES_FROM_ADVICE) != null);
    }

    private static void awaitDecided(SimNode p) {
        await().atMost(OwnService.WAIT).until(() -> STATUS_DECIDED.equals(ALFRESCO.node(p.id()).property(PROP_ROUTE_STATUS)));
    }
}
