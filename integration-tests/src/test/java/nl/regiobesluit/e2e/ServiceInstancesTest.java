package nl.regiobesluit.e2e;

import nl.regiobesluit.e2e.contract.ContractCheck;
import static nl.regiobesluit.e2e.Harness.*;
import static nl.regiobesluit.model.RbModel.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.regiobesluit.routing.testsupport.SimNode;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.AdviceWith;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two instances of the service on one broker, one simulated Alfresco and one database (idempotency keys, locks,
 * the mail ledger): the README's multi-instance set-up, with Alfresco's topic as a virtual topic whose queue both
 * consume. Nothing may be lost or doubled when both handle one route's events at once, nor when one of them dies
 * in the middle of an event and the broker hands the event to the other.
 */
@ExtendWith({Target.class, ContractCheck.class})
class ServiceInstancesTest {

    private ServiceRig rig;
    private final Crash crash = new Crash();

    @BeforeEach
    void fresh() throws Exception {
        freshRegion();
        // instance 0, instance 1, and the test's own connection
        rig = new ServiceRig(3);
    }

    @AfterEach
    void stop() throws Exception {
        // the "dead" instance's thread is let go first (it stops routing), so that its context can close
        crash.release.countDown();
        rig.close();
    }

    @Test
    @SimulatorOnly("it runs two instances of the service against a broker of its own and publishes the event fixtures itself")
    void twoInstancesConsumingAtOnceLoseAndDoubleNothing() throws Exception {
        rig.start(0);
        rig.start(1);
        SimNode p = draftProposal("I-TWO", "woningbouw");
        rig.publish(submit(p));
        rig.awaitQuiet();

        setDay(14);
        SimNode advice = adviceDocument(p, Map.of(PROP_ADVICE_KIND, ADVICE_POSITIVE_IN_OUTLINE), List.of("cm:titled"));
        rig.publish(EVENTS.nodeCreated(advice.id()), link(p, advice));
        rig.awaitQuiet();
        assertThat(ALFRESCO.node(p.id()).property(PROP_ROUTE_STATUS)).isEqualTo(STATUS_DISPATCHED);

        // all five councils decide in the same second; their events are spread over both instances
        rig.publish(MailReliabilityTest.OUTCOMES.entrySet().stream()
                .map(e -> decide(p, e.getKey(), e.getValue(), 40)).toArray(String[]::new));
        rig.awaitQuiet();

        assertThat(rig.drainDeadLetters()).isEmpty();
        Invariants.nothingLostNothingDoubled(p, LEIDSE_REGIO, MailReliabilityTest.OUTCOMES);
        assertThat(ServiceRig.mailCounts()).isEqualTo(expectedMails());
    }

    @Test
    @SimulatorOnly("it cuts one instance of the service off its own broker in the middle of an event")
    void anInstanceDyingBetweenWritingTheVoteResultAndAcknowledgingTheEventLosesAndDoublesNothing() throws Exception {
        for (int n = 0; n < 2; n++) {
            CamelContext instance = rig.start(n);
            int id = n;
            // right after the vote step has computed and written rb:voteResult, before anything else of the event
            AdviceWith.adviceWith(instance, "vote", a -> a.weaveById("vote-compute").after().process(e -> crash.here(id, e)));
        }
        SimNode p = draftProposal("I-CRASH", "woningbouw");
        rig.publish(submit(p));
        rig.awaitQuiet();
        RequestTally.reset();

        setDay(14);
        SimNode advice = votedAdvice(p, VOTING_BODY_REGIOCOMMISSIE, 14, ScenariosTest.members(LEIDSE_REGIO, true),
                ScenariosTest.members(LEIDSE_REGIO, false));
        ALFRESCO.edit(advice.id(), REGIOGRIFFIER, Map.of(PROP_ADVICE_KIND, ADVICE_POSITIVE_IN_OUTLINE));
        String linked = link(p, advice);
        rig.publish(EVENTS.nodeCreated(advice.id()));

        assertThat(crash.reached.await(60, TimeUnit.SECONDS)).as("an instance wrote the vote result").isTrue();
        assertThat(ALFRESCO.node(advice.id()).property(PROP_RESULT_PASSED)).isEqualTo(true);
        // it dies: its connections are gone, the event was never acknowledged
        rig.cutOff(crash.instance.get());
        // the broker gives the event to the other instance, which finds the result written and carries the route on
        await().atMost(ServiceRig.WAIT).until(() -> STATUS_DISPATCHED.equals(ALFRESCO.node(p.id()).property(PROP_ROUTE_STATUS)));
        rig.publish(linked);
        rig.awaitQuiet();

        assertThat(RequestTally.count("PUT", "/nodes/" + advice.id())).as("writes of the vote result").isEqualTo(1);
        assertThat(rig.drainDeadLetters()).isEmpty();
        for (String m : LEIDSE_REGIO) {
            assertThat(ALFRESCO.children(councilFolder(m)).stream().filter(n -> TYPE_COUNCIL_DECISION.equals(n.nodeType())))
                    .as("rb:councilDecision nodes of " + m).hasSize(1);
        }
        assertThat(ALFRESCO.targets(p.id(), ASSOC_PROPOSAL_COUNCIL_DECISIONS)).hasSize(LEIDSE_REGIO.size());
        assertThat(ServiceRig.mailCounts()).isEqualTo(expectedMails());
    }

    /** One e-mail to each griffie, one announcement to the regiocommissie, none to the regiogriffier. */
    private static Map<String, Integer> expectedMails() {
        Map<String, Integer> expected = new TreeMap<>();
        LEIDSE_REGIO.forEach(m -> expected.put(griffieMail(m), 1));
        expected.put(REGIOCOMMISSIE_MAIL, 1);
        return expected;
    }

    /**
     * The first instance to pass the point stops there for good, as if it had died: its thread never continues the
     * event (when the test ends it is let go and stops routing), and the test cuts its connections.
     */
    private static final class Crash {
        final AtomicInteger instance = new AtomicInteger(-1);
        final CountDownLatch reached = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        void here(int id, org.apache.camel.Exchange exchange) throws InterruptedException {
            if (instance.compareAndSet(-1, id)) {
                reached.countDown();
                release.await();
                exchange.setRouteStop(true);
            }
        }
    }
}
