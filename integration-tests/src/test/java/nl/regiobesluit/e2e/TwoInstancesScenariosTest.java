package nl.regiobesluit.e2e;

import static nl.regiobesluit.e2e.Harness.*;
import static nl.regiobesluit.model.RbModel.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.regiobesluit.e2e.contract.ContractCheck;
import nl.regiobesluit.routing.testsupport.SimNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 13, scale-out: the six scenarios of {@link ScenariosTest}, interleaved, on two instances of the service that
 * share one broker (configured by docker/activemq/activemq.xml) and one PostgreSQL database, with failures injected:
 * Alfresco answering 503, every event delivered twice, and one instance stopped (its context closed) while the
 * routes are under way, so that the other finishes them. The result must be exactly what one instance makes of the
 * same script without failures: the same nodes, records and e-mails, none lost, none doubled, and both instances
 * must have handled events.
 */
@ExtendWith({Target.class, ContractCheck.class})
class TwoInstancesScenariosTest {

    /** Woningbouw 2014 (deviation follow-up), the deadline escalation, the subset without Voorschoten. */
    private static final List<String> FOUR = List.of("Leiden", "Leiderdorp", "Oegstgeest", "Zoeterwoude");

    @Test
    @SimulatorOnly("it runs instances of the service against a broker and database of its own and publishes the event fixtures itself")
    void sixScenariosInterleavedOnTwoInstancesWithFailuresEndExactlyAsOnOneInstance() throws Exception {
        freshRegion();
        Outcome alone;
        try (ServiceRig rig = new ServiceRig(2)) {
            rig.start(0);
            alone = new Script(rig, false).run();
            assertThat(rig.drainDeadLetters()).isEmpty();
        }

        freshRegion();
        Outcome together;
        int byFirst;
        int bySecond;
        try (ServiceRig rig = new ServiceRig(3)) {
            rig.start(0);
            rig.start(1);
            together = new Script(rig, true).run();
            assertThat(rig.drainDeadLetters()).as("dead-lettered events").isEmpty();
            byFirst = rig.handledBy(0);
            bySecond = rig.handledBy(1);
            try (Connection c = DriverManager.getConnection(rig.databaseUrl(), "postgres", "");
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT count(*) FROM rb_mail_ledger WHERE sent_at IS NOT NULL")) {
                rs.next();
                assertThat(rs.getInt(1)).as("e-mails in the shared mail ledger").isEqualTo(together.mailsSent());
            }
        }

        org.slf4j.LoggerFactory.getLogger(TwoInstancesScenariosTest.class).info(
                "scale-out: events handled by instance 0: {}, by instance 1: {}; alone: {}; together: {}", byFirst, bySecond, alone, together);
        assertThat(byFirst).as("events handled by the first instance").isPositive();
        assertThat(bySecond).as("events handled by the second instance").isPositive();
        assertThat(together.statuses()).as("route status per scenario").isEqualTo(alone.statuses())
                .containsOnlyKeys("woningbouw", "deadline", "subset", "licht", "regioraad", "samengesteld")
                .allSatisfy((scenario, status) -> assertThat(status).as(scenario).isEqualTo(STATUS_DECIDED));
        // council decisions: 5 + 5 + 4 + 5 (licht) + 1 (samengesteld) + 0 (regioraad)
        assertThat(together.councilDecisions()).isEqualTo(alone.councilDecisions()).isEqualTo(20);
        assertThat(together.decisionRecords()).isEqualTo(alone.decisionRecords()).isEqualTo(6);
        assertThat(together.linkedRecords()).isEqualTo(alone.linkedRecords())
                .allSatisfy((scenario, n) -> assertThat(n).as(scenario).isEqualTo(1));
        // Voorschoten deviates from the regiocommissie's advice in woningbouw and deadline
        assertThat(together.followUps()).isEqualTo(alone.followUps()).isEqualTo(2);
        assertThat(together.mails()).as("e-mails per recipient").isEqualTo(alone.mails());
        assertThat(together.mails().get(REGIOGRIFFIER_MAIL)).as("escalations and light-cooperation notices").isPositive();
        assertThat(together.mailsSent()).isEqualTo(alone.mailsSent());
    }

    /** What the script leaves: per scenario the route status and linked decision records, and the totals. */
    record Outcome(Map<String, String> statuses, Map<String, Integer> linkedRecords, int councilDecisions, int decisionRecords,
                   int followUps, Map<String, Integer> mails, int mailsSent) {
    }

    /**
     * The six scenarios in rounds: each round takes every scenario one step further, publishes all their events at
     * once (twice each, with failures, when {@code withFailures}) and waits until every instance is idle.
     */
    private static final class Script {
        private final ServiceRig rig;
        private final boolean withFailures;
        private final Map<String, SimNode> proposals = new LinkedHashMap<>();
        private final List<String> round = new ArrayList<>();

        Script(ServiceRig rig, boolean withFailures) {
            this.rig = rig;
            this.withFailures = withFailures;
        }

