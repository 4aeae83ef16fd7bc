package nl.regiobesluit.arrangement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import nl.regiobesluit.shared.Problem;
import nl.regiobesluit.shared.Result;

import org.junit.jupiter.api.Test;

class GrRecordsJsonTest {

    private static Result<GrRecords> read(String json) throws Exception {
        return GrRecordsJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "gr.json");
    }

    private static String arrangement(String properties) {
        return "{\"format\":\"regiobesluit-gr-records/1\",\"arrangements\":[{\"properties\":{" + properties + "}}]}";
    }

    @Test
    void theFixtureReadsWithItsThreeArrangementsAndThreeProposals() throws Exception {
        GrRecords records = DashboardTest.fixture();
        assertThat(records.arrangements()).hasSize(3);
        assertThat(records.proposals()).hasSize(3);
        assertThat(records.arrangements().get(0).arrangement().lastEvaluation()).contains(java.time.LocalDate.of(2023, 9, 1));
    }

    @Test
    void anotherFormatIsRefused() throws Exception {
        assertThat(read("{\"format\":\"x\"}").problems()).extracting(Problem::field).containsExactly("format");
    }

    @Test
    void brokenJsonNamesItsLine() throws Exception {
        Result<GrRecords> r = read("{\"format\":\n\"regiobesluit-gr-records/1\",,}");
        assertThat(r.problems().get(0).line()).isEqualTo(2);
    }

    @Test
    void aMissingNameAndAnUnknownLegalFormAreNamedByPath() throws Exception {
        Result<GrRecords> r = read(arrangement("\"rb:legalForm\":\"GMBH\",\"rb:participants\":[\"Leiden\"]"));
        assertThat(r.problems()).extracting(Problem::field).containsExactlyInAnyOrder(
                "arrangements[0].properties.rb:arrangementName", "arrangements[0].properties.rb:legalForm");
        assertThat(r.problems()).extracting(Problem::describe).anySatisfy(d -> assertThat(d).contains("GMBH"));
    }

    @Test
    void aBudgetShareOfAMunicipalityThatDoesNotTakePartIsRefused() throws Exception {
        Result<GrRecords> r = read(arrangement("\"rb:arrangementName\":\"X\",\"rb:legalForm\":\"BV\",\"rb:participants\":[\"Leiden\"],"
                + "\"rb:budgetShares\":[\"Leiden=60\",\"Katwijk=40\",\"Leiden=x\"]"));
        assertThat(r.problems()).extracting(Problem::field).containsExactly(
                "arrangements[0].properties.rb:budgetShares[1]", "arrangements[0].properties.rb:budgetShares[2]");
    }

    @Test
    void aDateThatIsNoDateIsRefused() throws Exception {
        Result<GrRecords> r = read(arrangement("\"rb:arrangementName\":\"X\",\"rb:legalForm\":\"BV\",\"rb:lastEvaluationDate\":\"1 mei\""));
        assertThat(r.problems()).extracting(Problem::field).containsExactly("arrangements[0].properties.rb:lastEvaluationDate");
    }

    @Test
    void alfrescoDatesAreReadAsTheDutchDayPickedNotTheUtcDay() throws Exception {
        // Summer: 15 Jun 2027 picked in Share (CEST) is stored as 14 Jun 22:00 UTC. Winter: 1 Dec 2026 (CET) as 30 Nov 23:00 UTC.
        Result<GrRecords> summer = read(arrangement("\"rb:arrangementName\":\"X\",\"rb:legalForm\":\"BV\",\"rb:participants\":[\"Leiden\"],"
                + "\"rb:lastEvaluationDate\":\"2027-06-14T22:00:00.000+0000\""));
        Result<GrRecords> winter = read(arrangement("\"rb:arrangementName\":\"X\",\"rb:legalForm\":\"BV\",\"rb:participants\":[\"Leiden\"],"
                + "\"rb:lastEvaluationDate\":\"2026-11-30T23:00:00.000+0000\""));
        assertThat(summer.value().arrangements().get(0).arrangement().lastEvaluation()).contains(java.time.LocalDate.of(2027, 6, 15));
        assertThat(winter.value().arrangements().get(0).arrangement().lastEvaluation()).contains(java.time.LocalDate.of(2026, 12, 1));
    }

    @Test
    void aWeightingSchemeTheEngineDoesNotHaveIsRefused() throws Exception {
        String json = "{\"format\":\"regiobesluit-gr-records/1\",\"arrangements\":[{\"properties\":{\"rb:arrangementName\":\"X\","
                + "\"rb:legalForm\":\"BV\",\"rb:participants\":[\"Leiden\"]},\"voteWeights\":["
                + "{\"properties\":{\"rb:weightsValidFrom\":\"2027-01-01\",\"rb:weightsScheme\":\"MUNICIPALITY\"}},"
                + "{\"properties\":{\"rb:weightsValidFrom\":\"2027-02-01\",\"rb:weightsScheme\":\"Z\"}}]}]}";
        Result<GrRecords> r = read(json);
        assertThat(r.problems()).extracting(Problem::field).containsExactly("arrangements[0].voteWeights[1].properties.rb:weightsScheme");
    }
}
