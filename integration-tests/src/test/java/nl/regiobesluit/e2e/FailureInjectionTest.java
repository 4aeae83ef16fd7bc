package nl.regiobesluit.e2e;

import static nl.regiobesluit.e2e.Harness.*;
import static nl.regiobesluit.model.RbModel.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.regiobesluit.routing.testsupport.SimNode;
import org.junit.jupiter.api.Test;

/**
 * Failure injection on the shared running service: in each, the whole route runs to its decision record and then
 * nothing is lost and nothing doubled (exactly one rb:councilDecision per council, one e-mail per griffie per step,
 * one decision record). The routing is the regiocommissie's (consensus advice, positive in outline), so these tests
 * do not depend on the vote computation. Broker and service restarts are in their own classes.
 */
class FailureInjectionTest extends E2eTestSupport {

    private static final Map<String, String> OUTCOMES = outcomes();

    private static Map<String, String> outcomes() {
        Map<String, String> o = new LinkedHashMap<>();
        o.put("Leiden", OUTCOME_ADOPTED);
        o.put("Leiderdorp", OUTCOME_ADOPTED);
        o.put("Oegstgeest", OUTCOME_ADOPTED_WITH_AMENDMENTS);
        o.put("Voorschoten", OUTCOME_REJECTED);
        o.put("Zoeterwoude", OUTCOME_ADOPTED);
        return o;
    }

    @Test
    @SimulatorOnly("it makes the simulated Alfresco answer 503 to chosen requests (failure injection); a real Alfresco cannot be told to fail")
    void alfrescoAnswering503TwiceThenSucceedingLosesAndDoublesNothing() throws Exception {
        SimNode p = draftProposal("F-503", "woningbouw");
        ALFRESCO.failNext("PUT", "/nodes/" + p.id(), 503, 2);
        publishAndWait(submit(p));
        assertThat(ALFRESCO.node(p.id()).property(PROP_ROUTE_STATUS)).isEqualTo(STATUS_IN_COMMITTEE);

        ALFRESCO.failNext("POST", "/nodes/folder-raad-leiden/children", 503, 2);
        ALFRESCO.failNext("GET", "/nodes/[^/]+/targets", 503, 2);
        consensusAdvice(p);
        assertThat(ALFRESCO.node(p.id()).property(PROP_ROUTE_STATUS)).isEqualTo(STATUS_DISPATCHED);

        ALFRESCO.failNext("POST", "/nodes/folder-besluiten/children", 503, 2);
        ALFRESCO.failNext("POST", "/nodes/folder-regiocommissie/children", 503, 2);
        int day = 30;
        for (var e : OUTCOMES.entrySet()) {
            publishAndWait(decide(p, e.getKey(), e.getValue(), day += 5));
        }

        Invariants.nothingLostNothingDoubled(p, LEIDSE_REGIO, OUTCOMES);
        assertThat(deadLetters.size()).isZero();
    }

    @Test
    @SimulatorOnly("it publishes every event fixture three times itself; a real Alfresco sends each event once and the test publishes nothing there")
    void everyEventDeliveredThreeTimesChangesNothingTwice() throws Exception {
        SimNode p = draftProposal("F-3X", "woningbouw");
        String created = EVENTS.nodeCreated(p.id());
        publishAndWait(created, created, created);
        String submitted = submit(p);
        publishAndWait(submitted, submitted, submitted);

        SimNode advice = adviceDocument(p, Map.of(PROP_ADVICE_KIND, ADVICE_POSITIVE_IN_OUTLINE), List.of("cm:titled"));
        String adviceCreated = EVENTS.nodeCreated(advice.id());
        String linked = link(p, advice);
        publishAndWait(adviceCreated, linked, adviceCreated, linked, adviceCreated, linked);
        String afterDispatch = ALFRESCO.snapshot();
        publishAndWait(submitted, linked, adviceCreated);
        assertThat(ALFRESCO.snapshot()).as("a fourth delivery later changes nothing").isEqualTo(afterDispatch);

        int day = 30;
        for (var e : OUTCOMES.entrySet()) {
            String decided = decide(p, e.getKey(), e.getValue(), day += 5);
            publishAndWait(decided, decided, decided);
        }

        Invariants.nothingLostNothingDoubled(p, LEIDSE_REGIO, OUTCOMES);
    }