        Outcome run() throws Exception {
            // day 0: every proposal uploaded and submitted
            draftAndSubmit("woningbouw", "RV-2014-017", "woningbouw");
            draftAndSubmit("deadline", "RV-2014-018", "woningbouw");
            draftAndSubmit("subset", "RV-2014-019", "bereikbaarheid");
            draftAndSubmit("licht", "U-2014-003", "licht");
            draftAndSubmit("regioraad", "RR-2014-004", "regioraad");
            draftAndSubmit("samengesteld", "SG-2014-001", "samengesteld");
            endRound();

            // days 14-28: the regiocommissie's votes, the regioraad's vote, Leiden's council vote, three light decisions
            if (withFailures) {
                // Alfresco is briefly unavailable: the error handler retries in whichever instance has the event
                ALFRESCO.failNext("PUT", ".*/nodes/.*", 503, 3);
            }
            committeeVote("woningbouw", LEIDSE_REGIO);
            committeeVote("deadline", LEIDSE_REGIO);
            committeeVote("subset", FOUR);
            SimNode rr = proposals.get("regioraad");
            SimNode vote = Harness.votedAdvice(rr, VOTING_BODY_REGIORAAD, 21, ScenariosTest.members(LEIDSE_REGIO, true),
                    ScenariosTest.members(LEIDSE_REGIO, false));
            round.add(EVENTS.nodeCreated(vote.id()));
            round.add(link(rr, vote));
            SimNode sg = proposals.get("samengesteld");
            SimNode meeting = ALFRESCO.addNode(councilFolder("Leiden"), "Raadsvergadering Leiden - " + sg.name(), TYPE_AGENDA_ITEM,
                    griffier("Leiden"), List.of(ASPECT_VOTES, "cm:titled"), SimulatorTarget.votes("Leiden", 28,
                            List.of("Leiden/D66", "Leiden/VVD", "Leiden/CDA"), List.of("Leiden/SP", "Leiden/PvdA", "Leiden/GroenLinks",
                                    "Leiden/Leefbaar Leiden", "Leiden/Partij voor de Dieren", "Leiden/ChristenUnie")));
            ALFRESCO.link(meeting.id(), sg.id(), ASSOC_AGENDA_ITEM_PROPOSAL);
            round.add(EVENTS.nodeCreated(meeting.id()));
            SimNode light = proposals.get("licht");
            decide(light, "Leiden", OUTCOME_ADOPTED, 20);
            decide(light, "Leiderdorp", OUTCOME_ADOPTED, 22);
            decide(light, "Oegstgeest", OUTCOME_ADOPTED, 25);
            setDay(28);
            endRound();
            ALFRESCO.clearFailures();

            // days 30-52: the councils decide; Zoeterwoude leaves the deadline scenario open
            for (String s : List.of("woningbouw", "deadline")) {
                SimNode p = proposals.get(s);
                decide(p, "Leiden", OUTCOME_ADOPTED, 30);
                decide(p, "Leiderdorp", OUTCOME_ADOPTED, 35);
                decide(p, "Oegstgeest", OUTCOME_ADOPTED_WITH_AMENDMENTS, 41);
                decide(p, "Voorschoten", OUTCOME_REJECTED, 48);
            }
            int d = 30;
            for (String m : FOUR) {
                decide(proposals.get("subset"), m, OUTCOME_ADOPTED, d += 3);
            }
            decide(light, "Voorschoten", OUTCOME_REJECTED, 27);
            decide(light, "Zoeterwoude", OUTCOME_ADOPTED, 29);
            decide(sg, "Leiden", OUTCOME_ADOPTED, 28);
            decide(proposals.get("woningbouw"), "Zoeterwoude", OUTCOME_ADOPTED, 52);
            setDay(52);
            if (withFailures) {
                // the first instance is stopped while these routes are under way; the second finishes them
                publishRound();
                rig.stop(0);
                rig.awaitQuiet();
            } else {
                endRound();
            }

            // day 62: the deadline check (only the deadline scenario is still open), then Zoeterwoude decides on day 80
            setDay(62);
            rig.runDeadlineCheck(rig.liveInstance());
            rig.awaitQuiet();
            decide(proposals.get("deadline"), "Zoeterwoude", OUTCOME_ADOPTED, 80);
            endRound();
            return outcome();
        }

        private void draftAndSubmit(String scenario, String number, String theme) {
            SimNode p = Harness.draftProposal(number, theme);
            proposals.put(scenario, p);
            round.add(EVENTS.nodeCreated(p.id()));
            round.add(Harness.submit(p));
        }

        private void committeeVote(String scenario, List<String> municipalities) throws Exception {
            SimNode p = proposals.get(scenario);
            SimNode advice = Harness.votedAdvice(p, VOTING_BODY_REGIOCOMMISSIE, 14, ScenariosTest.members(municipalities, true),
                    ScenariosTest.members(municipalities, false));
            ALFRESCO.edit(advice.id(), REGIOGRIFFIER, Map.of(PROP_ADVICE_KIND, ADVICE_POSITIVE_IN_OUTLINE));
            round.add(EVENTS.nodeCreated(advice.id()));
            round.add(link(p, advice));
        }

        private void decide(SimNode p, String municipality, String outcome, int day) {
            round.add(Harness.decide(p, municipality, outcome, day));
        }

        private void publishRound() throws Exception {
            List<String> events = new ArrayList<>(round);
            if (withFailures) {
                // at-least-once delivery: every event may come twice
                events.addAll(round);
            }
            round.clear();
            rig.publish(events.toArray(String[]::new));
        }

        private void endRound() throws Exception {
            publishRound();
            rig.awaitQuiet();
        }

        private Outcome outcome() throws Exception {
            Map<String, String> statuses = new LinkedHashMap<>();
            Map<String, Integer> linked = new LinkedHashMap<>();
            int followUps = 0;
            for (var e : proposals.entrySet()) {
                statuses.put(e.getKey(), String.valueOf(ALFRESCO.node(e.getValue().id()).property(PROP_ROUTE_STATUS)));
                linked.put(e.getKey(), ALFRESCO.targets(e.getValue().id(), ASSOC_PROPOSAL_DECISION_RECORD).size());
                followUps += followUps(e.getValue()).size();
            }
            Map<String, Integer> mails = ServiceRig.mailCounts();
            return new Outcome(statuses, linked, councilDecisions(null).size(), decisionRecords().size(), followUps, mails,
                    SMTP.getReceivedMessages().length);
        }
    }
}
