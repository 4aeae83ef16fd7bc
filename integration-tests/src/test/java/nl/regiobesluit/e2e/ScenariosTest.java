package nl.regiobesluit.e2e;

import static nl.regiobesluit.e2e.Harness.*;
import static nl.regiobesluit.model.RbModel.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.regiobesluit.routing.testsupport.SimNode;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The six scenarios of issue 6: each runs a proposal through the real routing-service as Alfresco would drive it and
 * writes the final repository state to {@code target/<outputDir>/<name>.json}. Expected vote numbers were computed
 * independently with {@code ./regio vote} on {@code data/election_2014_leidse_regio.csv}. Where they run is the
 * {@link ScenarioTarget}: the simulated Alfresco by default, a running Alfresco with {@code -Pacs}.
 */
@Order(1) // ArchivistsTest reads the state files these scenarios write
class ScenariosTest extends E2eTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> YES_PARTIES = List.of("D66", "VVD", "CDA", "PvdA", "GroenLinks", "ChristenUnie",
            "Progressief Oegstgeest", "Progressief Zoeterwoude");

    protected final ScenarioTarget on;

    @Autowired
    ScenariosTest(ScenarioTarget on) {
        this.on = on;
    }

    @org.junit.jupiter.api.BeforeEach
    void noRefusalsYet() {
        ServiceRefusals.reset();
    }

    /** The service account, with only the rights access.json gives it, was refused nothing (no 401, no 403). */
    @org.junit.jupiter.api.AfterEach
    void theServiceAccountWasRefusedNothing() {
        assertThat(ServiceRefusals.refused()).as("requests of %s that Alfresco refused", SERVICE_USER).isEmpty();
    }

    // ------------------------------------------------------------------ woningbouw-2014

    @Test
    void woningbouwAdvicePassesAndVoorschotenDeviationGetsAFollowUp() throws Exception {
        on.begin("woningbouw-2014");
        StoredNode p = committeeVoteAndDispatch("RV-2014-017", "woningbouw", LEIDSE_REGIO);

        fourCouncilsDecideAsIn2014(p);
        assertThat(on.reread(p).property(PROP_ROUTE_STATUS)).isEqualTo(STATUS_DISPATCHED);
        on.decide(p, "Zoeterwoude", OUTCOME_ADOPTED, 52);

        ScenarioOutput.write(on, "woningbouw-2014", p);
        assertWoningbouwAdvice(p);
        assertThat(on.reread(p).property(PROP_ROUTE_STATUS)).isEqualTo(STATUS_DECIDED);
        // five e-mails to griffies, one each
        for (String m : LEIDSE_REGIO) {
            assertThat(mailsTo(griffieMail(m))).as(m).hasSize(1);
        }
        assertThat(on.followUps(p)).singleElement().satisfies(item -> {
            assertThat(item.property(PROP_AGENDA_ITEM_KIND)).isEqualTo(AGENDA_ITEM_DEVIATION_FOLLOW_UP);
            assertThat(item.property(PROP_FOLLOW_UP_MUNICIPALITY)).isEqualTo("Voorschoten");
        });
        assertThat(on.decisionOf(p, "Voorschoten").property(PROP_DEVIATES_FROM_ADVICE)).isEqualTo(true);
        assertThat(on.decisionOf(p, "Oegstgeest").property(PROP_DEVIATES_FROM_ADVICE)).isEqualTo(false);

        StoredNode record = onlyDecisionRecord(p);
        assertThat(record.property(PROP_COUNCIL_OUTCOMES)).isEqualTo(List.of("Leiden=ADOPTED", "Leiderdorp=ADOPTED",
                "Oegstgeest=ADOPTED_WITH_AMENDMENTS", "Voorschoten=REJECTED", "Zoeterwoude=ADOPTED"));
        assertThat(record.property(PROP_RECORD_OUTCOME)).isEqualTo(RECORD_NO_REGIONAL_DECISION);
        assertThat(record.aspectNames()).contains(ASPECT_MODEL_CRITERIA);
        assertThat(number(record, PROP_LEAD_TIME_DAYS)).isEqualTo(52);
        assertThat(record.property(PROP_MET_TARGET)).isEqualTo(true);
        assertThat(number(record, PROP_COUNCILS_ADOPTED)).isEqualTo(4);
        assertThat(number(record, PROP_COUNCILS_AMENDED)).isEqualTo(1);
        assertThat(number(record, PROP_COUNCILS_REJECTED)).isEqualTo(1);
        assertThat(number(record, PROP_COUNCILS_POSTPONED)).isEqualTo(0);
        assertThat(number(record, PROP_DEVIATIONS)).isEqualTo(1);
        assertThat(record.property(PROP_ONE_VOICE)).isEqualTo(false);
        assertThat(record.property(PROP_CONSENSUS_WITHOUT_VOTE)).isEqualTo(false);
    }

    // ------------------------------------------------------------------ deadline-2014

    @Test
    void deadlineEscalatesZoeterwoudeOnceAfterTwoMonthsAndTheRouteClosesWhenItDecides() throws Exception {
        on.begin("deadline-2014");
        StoredNode p = committeeVoteAndDispatch("RV-2014-018", "woningbouw", LEIDSE_REGIO);
        fourCouncilsDecideAsIn2014(p);

        setDay(60); // deadline is 1 November 2014 (day 61): not yet
        on.runDeadlineCheck(p);
        assertThat(mailsTo(REGIOGRIFFIER_MAIL)).isEmpty();

        setDay(62);
        on.runDeadlineCheck(p);
        setDay(75);
        on.runDeadlineCheck(p);
        assertThat(mailsTo(REGIOGRIFFIER_MAIL)).singleElement()
                .satisfies(m -> assertThat((String) m.getContent()).contains("Zoeterwoude").doesNotContain("Leiderdorp"));
        StoredNode open = on.reread(p);
        assertThat(open.property(PROP_ROUTE_STATUS)).isEqualTo(STATUS_DISPATCHED);
        assertThat(open.property(PROP_OVERDUE)).isEqualTo(true);
        assertThat(open.property(PROP_ESCALATED_ON)).isEqualTo(date(day(62)));
        assertThat(on.targets(p.id(), ASSOC_PROPOSAL_DECISION_RECORD)).isEmpty();

        on.decide(p, "Zoeterwoude", OUTCOME_ADOPTED, 80);

        ScenarioOutput.write(on, "deadline-2014", p);
        assertWoningbouwAdvice(p);
        assertThat(on.reread(p).property(PROP_ROUTE_STATUS)).isEqualTo(STATUS_DECIDED);
        assertThat(mailsTo(REGIOGRIFFIER_MAIL)).hasSize(1);
        StoredNode record = onlyDecisionRecord(p);
        assertThat(number(record, PROP_LEAD_TIME_DAYS)).isEqualTo(80);
        assertThat(record.property(PROP_MET_TARGET)).isEqualTo(false);
        assertThat(number(record, PROP_COUNCILS_ADOPTED)).isEqualTo(4);
        assertThat(number(record, PROP_COUNCILS_REJECTED)).isEqualTo(1);
    }

    // ------------------------------------------------------------------ subset-zonder-voorschoten

    @Test
    void subsetWithoutVoorschotenRecordsThatLeidenCouldPassAloneAndTheThresholdAboveWhichNoneCan() throws Exception {
        on.begin("subset-zonder-voorschoten");
        List<String> four = List.of("Leiden", "Leiderdorp", "Oegstgeest", "Zoeterwoude");
        StoredNode p = committeeVoteAndDispatch("RV-2014-019", "bereikbaarheid", four);
        int d = 30;
        for (String m : four) {
            on.decide(p, m, OUTCOME_ADOPTED, d += 3);
        }

        ScenarioOutput.write(on, "subset-zonder-voorschoten", p);
        assertThat(on.targets(p.id(), ASSOC_PROPOSAL_COUNCIL_DECISIONS)).hasSize(4);
        assertThat(mailsTo(griffieMail("Voorschoten"))).isEmpty();
        StoredNode advice = on.targets(p.id(), ASSOC_PROPOSAL_ADVICE).get(0);
        assertThat(advice.property(PROP_RESULT_PASSED)).isEqualTo(true);
        assertThat(advice.property(PROP_RESULT_DECISIVE_MUNICIPALITIES)).isEqualTo(List.of("Leiden"));
        JsonNode result = JSON.readTree((String) advice.property(PROP_RESULT_JSON));
        // ./regio vote --scheme A --rule qualified:0.60 --municipalities Leiden,Leiderdorp,Oegstgeest,Zoeterwoude
        assertThat(result.toString()).contains("27573/40613");
        assertThat(result.path("analysis").path("noSinglePassAbove").toString()).contains("27573/40613");
        assertThat(onlyDecisionRecord(p).property(PROP_RECORD_OUTCOME)).isEqualTo(RECORD_REGIONAL_DECISION_TAKEN);
    }

    // ------------------------------------------------------------------ licht-unanimiteit

    @Test
    void lightCooperationNeedsEveryCouncilSoOneRejectionMeansNoRegionalDecision() throws Exception {
        on.begin("licht-unanimiteit");
        StoredNode p = on.draftProposal("U-2014-003", "licht");
        on.submit(p);

        // no regional body: intake hands the proposal straight to every council
        assertThat(mailsTo(REGIOGRIFFIER_MAIL)).hasSize(1);
        assertThat(mailsTo(REGIOCOMMISSIE_MAIL)).isEmpty();
        assertThat(on.targets(p.id(), ASSOC_PROPOSAL_COUNCIL_DECISIONS)).hasSize(5);
        on.decide(p, "Leiden", OUTCOME_ADOPTED, 20);
        on.decide(p, "Leiderdorp", OUTCOME_ADOPTED, 22);
        on.decide(p, "Oegstgeest", OUTCOME_ADOPTED, 25);
        on.decide(p, "Voorschoten", OUTCOME_REJECTED, 27);
        on.decide(p, "Zoeterwoude", OUTCOME_ADOPTED, 29);

        ScenarioOutput.write(on, "licht-unanimiteit", p);
        assertThat(on.reread(p).property(PROP_ROUTE_STATUS)).isEqualTo(STATUS_DECIDED);
        assertThat(on.reread(p).property(PROP_COOPERATION_MODEL)).isEqualTo("LIGHT_CONSULTATION");
        for (String m : LEIDSE_REGIO) {
            assertThat(mailsTo(griffieMail(m))).as(m).hasSize(1);
        }
        assertThat(on.followUps(p)).as("no advice, so nothing to deviate from").isEmpty();
        StoredNode record = onlyDecisionRecord(p);
        assertThat(record.property(PROP_RECORD_OUTCOME)).isEqualTo(RECORD_NO_REGIONAL_DECISION);
        assertThat(record.property(PROP_COUNCIL_OUTCOMES)).isEqualTo(List.of("Leiden=ADOPTED", "Leiderdorp=ADOPTED",
                "Oegstgeest=ADOPTED", "Voorschoten=REJECTED", "Zoeterwoude=ADOPTED"));
        assertThat(record.property(PROP_RECORD_MUNICIPALITIES)).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .containsExactlyInAnyOrderElementsOf(LEIDSE_REGIO);
    }

    // ------------------------------------------------------------------ regioraad-besluit

    @Test
    void theRegioraadDecidesItselfWithAQualifiedMajorityAndNoCouncilIsAsked() throws Exception {
        on.begin("regioraad-besluit");
        StoredNode p = on.draftProposal("RR-2014-004", "regioraad");
        on.submit(p);
        StoredNode vote = on.votedAdvice(p, VOTING_BODY_REGIORAAD, 21, members(LEIDSE_REGIO, true), members(LEIDSE_REGIO, false), Map.of());

        ScenarioOutput.write(on, "regioraad-besluit", p);
        assertThat(on.reread(p).property(PROP_ROUTE_STATUS)).isEqualTo(STATUS_DECIDED);
        assertThat(on.targets(p.id(), ASSOC_PROPOSAL_COUNCIL_DECISIONS)).isEmpty();
        for (String m : LEIDSE_REGIO) {
            assertThat(mailsTo(griffieMail(m))).as(m).isEmpty();
        }
        StoredNode result = on.reread(vote);
        assertThat(result.property(PROP_RESULT_PASSED)).isEqualTo(true);
        assertThat(String.valueOf(result.property(PROP_RESULT_YES_SHARE))).contains("29820571/37160865");
        StoredNode record = onlyDecisionRecord(p);
        assertThat(record.property(PROP_RECORD_OUTCOME)).isEqualTo(RECORD_REGIONAL_DECISION_TAKEN);
        assertThat(record.property(PROP_RECORD_MUNICIPALITIES)).as("the regioraad decided for all five")
                .isEqualTo(LEIDSE_REGIO);
        assertThat(number(record, PROP_LEAD_TIME_DAYS)).isEqualTo(21);
    }

    // ------------------------------------------------------------------ samengestelde-gemeente

    @Test
    void aCompositeMunicipalityHasOneCouncilAndItsAdoptionIsTheDecision() throws Exception {
        on.begin("samengestelde-gemeente");
        StoredNode p = on.draftProposal("SG-2014-001", "samengesteld");
        on.submit(p);

        assertThat(on.targets(p.id(), ASSOC_PROPOSAL_COUNCIL_DECISIONS)).singleElement()
                .satisfies(d -> assertThat(d.property(PROP_MUNICIPALITY)).isEqualTo("Leiden"));
        assertThat(mailsTo(griffieMail("Leiden"))).hasSize(1);
        // The council votes on day 28: simple majority of seats (theme samengesteld: scheme C, rule majority over the one
        // council). D66 12, VVD 5, CDA 4 = 21 of Leiden's 39 seats in favour; recorded on the meeting's agenda item.
        StoredNode counted = on.councilVote(p, "Leiden", 28, List.of("Leiden/D66", "Leiden/VVD", "Leiden/CDA"),
                List.of("Leiden/SP", "Leiden/PvdA", "Leiden/GroenLinks", "Leiden/Leefbaar Leiden", "Leiden/Partij voor de Dieren",
                        "Leiden/ChristenUnie"));
        assertThat(counted.property(PROP_RESULT_SCHEME)).isEqualTo("C");
        assertThat(counted.property(PROP_RESULT_PASSED)).isEqualTo(true);
        assertThat(counted.property(PROP_RESULT_YES_SHARE)).isEqualTo("7/13"); // 21/39
        on.decide(p, "Leiden", OUTCOME_ADOPTED, 28);

        ScenarioOutput.write(on, "samengestelde-gemeente", p);
        assertThat(on.reread(p).property(PROP_ROUTE_STATUS)).isEqualTo(STATUS_DECIDED);
        assertThat(on.reread(p).property(PROP_COOPERATION_MODEL)).isEqualTo("COMPOSITE_MUNICIPALITY");
        StoredNode record = onlyDecisionRecord(p);
        assertThat(record.property(PROP_RECORD_OUTCOME)).isEqualTo(RECORD_REGIONAL_DECISION_TAKEN);
        assertThat(record.property(PROP_COUNCIL_OUTCOMES)).isEqualTo(List.of("Leiden=ADOPTED"));
        for (String m : List.of("Leiderdorp", "Oegstgeest", "Voorschoten", "Zoeterwoude")) {
            assertThat(mailsTo(griffieMail(m))).as(m).isEmpty();
        }
    }

    @Test
    @SimulatorOnly("the contract record is written by the simulator's WireMock server; a real Alfresco keeps no such record")
    void everyScenarioRequestIsInTheContractRecord() throws Exception {
        REQUESTS.recordAs("contract-check");
        SimNode p = draftProposal("SG-2014-002", "samengesteld");
        publishAndWait(submit(p));
        REQUESTS.recordAs(null);
        List<String> lines = Files.readAllLines(REQUESTS.file());
        List<JsonNode> mine = new ArrayList<>();
        for (String l : lines) {
            JsonNode j = JSON.readTree(l);
            if ("contract-check".equals(j.path("scenario").asText())) {
                mine.add(j);
            }
        }
        assertThat(mine).isNotEmpty().allSatisfy(j -> assertThat(j.has("method") && j.has("path") && j.has("query") && j.has("body")
                && j.has("status") && j.has("responseBody")).isTrue());
        assertThat(mine).anySatisfy(j -> {
            assertThat(j.path("method").asText()).isEqualTo("PUT");
            assertThat(j.path("path").asText()).endsWith("/nodes/" + p.id());
            assertThat(j.path("body").path("properties").path(PROP_ROUTE_STATUS).asText()).isEqualTo(STATUS_SUBMITTED);
            // the response as the simulator gave it, parsed
            assertThat(j.path("status").asInt()).isEqualTo(200);
            assertThat(j.path("responseBody").path("entry").path("id").asText()).isEqualTo(p.id());
        });
    }

    // ------------------------------------------------------------------ helpers

    /** Leiden (day 30), Leiderdorp (35), Oegstgeest with amendments (41), Voorschoten rejects (48); Zoeterwoude is left. */
    private void fourCouncilsDecideAsIn2014(StoredNode p) throws Exception {
        on.decide(p, "Leiden", OUTCOME_ADOPTED, 30);
        on.decide(p, "Leiderdorp", OUTCOME_ADOPTED, 35);
        on.decide(p, "Oegstgeest", OUTCOME_ADOPTED_WITH_AMENDMENTS, 41);
        on.decide(p, "Voorschoten", OUTCOME_REJECTED, 48);
    }

    /** Submission (day 0), the regiocommissie's weighted vote on day 14 with the 2014 yes/no split, and dispatch. */
    private StoredNode committeeVoteAndDispatch(String number, String theme, List<String> municipalities) throws Exception {
        StoredNode p = on.draftProposal(number, theme);
        on.submit(p);
        assertThat(on.reread(p).property(PROP_ROUTE_STATUS)).isEqualTo(STATUS_IN_COMMITTEE);
        assertThat(mailsTo(REGIOCOMMISSIE_MAIL)).hasSize(1);

        on.votedAdvice(p, VOTING_BODY_REGIOCOMMISSIE, 14, members(municipalities, true), members(municipalities, false),
                Map.of(PROP_ADVICE_KIND, ADVICE_POSITIVE_IN_OUTLINE));

        assertThat(on.reread(p).property(PROP_ROUTE_STATUS)).isEqualTo(STATUS_DISPATCHED);
        assertThat(on.targets(p.id(), ASSOC_PROPOSAL_COUNCIL_DECISIONS)).hasSize(municipalities.size());
        return p;
    }

    private void assertWoningbouwAdvice(StoredNode p) throws Exception {
        StoredNode advice = on.targets(p.id(), ASSOC_PROPOSAL_ADVICE).get(0);
        // ./regio vote --scheme A --rule qualified:0.70: passed, 29820571/37160865 = 80.25% yes, nobody passes alone,
        // Leiden and Leiderdorp pivotal, no municipality alone above 2626/4435 = 59.21%
        assertThat(advice.aspectNames()).contains(ASPECT_VOTE_RESULT);
        assertThat(advice.property(PROP_RESULT_PASSED)).isEqualTo(true);
        assertThat(String.valueOf(advice.property(PROP_RESULT_YES_SHARE))).contains("29820571/37160865");
        assertThat(advice.property(PROP_RESULT_DECISIVE_MUNICIPALITIES)).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).isEmpty();
        assertThat(advice.property(PROP_RESULT_PIVOTAL_MUNICIPALITIES)).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .containsExactlyInAnyOrder("Leiden", "Leiderdorp");
        JsonNode result = JSON.readTree((String) advice.property(PROP_RESULT_JSON));
        assertThat(result.path("analysis").path("noSinglePassAbove").toString()).contains("2626/4435");
    }

    private StoredNode onlyDecisionRecord(StoredNode p) {
        assertThat(on.decisionRecords(p)).hasSize(1);
        List<StoredNode> linked = on.targets(p.id(), ASSOC_PROPOSAL_DECISION_RECORD);
        assertThat(linked).hasSize(1);
        return linked.get(0);
    }

    private static long number(StoredNode n, String property) {
        Object v = n.property(property);
        assertThat(v).as(property).isNotNull();
        return v instanceof Number x ? x.longValue() : Long.parseLong(String.valueOf(v));
    }

    /** "Municipality/PartyGroup" for every party group of these municipalities that votes yes (or no). */
    static List<String> members(List<String> municipalities, boolean yes) throws Exception {
        List<String> result = new ArrayList<>();
        List<String> lines = Files.readAllLines(composition2014());
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            if (municipalities.contains(f[0]) && YES_PARTIES.contains(f[3]) == yes) {
                result.add(f[0] + "/" + f[3]);
            }
        }
        return result;
    }
}
