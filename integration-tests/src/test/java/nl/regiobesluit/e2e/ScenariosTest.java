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

/**
 * The six scenarios of issue 6: each runs a proposal through the real routing-service as Alfresco would drive it and
 * writes the final repository state to {@code target/scenarios/<name>.json}. Expected vote numbers were computed
 * independently with {@code ./regio vote} on {@code data/election_2014_leidse_regio.csv}.
 */
@Order(1) // ArchivistsTest reads the state files these scenarios write
class ScenariosTest extends E2eTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> YES_PARTIES = List.of("D66", "VVD", "CDA", "PvdA", "GroenLinks", "ChristenUnie",
            "Progressief Oegstgeest", "Progressief Zoeterwoude");

    // ------------------------------------------------------------------ woningbouw-2014

    @Test
    void woningbouwAdvicePassesAndVoorschotenDeviationGetsAFollowUp() throws Exception {
        REQUESTS.recordAs("woningbouw-2014");
        SimNode p = committeeVoteAndDispatch("RV-2014-017", "woningbouw", LEIDSE_REGIO);

        publishAndWait(decide(p, "Leiden", OUTCOME_ADOPTED, 30));
        publishAndWait(decide(p, "Leiderdorp", OUTCOME_ADOPTED, 35));
        publishAndWait(decide(p, "Oegstgeest", OUTCOME_ADOPTED_WITH_AMENDMENTS, 41));
        publishAndWait(decide(p, "Voorschoten", OUTCOME_REJECTED, 48));
        assertThat(ALFRESCO.node(p.id()).property(PROP_ROUTE_STATUS)).isEqualTo(STATUS_DISPATCHED);
        publishAndWait(decide(p, "Zoeterwoude", OUTCOME_ADOPTED, 52));

        ScenarioOutput.write("woningbouw-2014", p);
        assertWoningbouwAdvice(p);
        assertThat(ALFRESCO.node(p.id()).property(PROP_ROUTE_STATUS)).isEqualTo(STATUS_DECIDED);
        // five e-mails to griffies, one each
        for (String m : LEIDSE_REGIO) {
            assertThat(mailsTo(griffieMail(m))).as(m).hasSize(1);
        }
        assertThat(followUps(p)).singleElement().satisfies(item -> {
            assertThat(item.property(PROP_AGENDA_ITEM_KIND)).isEqualTo(AGENDA_ITEM_DEVIATION_FOLLOW_UP);
            assertThat(item.property(PROP_FOLLOW_UP_MUNICIPALITY)).isEqualTo("Voorschoten");
        });
        assertThat(decisionOf(p, "Voorschoten").property(PROP_DEVIATES_FROM_ADVICE)).isEqualTo(true);
        assertThat(decisionOf(p, "Oegstgeest").property(PROP_DEVIATES_FROM_ADVICE)).isEqualTo(false);

        SimNode record = onlyDecisionRecord(p);
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
        REQUESTS.recordAs("deadline-2014");
        SimNode p = committeeVoteAndDispatch("RV-2014-018", "woningbouw", LEIDSE_REGIO);
        publishAndWait(decide(p, "Leiden", OUTCOME_ADOPTED, 30));
        publishAndWait(decide(p, "Leiderdorp", OUTCOME_ADOPTED, 35));
        publishAndWait(decide(p, "Oegstgeest", OUTCOME_ADOPTED_WITH_AMENDMENTS, 41));
        publishAndWait(decide(p, "Voorschoten", OUTCOME_REJECTED, 48));

        setDay(60); // deadline is 1 November 2014 (day 61): not yet
        runDeadlineCheck();
        assertThat(mailsTo(REGIOGRIFFIER_MAIL)).isEmpty();

        setDay(62);
        runDeadlineCheck();
        setDay(75);
        runDeadlineCheck();
        assertThat(mailsTo(REGIOGRIFFIER_MAIL)).singleElement()
                .satisfies(m -> assertThat((String) m.getContent()).contains("Zoeterwoude").doesNotContain("Leiderdorp"));
        SimNode open = ALFRESCO.node(p.id());
        assertThat(open.property(PROP_ROUTE_STATUS)).isEqualTo(STATUS_DISPATCHED);
        assertThat(open.property(PROP_OVERDUE)).isEqualTo(true);
        assertThat(open.property(PROP_ESCALATED_ON)).isEqualTo(date(day(62)));
        assertThat(ALFRESCO.targets(p.id(), ASSOC_PROPOSAL_DECISION_RECORD)).isEmpty();

        publishAndWait(decide(p, "Zoeterwoude", OUTCOME_ADOPTED, 80));

        ScenarioOutput.write("deadline-2014", p);
        assertWoningbouwAdvice(p);
        assertThat(ALFRESCO.node(p.id()).property(PROP_ROUTE_STATUS)).isEqualTo(STATUS_DECIDED);
        assertThat(mailsTo(REGIOGRIFFIER_MAIL)).hasSize(1);
        SimNode record = onlyDecisionRecord(p);
        assertThat(number(record, PROP_LEAD_TIME_DAYS)).isEqualTo(80);
        assertThat(record.property(PROP_MET_TARGET)).isEqualTo(false);
        assertThat(number(record, PROP_COUNCILS_ADOPTED)).isEqualTo(4);
        assertThat(number(record, PROP_COUNCILS_REJECTED)).isEqualTo(1);
    }

    // ------------------------------------------------------------------ subset-zonder-voorschoten

    @Test
    void subsetWithoutVoorschotenRecordsThatLeidenCouldPassAloneAndTheThresholdAboveWhichNoneCan() throws Exception {
        REQUESTS.recordAs("subset-zonder-voorschoten");
        List<String> four = List.of("Leiden", "Leiderdorp", "Oegstgeest", "Zoeterwoude");
        SimNode p = committeeVoteAndDispatch("RV-2014-019", "bereikbaarheid", four);
        int d = 30;
        for (String m : four) {
            publishAndWait(decide(p, m, OUTCOME_ADOPTED, d += 3));
        }

        ScenarioOutput.write("subset-zonder-voorschoten", p);
        assertThat(ALFRESCO.targets(p.id(), ASSOC_PROPOSAL_COUNCIL_DECISIONS)).hasSize(4);
        assertThat(mailsTo(griffieMail("Voorschoten"))).isEmpty();
        SimNode advice = ALFRESCO.targets(p.id(), ASSOC_PROPOSAL_ADVICE).get(0);
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
        REQUESTS.recordAs("licht-unanimiteit");
        SimNode p = draftProposal("U-2014-003", "licht");
        publishAndWait(EVENTS.nodeCreated(p.id()));
        publishAndWait(submit(p));

        // no regional body: intake hands the proposal straight to every council
        assertThat(mailsTo(REGIOGRIFFIER_MAIL)).hasSize(1);
        assertThat(mailsTo(REGIOCOMMISSIE_MAIL)).isEmpty();
        assertThat(ALFRESCO.targets(p.id(), ASSOC_PROPOSAL_COUNCIL_DECISIONS)).hasSize(5);
        publishAndWait(decide(p, "Leiden", OUTCOME_ADOPTED, 20));
        publishAndWait(decide(p, "Leiderdorp", OUTCOME_ADOPTED, 22));
        publishAndWait(decide(p, "Oegstgeest", OUTCOME_ADOPTED, 25));
        publishAndWait(decide(p, "Voorschoten", OUTCOME_REJECTED, 27));
        publishAndWait(decide(p, "Zoeterwoude", OUTCOME_ADOPTED, 29));

        ScenarioOutput.write("licht-unanimiteit", p);
        assertThat(ALFRESCO.node(p.id()).property(PROP_ROUTE_STATUS)).isEqualTo(STATUS_DECIDED);
        assertThat(ALFRESCO.node(p.id()).property(PROP_COOPERATION_MODEL)).isEqualTo("LIGHT_CONSULTATION");
        for (String m : LEIDSE_REGIO) {
            assertThat(mailsTo(griffieMail(m))).as(m).hasSize(1);
        }
        assertThat(followUps(p)).as("no advice, so nothing to deviate from").isEmpty();
        SimNode record = onlyDecisionRecord(p);
        assertThat(record.property(PROP_RECORD_OUTCOME)).isEqualTo(RECORD_NO_REGIONAL_DECISION);
        assertThat(record.property(PROP_COUNCIL_OUTCOMES)).isEqualTo(List.of("Leiden=ADOPTED", "Leiderdorp=ADOPTED",
                "Oegstgeest=ADOPTED", "Voorschoten=REJECTED", "Zoeterwoude=ADOPTED"));
        assertThat(record.property(PROP_RECORD_MUNICIPALITIES)).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .containsExactlyInAnyOrderElementsOf(LEIDSE_REGIO);
    }

    // ------------------------------------------------------------------ regioraad-besluit

    @Test
    void theRegioraadDecidesItselfWithAQualifiedMajorityAndNoCouncilIsAsked() throws Exception {
        REQUESTS.recordAs("regioraad-besluit");
        SimNode p = draftProposal("RR-2014-004", "regioraad");
        publishAndWait(EVENTS.nodeCreated(p.id()));
        publishAndWait(submit(p));
        setDay(21);
        SimNode vote = votedAdvice(p, "regioraad", 21, members(LEIDSE_REGIO, true), members(LEIDSE_REGIO, false));
        publishAndWait(EVENTS.nodeCreated(vote.id()), link(p, vote));

        ScenarioOutput.write("regioraad-besluit", p);
        assertThat(ALFRESCO.node(p.id()).property(PROP_ROUTE_STATUS)).isEqualTo(STATUS_DECIDED);
        assertThat(ALFRESCO.targets(p.id(), ASSOC_PROPOSAL_COUNCIL_DECISIONS)).isEmpty();
        for (String m : LEIDSE_REGIO) {
            assertThat(mailsTo(griffieMail(m))).as(m).isEmpty();
        }
        SimNode result = ALFRESCO.node(vote.id());
        assertThat(result.property(PROP_RESULT_PASSED)).isEqualTo(true);
        assertThat(String.valueOf(result.property(PROP_RESULT_YES_SHARE))).contains("29820571/37160865");
        SimNode record = onlyDecisionRecord(p);
        assertThat(record.property(PROP_RECORD_OUTCOME)).isEqualTo(RECORD_REGIONAL_DECISION_TAKEN);
        assertThat(record.property(PROP_RECORD_MUNICIPALITIES)).as("the regioraad decided for all five")
                .isEqualTo(LEIDSE_REGIO);
        assertThat(number(record, PROP_LEAD_TIME_DAYS)).isEqualTo(21);
    }

    // ------------------------------------------------------------------ samengestelde-gemeente

    @Test
    void aCompositeMunicipalityHasOneCouncilAndItsAdoptionIsTheDecision() throws Exception {
        REQUESTS.recordAs("samengestelde-gemeente");
        SimNode p = draftProposal("SG-2014-001", "samengesteld");
        publishAndWait(EVENTS.nodeCreated(p.id()));
        publishAndWait(submit(p));

        assertThat(ALFRESCO.targets(p.id(), ASSOC_PROPOSAL_COUNCIL_DECISIONS)).singleElement()
                .satisfies(d -> assertThat(d.property(PROP_MUNICIPALITY)).isEqualTo("Leiden"));
        assertThat(mailsTo(griffieMail("Leiden"))).hasSize(1);
        // The council votes on day 28: simple majority of seats (theme samengesteld: scheme C, rule majority over the one
        // council). D66 12, VVD 5, CDA 4 = 21 of Leiden's 39 seats in favour; recorded on the meeting's agenda item.
        setDay(28);
        Map<String, Object> vote = new java.util.LinkedHashMap<>();
        vote.put(PROP_AGENDA_ITEM_KIND, AGENDA_ITEM_REGULAR);
        vote.put(PROP_VOTING_BODY, "gemeenteraad Leiden");
        vote.put(PROP_VOTE_DATE, date(day(28)));
        vote.put(PROP_VOTES_YES, List.of("Leiden/D66", "Leiden/VVD", "Leiden/CDA"));
        vote.put(PROP_VOTES_NO, List.of("Leiden/SP", "Leiden/PvdA", "Leiden/GroenLinks", "Leiden/Leefbaar Leiden",
                "Leiden/Partij voor de Dieren", "Leiden/ChristenUnie"));
        SimNode meeting = ALFRESCO.addNode(councilFolder("Leiden"), "Raadsvergadering Leiden - " + p.name(), TYPE_AGENDA_ITEM,
                griffier("Leiden"), List.of(ASPECT_VOTES, "cm:titled"), vote);
        ALFRESCO.link(meeting.id(), p.id(), ASSOC_AGENDA_ITEM_PROPOSAL);
        publishAndWait(EVENTS.nodeCreated(meeting.id()));
        SimNode counted = ALFRESCO.node(meeting.id());
        assertThat(counted.property(PROP_RESULT_SCHEME)).isEqualTo("C");
        assertThat(counted.property(PROP_RESULT_PASSED)).isEqualTo(true);
        assertThat(counted.property(PROP_RESULT_YES_SHARE)).isEqualTo("7/13"); // 21/39
        publishAndWait(decide(p, "Leiden", OUTCOME_ADOPTED, 28));

        ScenarioOutput.write("samengestelde-gemeente", p);
        assertThat(ALFRESCO.node(p.id()).property(PROP_ROUTE_STATUS)).isEqualTo(STATUS_DECIDED);
        assertThat(ALFRESCO.node(p.id()).property(PROP_COOPERATION_MODEL)).isEqualTo("COMPOSITE_MUNICIPALITY");
        SimNode record = onlyDecisionRecord(p);
        assertThat(record.property(PROP_RECORD_OUTCOME)).isEqualTo(RECORD_REGIONAL_DECISION_TAKEN);
        assertThat(record.property(PROP_COUNCIL_OUTCOMES)).isEqualTo(List.of("Leiden=ADOPTED"));
        for (String m : List.of("Leiderdorp", "Oegstgeest", "Voorschoten", "Zoeterwoude")) {
            assertThat(mailsTo(griffieMail(m))).as(m).isEmpty();
        }
    }

    @Test
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
        assertThat(mine).isNotEmpty().allSatisfy(j -> assertThat(j.has("method") && j.has("path") && j.has("query") && j.has("body")).isTrue());
        assertThat(mine).anySatisfy(j -> {
            assertThat(j.path("method").asText()).isEqualTo("PUT");
            assertThat(j.path("path").asText()).endsWith("/nodes/" + p.id());
            assertThat(j.path("body").path("properties").path(PROP_ROUTE_STATUS).asText()).isEqualTo(STATUS_SUBMITTED);
        });
    }

    // ------------------------------------------------------------------ helpers

    /** Submission (day 0), the regiocommissie's weighted vote on day 14 with the 2014 yes/no split, and dispatch. */
    private SimNode committeeVoteAndDispatch(String number, String theme, List<String> municipalities) throws Exception {
        SimNode p = draftProposal(number, theme);
        publishAndWait(EVENTS.nodeCreated(p.id()));
        publishAndWait(submit(p));
        assertThat(ALFRESCO.node(p.id()).property(PROP_ROUTE_STATUS)).isEqualTo(STATUS_IN_COMMITTEE);
        assertThat(mailsTo(REGIOCOMMISSIE_MAIL)).hasSize(1);

        setDay(14);
        SimNode advice = votedAdvice(p, "regiocommissie", 14, members(municipalities, true), members(municipalities, false));
        ALFRESCO.edit(advice.id(), REGIOGRIFFIER, Map.of(PROP_ADVICE_KIND, ADVICE_POSITIVE_IN_OUTLINE));
        publishAndWait(EVENTS.nodeCreated(advice.id()), link(p, advice));

        assertThat(ALFRESCO.node(p.id()).property(PROP_ROUTE_STATUS)).isEqualTo(STATUS_DISPATCHED);
        assertThat(ALFRESCO.targets(p.id(), ASSOC_PROPOSAL_COUNCIL_DECISIONS)).hasSize(municipalities.size());
        return p;
    }

    private void assertWoningbouwAdvice(SimNode p) throws Exception {
        SimNode advice = ALFRESCO.targets(p.id(), ASSOC_PROPOSAL_ADVICE).get(0);
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

    private static SimNode onlyDecisionRecord(SimNode p) {
        assertThat(decisionRecords()).hasSize(1);
        List<SimNode> linked = ALFRESCO.targets(p.id(), ASSOC_PROPOSAL_DECISION_RECORD);
        assertThat(linked).hasSize(1);
        return linked.get(0);
    }

    private static long number(SimNode n, String property) {
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
