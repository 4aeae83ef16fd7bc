package nl.regiobesluit.e2e;

import nl.regiobesluit.e2e.contract.ContractCheck;
import static nl.regiobesluit.e2e.Harness.*;
import static nl.regiobesluit.model.RbModel.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.regiobesluit.routing.alfresco.AlfrescoDates;
import nl.regiobesluit.routing.testsupport.SimNode;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * E-mail is never lost and never doubled when the mail server fails: the dispatch of a proposal to the councils,
 * whose two triggers (the advice created, the advice linked) arrive together. Each test counts every e-mail the SMTP
 * server accepted, per recipient (the regiogriffier's too), every council decision node and every dead letter.
 */
@ExtendWith({Target.class, ContractCheck.class})
class MailReliabilityTest {

    static final Map<String, String> OUTCOMES = new LinkedHashMap<>(Map.of(
            "Leiden", OUTCOME_ADOPTED, "Leiderdorp", OUTCOME_ADOPTED, "Oegstgeest", OUTCOME_ADOPTED_WITH_AMENDMENTS,
            "Voorschoten", OUTCOME_REJECTED, "Zoeterwoude", OUTCOME_ADOPTED));

    private ServiceRig rig;

    @BeforeEach
    void fresh() throws Exception {
        freshRegion();
        rig = new ServiceRig(1);
    }

    @AfterEach
    void stop() throws Exception {
        rig.close();
    }

    @Test
    @SimulatorOnly("it takes its own SMTP relay down in the middle of a dispatch; the mail server of a real installation is not the test's")
    void anSmtpOutageDuringDispatchLosesAndDoublesNoCouncilMail() throws Exception {
        rig.start(0);
        SimNode p = submitted("M-SMTP");

        // two e-mails get through, then the mail server is down while both triggers of the dispatch are handled
        rig.smtp.downAfter(2);
        consensusAdvice(p, day(14).toInstant());
        rig.awaitQuiet();
        List<ServiceRig.DeadLetter> waiting = rig.drainDeadLetters();
        assertThat(waiting).as("both events wait on the dead-letter queue").hasSize(2);
        assertThat(waiting).allSatisfy(letter -> assertThat(letter.reason()).contains("Mail"));
        assertThat(ServiceRig.mailCounts()).as("what got through before the outage")
                .containsEntry(REGIOCOMMISSIE_MAIL, 1).doesNotContainKey(REGIOGRIFFIER_MAIL);
        assertThat(councilMailsSent()).isEqualTo(2);

        rig.smtp.up();
        rig.replay(waiting);
        rig.awaitQuiet();

        assertThat(rig.drainDeadLetters()).isEmpty();
        assertThat(ALFRESCO.node(p.id()).property(PROP_ROUTE_STATUS)).isEqualTo(STATUS_DISPATCHED);
        assertOneDecisionNodePerCouncil(p);
        assertThat(ServiceRig.mailCounts()).isEqualTo(expectedMails(0));
    }

    @Test
    @SimulatorOnly("it keeps its own SMTP relay down for hours of the scenario clock; the mail server of a real installation is not the test's")
    void aMailServerDownForHoursLosesNeitherTheCouncilMailsNorTheEscalation() throws Exception {
        CamelContext service = rig.start(0);
        SimNode p = submitted("M-HOURS");
        // The deadline is two months after submission: 1 November 2014, 10:00 (day 61). The advice comes the evening
        // before, with the mail server down; it stays down until 14:00 the next day.
        Instant deadline = day(61).toInstant();
        CLOCK.set(deadline.minus(Duration.ofHours(13).plusMinutes(30)));
        rig.smtp.down();
        consensusAdvice(p, CLOCK.instant());
        rig.awaitQuiet();

        // the service's hourly deadline check; from 10:30 on the route is overdue and its escalation cannot be sent
        // (seventeen checks: 21:30 the evening before up to 13:30)
        int failedChecks = 0;
        for (int check = 0; check < 17; check++) {
            CLOCK.advance(Duration.ofHours(1));
            rig.runDeadlineCheck(service);
            failedChecks += CLOCK.instant().isAfter(deadline) ? 1 : 0;
        }
        assertThat(failedChecks).as("checks while overdue and the mail server down").isEqualTo(4);
        assertThat(ServiceRig.mailCounts()).as("nothing got through").isEqualTo(Map.of(REGIOCOMMISSIE_MAIL, 1));
        assertThat(ALFRESCO.node(p.id()).property(PROP_OVERDUE)).as("not escalated while its mail is not out").isNotEqualTo(true);
        List<ServiceRig.DeadLetter> letters = rig.drainDeadLetters();
        List<ServiceRig.DeadLetter> events = letters.stream().filter(ServiceRig.DeadLetter::isEvent).toList();
        assertThat(events).as("both events of the advice wait").hasSize(2)
                .allSatisfy(letter -> assertThat(letter.reason()).contains("Mail"));
        assertThat(letters.stream().filter(l -> "deadline".equals(l.failedRoute())))
                .as("each failed check is reported; the next check tries again").hasSize(failedChecks)
                .allSatisfy(letter -> assertThat(letter.reason()).contains("Mail"));

        // 14:00: the mail server is back; the 14:30 check escalates, the 15:30 check finds it escalated
        rig.smtp.up();
        Instant firstCheckBack = CLOCK.instant().plus(Duration.ofHours(1));
        for (int i = 0; i < 2; i++) {
            CLOCK.advance(Duration.ofHours(1));
            rig.runDeadlineCheck(service);
        }
        rig.replay(events);
        rig.awaitQuiet();

        assertThat(rig.drainDeadLetters()).isEmpty();
        assertThat(ALFRESCO.node(p.id()).property(PROP_ROUTE_STATUS)).isEqualTo(STATUS_DISPATCHED);
        assertThat(ALFRESCO.node(p.id()).property(PROP_OVERDUE)).isEqualTo(true);
        assertThat(AlfrescoDates.parse(ALFRESCO.node(p.id()).property(PROP_ESCALATED_ON)).toInstant()).isEqualTo(firstCheckBack);
        assertOneDecisionNodePerCouncil(p);
        assertThat(ServiceRig.mailCounts()).isEqualTo(expectedMails(1));
    }

    @Test
    @SimulatorOnly("it makes the simulated Alfresco answer 500 to chosen requests; a real Alfresco cannot be told to fail")
    void alfrescoAnswering500OnTheCouncilDecisionHoldsItsMailBackUntilTheNodeExistsThenSendsItOnce() throws Exception {
        rig.start(0);
        SimNode p = submitted("M-500-COUNCIL");
        // every council decision node fails to be created, for every retry of both events
        ALFRESCO.failNext("POST", "/nodes/folder-raad-[a-z]+/children", 500, Integer.MAX_VALUE);
        consensusAdvice(p, day(14).toInstant());
        rig.awaitQuiet();

        List<ServiceRig.DeadLetter> waiting = rig.drainDeadLetters();
        assertThat(waiting).hasSize(2).allSatisfy(letter -> assertThat(letter.reason()).contains("500"));
        // The council's mail links to its council decision, so it waits for the node: only the intake mail went out.
        assertThat(ServiceRig.mailCounts()).as("no council mail before its node exists")
                .containsOnlyKeys("regiocommissie@leidseregio.test").containsEntry("regiocommissie@leidseregio.test", 1);
        assertThat(councilDecisionNodes()).isZero();
        assertThat(ALFRESCO.node(p.id()).property(PROP_ROUTE_STATUS)).isEqualTo(STATUS_ADVISED);

        ALFRESCO.clearFailures();
        rig.replay(waiting);
        rig.awaitQuiet();

        assertThat(rig.drainDeadLetters()).isEmpty();
        assertThat(ALFRESCO.node(p.id()).property(PROP_ROUTE_STATUS)).isEqualTo(STATUS_DISPATCHED);
        assertOneDecisionNodePerCouncil(p);
        assertThat(ServiceRig.mailCounts()).isEqualTo(expectedMails(0));
    }

    @Test
    @SimulatorOnly("it makes the simulated Alfresco answer 500 to chosen requests; a real Alfresco cannot be told to fail")
    void alfrescoAnswering500OnTheDecisionRecordAfterEveryMailWentOutLosesAndDoublesNothing() throws Exception {
        rig.start(0);
        SimNode p = submitted("M-500-RECORD");
        consensusAdvice(p, day(14).toInstant());
        rig.awaitQuiet();
        assertThat(ServiceRig.mailCounts()).isEqualTo(expectedMails(0));

        ALFRESCO.failNext("POST", "/nodes/folder-besluiten/children", 500, Integer.MAX_VALUE);
        setDay(40);
        rig.publish(OUTCOMES.entrySet().stream().map(e -> decide(p, e.getKey(), e.getValue(), 40)).toArray(String[]::new));
        rig.awaitQuiet();
        List<ServiceRig.DeadLetter> waiting = rig.drainDeadLetters();
        // which decisions' events find every council decided depends on their order; at least the last one does
        assertThat(waiting).isNotEmpty().allSatisfy(letter -> assertThat(letter.reason()).contains("500"));
        assertThat(decisionRecords()).isEmpty();

        ALFRESCO.clearFailures();
        rig.replay(waiting);
        rig.awaitQuiet();

        assertThat(rig.drainDeadLetters()).isEmpty();
        Invariants.nothingLostNothingDoubled(p, LEIDSE_REGIO, OUTCOMES);
        assertThat(ServiceRig.mailCounts()).isEqualTo(expectedMails(0));
    }

    // ------------------------------------------------------------------ the route as griffie staff drive it

    /** Drafted and submitted on day 0; the service has announced it to the regiocommissie. */
    private SimNode submitted(String number) throws Exception {
        SimNode p = draftProposal(number, "woningbouw");
        rig.publish(submit(p));
        rig.awaitQuiet();
        assertThat(ALFRESCO.node(p.id()).property(PROP_ROUTE_STATUS)).isEqualTo(STATUS_IN_COMMITTEE);
        return p;
    }

    /** The regiocommissie reaches consensus at {@code when}: an advice, positive in outline, linked; both events at once. */
    private void consensusAdvice(SimNode p, Instant when) throws Exception {
        CLOCK.set(when);
        SimNode advice = adviceDocument(p, Map.of(PROP_ADVICE_KIND, ADVICE_POSITIVE_IN_OUTLINE), List.of("cm:titled"));
        rig.publish(EVENTS.nodeCreated(advice.id()), link(p, advice));
    }

    // ------------------------------------------------------------------ counting

    /** One e-mail to each griffie, one announcement to the regiocommissie, and this many to the regiogriffier. */
    private static Map<String, Integer> expectedMails(int toRegiogriffier) {
        Map<String, Integer> expected = new TreeMap<>();
        LEIDSE_REGIO.forEach(m -> expected.put(griffieMail(m), 1));
        expected.put(REGIOCOMMISSIE_MAIL, 1);
        if (toRegiogriffier > 0) {
            expected.put(REGIOGRIFFIER_MAIL, toRegiogriffier);
        }
        return expected;
    }

    private static int councilMailsSent() throws Exception {
        Map<String, Integer> counts = ServiceRig.mailCounts();
        return LEIDSE_REGIO.stream().mapToInt(m -> counts.getOrDefault(griffieMail(m), 0)).sum();
    }

    private static long councilDecisionNodes() {
        return LEIDSE_REGIO.stream().mapToLong(m -> ALFRESCO.children(councilFolder(m)).stream()
                .filter(n -> TYPE_COUNCIL_DECISION.equals(n.nodeType())).count()).sum();
    }

    private static void assertOneDecisionNodePerCouncil(SimNode p) {
        for (String m : LEIDSE_REGIO) {
            assertThat(ALFRESCO.children(councilFolder(m)).stream().filter(n -> TYPE_COUNCIL_DECISION.equals(n.nodeType())))
                    .as("rb:councilDecision nodes of " + m).hasSize(1);
            assertThat(ALFRESCO.targets(p.id(), ASSOC_PROPOSAL_COUNCIL_DECISIONS).stream()
                    .filter(d -> m.equals(d.property(PROP_MUNICIPALITY)))).as("linked decisions of " + m).hasSize(1);
        }
    }
}