    @Test
    @SimulatorOnly("it makes Zoeterwoude's folder fail for every retry (simulator failure injection) so that dispatch stops half-way, and replays the dead-lettered event fixture itself")
    void aCouncilDecisionArrivingBeforeDispatchHasFinishedIsCountedOnceAndTheRouteStillCloses() throws Exception {
        SimNode p = draftProposal("F-EARLY", "woningbouw");
        publishAndWait(submit(p));
        // Zoeterwoude's folder is unreachable for as long as the service retries (1 + 4 redeliveries, for each of the
        // two events of recording the advice: Created and the link): dispatch stops half-way, the proposal stays
        // ADVISED and both events wait in the dead-letter queue.
        ALFRESCO.failNext("POST", "/nodes/folder-raad-zoeterwoude/children", 503, 10);
        consensusAdvice(p);
        assertThat(ALFRESCO.node(p.id()).property(PROP_ROUTE_STATUS)).isEqualTo(STATUS_ADVISED);
        assertThat(ALFRESCO.targets(p.id(), ASSOC_PROPOSAL_COUNCIL_DECISIONS)).hasSize(4);
        // Both events wait, each with the reason; concurrent consumers dead-letter them in either order.
        Map<String, String> waiting = deadLetters.takeReasonsByEvent(2);
        assertThat(waiting.values()).allSatisfy(reason -> assertThat(reason).contains("503"));

        // Leiden decides before dispatch has finished
        publishAndWait(decide(p, "Leiden", OUTCOME_ADOPTED, 20));
        assertThat(ALFRESCO.node(p.id()).property(PROP_ROUTE_STATUS)).isEqualTo(STATUS_ADVISED);

        // the administrator moves the dead-lettered events back to the topic, as the README says
        publishAndWait(waiting.keySet().toArray(String[]::new));
        assertThat(ALFRESCO.node(p.id()).property(PROP_ROUTE_STATUS)).isEqualTo(STATUS_DISPATCHED);

        theOtherCouncilsDecideAndNothingIsLostOrDoubled(p);
    }

    @Test
    @SimulatorOnly("it publishes a truncated and a broken event itself; a real Alfresco sends only well-formed events and the test publishes nothing there")
    void aMalformedEventInTheMiddleOfARouteIsDeadLetteredAndChangesNothing() throws Exception {
        SimNode p = draftProposal("F-MAL", "woningbouw");
        publishAndWait(submit(p));
        consensusAdvice(p);
        String before = ALFRESCO.snapshot();
        String truncated = decide(p, "Leiden", OUTCOME_ADOPTED, 30);
        String snapshotWithEdit = ALFRESCO.snapshot();

        String notJson = "{\"specversion\":\"1.0\",\"type\":\"org.alfresco.event.node.Updated\",\"data\":{\"resource\":{\"id\":";
        String noNodeType = truncated.replace("\"nodeType\"", "\"nodeTyp\"");
        // Broken on purpose: recorded in acs-events.jsonl as deliberately invalid, not held against the test.
        CONTRACT.events().expectInvalid(notJson, noNodeType);
        publishAndWait(notJson, noNodeType);
        if (CONTRACT.events().checks()) {
            // and the event check sees what is wrong with them, as the service does
            assertThat(CONTRACT.events().findingsOf(notJson)).containsExactly("not JSON");
            assertThat(CONTRACT.events().findingsOf(noNodeType)).anySatisfy(f -> assertThat(f).contains("/data/resource/nodeTyp"));
        }

        assertThat(ALFRESCO.snapshot()).isEqualTo(snapshotWithEdit);
        assertThat(before).isNotEqualTo(snapshotWithEdit);
        // Two consumers may dead-letter them in either order: each is matched by its event, not by arrival.
        Map<String, String> reasons = deadLetters.takeReasonsByEvent(2);
        assertThat(reasons).containsOnlyKeys(notJson, noNodeType);
        assertThat(reasons.get(notJson)).contains("MalformedEventException");
        assertThat(reasons.get(noNodeType)).contains("nodeType");

        publishAndWait(truncated);
        theOtherCouncilsDecideAndNothingIsLostOrDoubled(p);
    }

    @Test
    @SimulatorOnly("it publishes the five decisions' event fixtures together; through the REST API each decision is its own transaction whose event Alfresco sends after its commit, so the same-second race cannot be arranged")
    void fiveCouncilsDecidingInTheSameSecondCloseTheRouteOnce() throws Exception {
        SimNode p = draftProposal("F-SAME", "woningbouw");
        publishAndWait(submit(p));
        consensusAdvice(p);

        String[] events = OUTCOMES.entrySet().stream().map(e -> decide(p, e.getKey(), e.getValue(), 40)).toArray(String[]::new);
        publishAndWait(events);

        Invariants.nothingLostNothingDoubled(p, LEIDSE_REGIO, OUTCOMES);
    }

    /** The regiocommissie reaches consensus on day 14: an advice, positive in outline, linked to the proposal. */
    /** Leiden has decided on day 30; the others follow five days apart, and the route must end whole. */
    private void theOtherCouncilsDecideAndNothingIsLostOrDoubled(SimNode p) throws Exception {
        int day = 30;
        for (var e : OUTCOMES.entrySet()) {
            if (!e.getKey().equals("Leiden")) {
                publishAndWait(decide(p, e.getKey(), e.getValue(), day += 5));
            }
        }
        Invariants.nothingLostNothingDoubled(p, LEIDSE_REGIO, OUTCOMES);
    }

    private void consensusAdvice(SimNode p) {
        setDay(14);
        SimNode advice = adviceDocument(p, Map.of(PROP_ADVICE_KIND, ADVICE_POSITIVE_IN_OUTLINE), List.of("cm:titled"));
        publishAndWait(EVENTS.nodeCreated(advice.id()), link(p, advice));
    }
}
