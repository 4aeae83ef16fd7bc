package nl.regiobesluit.cli;

import static nl.regiobesluit.cli.CliRun.regio;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.regiobesluit.archive.DecisionRecordSnapshot;
import nl.regiobesluit.criteria.evaluation.RecordSummary;
import nl.regiobesluit.routing.CooperationModel;
import nl.regiobesluit.routing.CouncilOutcome;
import nl.regiobesluit.routing.RoutePolicy;
import nl.regiobesluit.shared.Result;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

/**
 * A decision record with its route, as Alfresco's REST API returns the nodes, read for the evaluation and for the
 * archive export.
 */
class RecordBundlesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The route of a regiocommissie proposal that Voorschoten rejected, as Alfresco gives the nodes. */
    private static JsonNode route(String indicators) throws Exception {
        return JSON.readTree("""
                {"decisionRecord": {"id": "rec-1", "name": "Besluit - Voorstel RV-2014-017.pdf", "nodeType": "rb:decisionRecord",
                   "aspectNames": ["rb:modelCriteria", "rb:archival"],
                   "content": {"mimeType": "application/pdf", "sizeInBytes": 1200},
                   "properties": {"rb:decidedOn": "2014-10-23T10:00:00.000+0000", "rb:recordOutcome": "NO_REGIONAL_DECISION",
                     "rb:recordMunicipalities": ["Leiden", "Voorschoten"], "rb:councilOutcomes": ["Leiden=ADOPTED", "Voorschoten=REJECTED"],
                     "rb:criteriaCooperationModel": "REGIONAL_COMMITTEE", "rb:archiveIdentification": "RB-2014-17",
                     "rb:waardering": "BLIJVEND_TE_BEWAREN", "rb:archiefvormer": "Leidse regio", "rb:beperkingGebruik": "Openbaar",
                     "rb:finalized": true, "rb:finalizedOn": "2014-11-30" %s}},
                 "proposal": {"id": "prop-1", "name": "Voorstel RV-2014-017.pdf", "nodeType": "rb:proposal",
                   "properties": {"rb:submittedOn": "2014-09-01T10:00:00.000+0000", "rb:ambition": "WONEN", "rb:theme": "wonen", "cm:title": "Woningbouw 2014"}},
                 "advice": [{"id": "adv-1", "name": "Advies", "nodeType": "rb:advice", "properties": {"rb:resultPassed": true,
                   "rb:resultScheme": "A", "rb:resultRule": "qualified:7/10,base=all",
                   "rb:resultJson": "{\\"inputs\\":{\\"scheme\\":\\"A\\",\\"rule\\":\\"qualified:7/10,base=all\\"},\\"analysis\\":{\\"power\\":{\\"method\\":\\"MUNICIPAL\\",\\"municipalities\\":[{\\"municipality\\":\\"Leiden\\",\\"banzhaf\\":\\"3/4\\",\\"shapleyShubik\\":\\"2/3\\"},{\\"municipality\\":\\"Voorschoten\\",\\"banzhaf\\":\\"1/4\\",\\"shapleyShubik\\":\\"1/3\\"}]}}}"}}],
                 "councilDecisions": [
                   {"id": "cd-1", "nodeType": "rb:councilDecision", "properties": {"rb:municipality": "Leiden", "rb:councilOutcome": "ADOPTED",
                     "rb:councilDecisionDate": "2014-10-01T10:00:00.000+0000"}},
                   {"id": "cd-2", "nodeType": "rb:councilDecision", "properties": {"rb:municipality": "Voorschoten", "rb:councilOutcome": "REJECTED",
                     "rb:councilDecisionDate": "2014-10-23T10:00:00.000+0000", "rb:deviatesFromAdvice": true, "rb:deviationAccountedFor": true}}],
                 "agendaItems": []}
                """.formatted(indicators));
    }

    private static final String MEASURED = """
            , "rb:leadTimeDays": 52, "rb:metTarget": true, "rb:consensusWithoutVote": false, "rb:councilsAdopted": 1,
            "rb:councilsAmended": 0, "rb:councilsRejected": 1, "rb:councilsPostponed": 0, "rb:deviations": 1,
            "rb:deviationsAccountedFor": 1, "rb:societalPartnerCount": 3, "rb:oneVoice": false""";

    @Test
    void theEvaluationReadsTheRecordItsCouncilsAndThePowerOfTheStoredVote() throws Exception {
        Result<RecordSummary> r = RecordSummaries.summary(RecordBundle.fromJson(route(MEASURED)));

        assertThat(r.isOk()).as(r.toString()).isTrue();
        RecordSummary s = r.value();
        assertThat(s.id()).isEqualTo("RB-2014-17");
        assertThat(s.title()).isEqualTo("Woningbouw 2014");
        assertThat(s.decidedOn()).isEqualTo(LocalDate.of(2014, 10, 23));
        assertThat(s.model()).isEqualTo(CooperationModel.REGIONAL_COMMITTEE);
        assertThat(s.ambition()).isEqualTo("WONEN");
        // The theme is the proposal's rb:theme, the field Share's proposal form writes ("Thema").
        assertThat(s.theme()).isEqualTo("wonen");
        assertThat(s.outcome()).isEqualTo(RoutePolicy.RecordOutcome.NO_REGIONAL_DECISION);
        assertThat(s.councils()).extracting(c -> c.municipality() + "=" + c.outcome() + (c.deviates() ? " deviates" : ""))
                .containsExactly("Leiden=ADOPTED", "Voorschoten=REJECTED deviates");
        assertThat(s.indicators().leadTimeDays()).isEqualTo(52);
        assertThat(s.indicators().societalPartners()).isEqualTo(3);
        assertThat(s.power().rule()).isEqualTo("qualified:7/10,base=all");
        assertThat(s.power().municipalities()).extracting(m -> m.municipality() + " " + m.banzhaf())
                .containsExactly("Leiden 3/4", "Voorschoten 1/4");
    }

    @Test
    void aRecordWhoseIndicatorsAreNotMeasuredYetIsNamedWithTheMissingProperty() throws Exception {
        Result<RecordSummary> r = RecordSummaries.summary(RecordBundle.fromJson(route("")));

        assertThat(r.isOk()).isFalse();
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo("besluit / record rec-1");
            assertThat(p.field()).isEqualTo("rb:modelCriteria");
        });
    }

    @Test
    void indicatorsThatCountCouncilsTheRouteDoesNotHaveAreRejected() throws Exception {
        Result<RecordSummary> r = RecordSummaries.summary(RecordBundle.fromJson(route(MEASURED.replace("\"rb:councilsAdopted\": 1", "\"rb:councilsAdopted\": 4"))));

        assertThat(r.problems()).extracting(p -> p.field()).contains("rb:modelCriteria");
    }

    @Test
    void theExportReadsArchivalValuesCouncilOutcomesWithTheirDatesTheVoteAndTheRecordsContent() throws Exception {
        Result<DecisionRecordSnapshot> r = RecordSnapshots.snapshot(RecordBundle.fromJson(route(MEASURED)),
                new AlfrescoClient("http://localhost:1", "admin", ""));

        assertThat(r.isOk()).as(r.toString()).isTrue();
        DecisionRecordSnapshot s = r.value();
        assertThat(s.archival().archiveIdentification()).isEqualTo("RB-2014-17");
        assertThat(s.archival().finalized()).isTrue();
        assertThat(s.submittedOn()).isEqualTo(LocalDate.of(2014, 9, 1));
        assertThat(s.councils()).containsExactly(
                new DecisionRecordSnapshot.CouncilResult("Leiden", CouncilOutcome.ADOPTED, LocalDate.of(2014, 10, 1)),
                new DecisionRecordSnapshot.CouncilResult("Voorschoten", CouncilOutcome.REJECTED, LocalDate.of(2014, 10, 23)));
        assertThat(s.voteResult().passed()).isTrue();
        assertThat(s.voteResult().resultJson()).contains("qualified:7/10,base=all");
        assertThat(s.files()).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("Besluit - Voorstel RV-2014-017.pdf");
            assertThat(f.mimeType()).isEqualTo("application/pdf");
            assertThat(f.declaredSize()).isEqualTo(1200);
        });
    }

    @Test
    void aRecordMarkedFinalButNotYetCompletedByTheServiceIsNotFinal() throws Exception {
        Result<DecisionRecordSnapshot> r = RecordSnapshots.snapshot(
                RecordBundle.fromJson(JSON.readTree(route(MEASURED).toString().replace(",\"rb:finalizedOn\":\"2014-11-30\"", ""))),
                new AlfrescoClient("http://localhost:1", "admin", ""));

        assertThat(r.value().archival().finalized()).isFalse();
    }

    @Test
    void exportAndEvaluateRefuseIncompleteCommandsWithOneLine() {
        CliRun noOut = regio("records", "export", "--alfresco", "http://localhost:1");
        assertThat(noOut.exit()).isEqualTo(2);
        assertThat(noOut.err()).isEqualTo("regio: optie --out is verplicht / option --out is required" + System.lineSeparator());
        CliRun badDate = regio("records", "export", "--alfresco", "http://localhost:1", "--out", "x", "--to", "2014-02-30");
        assertThat(badDate.exit()).isEqualTo(2);
        assertThat(badDate.err()).contains("field 'to': not a date");
        CliRun both = regio("evaluate", "--records", "r.json", "--alfresco", "http://localhost:1", "--from", "2014-01-01",
                "--to", "2014-12-31", "--out", "r.html");
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err()).contains("either --records FILE or --alfresco URL");
        CliRun unreachable = regio("records", "export", "--alfresco", "http://127.0.0.1:1", "--out", "target/never");
        assertThat(unreachable.exit()).isEqualTo(2);
        assertThat(unreachable.err()).contains("cannot reach Alfresco at http://127.0.0.1:1");
    }

    @Test
    void aStoredVoteWithEstimatedPowerGivesNoExactPowerToAverage() throws Exception {
        JsonNode root = route(MEASURED);
        String estimated = root.toString().replace("\\\"method\\\":\\\"MUNICIPAL\\\"", "\\\"method\\\":\\\"ESTIMATE\\\"");
        assertThat(estimated).isNotEqualTo(root.toString());
        assertThat(RecordSummaries.summary(RecordBundle.fromJson(JSON.readTree(estimated))).value().power()).isNull();
    }
}
