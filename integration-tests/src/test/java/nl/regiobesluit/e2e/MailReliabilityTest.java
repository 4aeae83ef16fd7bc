package nl.regiobesluit.e2e;

import static nl.regiobesluit.e2e.Harness.*;
import static nl.regiobesluit.model.RbModel.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.regiobesluit.routing.testsupport.SimNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * E-mail is never lost and never doubled when the mail server fails: the dispatch of a proposal to the councils,
 * whose two triggers (the advice created, the advice linked) arrive together. Each test counts every e-mail the SMTP
 * server accepted, per recipient (the regiogriffier's too), every council decision node and every dead letter.
 */
@ExtendWith(Target.class)
class MailReliabilityTest {

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
        consensusAdvice(p);
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

    // ------------------------------------------------------------------ the route as griffie staff drive it

    /** Drafted and submitted on day 0; the service has announced it to the regiocommissie. */
    private SimNode submitted(String number) throws Exception {
        SimNode p = draftProposal(number, "woningbouw");
        rig.publish(submit(p));
        rig.awaitQuiet();
        assertThat(ALFRESCO.node(p.id()).property(PROP_ROUTE_STATUS)).isEqualTo(STATUS_IN_COMMITTEE);
        return p;
    }

    /** The regiocommissie reaches consensus on day 14: an advice, positive in outline, linked; both events at once. */
    private void consensusAdvice(SimNode p) throws Exception {
        setDay(14);
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

    private static void assertOneDecisionNodePerCouncil(SimNode p) {
        for (String m : LEIDSE_REGIO) {
            assertThat(ALFRESCO.children(councilFolder(m)).stream().filter(n -> TYPE_COUNCIL_DECISION.equals(n.nodeType())))
                    .as("rb:councilDecision nodes of " + m).hasSize(1);
            assertThat(ALFRESCO.targets(p.id(), ASSOC_PROPOSAL_COUNCIL_DECISIONS).stream()
                    .filter(d -> m.equals(d.property(PROP_MUNICIPALITY)))).as("linked decisions of " + m).hasSize(1);
        }
    }
}
