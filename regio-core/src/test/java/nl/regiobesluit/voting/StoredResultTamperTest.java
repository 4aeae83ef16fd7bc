package nl.regiobesluit.voting;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.regiobesluit.ProjectFiles;
import nl.regiobesluit.shared.Problem;
import nl.regiobesluit.shared.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stored result is checked, not trusted: text after the JSON, a key given twice, and inputs edited afterwards are
 * each caught, also where every computed number stays the same (issue 10, "verify answers identical for tampered files").
 */
class StoredResultTamperTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** A vote of Leiden, Leiderdorp and Oegstgeest only: Voorschoten and Zoeterwoude are in the composition but take no part. */
    private static VoteOutcome threeMunicipalities() {
        VoteInputs in = new VoteInputs(Fixtures.election2014(), List.of("Leiden", "Leiderdorp", "Oegstgeest"), WeightingScheme.A,
                DecisionRule.parse("majority").value(), LocalDate.of(2015, 4, 1),
                List.of("Leiden/D66", "Leiden/SP"), List.of("Leiderdorp/VVD"), List.of());
        return VoteEngine.decide(in).value();
    }

    private static String stored() {
        return VoteOutcomeJson.write(threeMunicipalities());
    }

    private static List<String> refusal(String json) {
        Result<VoteVerification> checked = VoteVerification.of(json);
        assertThat(checked.isOk()).as("refused as bad input").isFalse();
        return checked.problems().stream().map(p -> p.in("result.json").describe()).toList();
    }

    @Test
    void anUntouchedResultIsIdentical() {
        VoteVerification v = VoteVerification.of(stored()).value();
        assertThat(v.differences()).isEmpty();
        assertThat(v.recomputed().computationVersion()).isEqualTo("regiobesluit-vote/2");
    }

    @Test
    void aSecondContradictingObjectAfterTheResultIsRefusedNotIgnored() {
        String json = stored();
        int lines = (int) json.lines().count();
        String tampered = json + "\n{\"passed\": true}\n";
        assertThat(refusal(tampered)).containsExactly("result.json, regel " + (lines + 1)
                + ": na de JSON-waarde volgt nog tekst; een uitslag is precies één JSON-waarde / result.json, line " + (lines + 1)
                + ": text follows the JSON value; a result is exactly one JSON value");
        assertThat(refusal(json + " x")).hasSize(1).first().asString().contains("text follows the JSON value");
    }

    @Test
    void aKeyGivenTwiceIsRefusedEvenWithTheTamperedValueFirst() {
        String json = stored();
        assertThat(json).contains("\"passed\" : false");
        String tampered = json.replace("\"passed\" : false", "\"passed\" : true, \"passed\" : false");
        int line = lineOf(tampered, "\"passed\" : true");
        assertThat(refusal(tampered)).containsExactly("result.json, regel " + line
                + ", veld 'passed': staat twee keer in hetzelfde object / result.json, line " + line
                + ", field 'passed': appears twice in one object");
        String deep = json.replaceFirst("\"validVotes\" : 55146", "\"validVotes\" : 60000, \"validVotes\" : 55146");
        assertThat(refusal(deep)).hasSize(1).first().asString()
                .contains("field 'inputs.composition.municipalities[0].validVotes': appears twice in one object");
    }

    @Test
    void removingAMunicipalityThatTookNoPartIsReportedThoughNoNumberChanges() throws IOException {
        ObjectNode tree = (ObjectNode) MAPPER.readTree(stored());
        ArrayNode municipalities = (ArrayNode) tree.at("/inputs/composition/municipalities");
        assertThat(municipalities.get(4).get("name").asText()).isEqualTo("Zoeterwoude");
        municipalities.remove(4);

        List<String> differences = VoteVerification.of(tree.toString()).value().differences();

        assertThat(differences).hasSize(3);
        assertThat(differences.get(0)).startsWith("/inputFingerprint: \"" + tree.get("inputFingerprint").asText() + "\" → ")
                .endsWith(": de invoer klopt niet met haar vingerafdruk / the inputs do not match their fingerprint");
        assertThat(differences.subList(1, 3)).containsExactly(
                "/inputs: \"composition.municipalities\" gewijzigd na de berekening / \"composition.municipalities\" changed after the result was computed",
                "/inputs/composition: gemeente \"Zoeterwoude\" verwijderd na de berekening / municipality \"Zoeterwoude\" removed after the result was computed");
    }

    @Test
    void everyEditedInputPartIsNamedWhileTheNumbersStayTheSame() throws IOException {
        ObjectNode tree = (ObjectNode) MAPPER.readTree(stored());
        // Not taking part, so no number depends on it: a changed seat split in Voorschoten, and a later vote date.
        ObjectNode voorschoten = (ObjectNode) tree.at("/inputs/composition/municipalities/3");
        assertThat(voorschoten.get("name").asText()).isEqualTo("Voorschoten");
        voorschoten.put("validVotes", 12345);
        ((ObjectNode) tree.get("inputs")).put("voteDate", "2015-04-02");

        List<String> differences = VoteVerification.of(tree.toString()).value().differences();

        assertThat(differences).hasSize(3);
        assertThat(differences.subList(1, 3)).containsExactly(
                "/inputs/composition: gemeente \"Voorschoten\" gewijzigd na de berekening / municipality \"Voorschoten\" changed after the result was computed",
                "/inputs: \"voteDate\" gewijzigd na de berekening / \"voteDate\" changed after the result was computed");
        assertThat(differences.get(0)).startsWith("/inputFingerprint: ");
    }

    @Test
    void anEditedSourceLabelIsSeenThoughTheFingerprintLeavesItOut() throws IOException {
        ObjectNode tree = (ObjectNode) MAPPER.readTree(stored());
        ((ObjectNode) tree.at("/inputs/composition")).put("source", "verkiezing-2018.csv");
        assertThat(VoteVerification.of(tree.toString()).value().differences()).containsExactly(
                "/inputs: \"composition.source\" gewijzigd na de berekening / \"composition.source\" changed after the result was computed");
    }

    @Test
    void aResultWithoutItsFingerprintIsNotIdentical() throws IOException {
        ObjectNode tree = (ObjectNode) MAPPER.readTree(stored());
        tree.remove(List.of("inputFingerprint", "inputDigests"));
        assertThat(VoteVerification.of(tree.toString()).value().differences()).hasSize(2)
                .allSatisfy(d -> assertThat(d).contains("(absent)"));
    }

    @Test
    void theFingerprintHoldsNoMachinePathSoAMovedCompositionKeepsIt(@TempDir Path dir) throws IOException {
        Path here = dir.resolve("a/verkiezing.csv");
        Path there = dir.resolve("elders/andere-naam.csv");
        Files.createDirectories(here.getParent());
        Files.createDirectories(there.getParent());
        Files.copy(ProjectFiles.election2014(), here);
        Files.copy(ProjectFiles.election2014(), there);
        VoteInputs fromHere = inputs(CompositionCsv.read(here, null).value());
        VoteInputs fromThere = inputs(CompositionCsv.read(there, null).value());
        assertThat(fromHere.composition().source()).isNotEqualTo(fromThere.composition().source());

        assertThat(VoteOutcomeJson.fingerprint(fromHere)).isEqualTo(VoteOutcomeJson.fingerprint(fromThere));
        // Version /1 took the path in: the reason it was raised.
        assertThat(VoteOutcomeJson.fingerprint(fromHere, VoteEngine.VERSION_1))
                .isNotEqualTo(VoteOutcomeJson.fingerprint(fromThere, VoteEngine.VERSION_1));
        // Still a fingerprint of the inputs: one vote more changes it.
        VoteInputs oneMore = new VoteInputs(fromHere.composition(), null, WeightingScheme.A, fromHere.rule(), fromHere.voteDate(),
                List.of("Leiden/D66", "Leiden/SP"), List.of(), List.of());
        assertThat(VoteOutcomeJson.fingerprint(oneMore)).isNotEqualTo(VoteOutcomeJson.fingerprint(fromHere));
    }

    private static VoteInputs inputs(Composition c) {
        return new VoteInputs(c, null, WeightingScheme.A, DecisionRule.parse("majority").value(), LocalDate.of(2015, 4, 1),
                List.of("Leiden/D66"), List.of(), List.of());
    }

    @Test
    void aResultStoredByVersion1IsStillReadAndVerifiedInItsOwnForm() throws IOException {
        // Written by `./regio vote --format json` of regiobesluit-vote/1 (commit db68281), composition path
        // data/election_2014_leidse_regio.csv; its rb:resultInputHash as /1 computed it is beside it.
        String v1 = resource("/fixtures/result-v1-2014-majority.json");
        String v1Hash = resource("/fixtures/result-v1-2014-majority.inputhash").trim();

        VoteVerification v = VoteVerification.of(v1).value();

        assertThat(v.differences()).isEmpty();
        assertThat(v.recomputed().computationVersion()).isEqualTo("regiobesluit-vote/1");
        assertThat(VoteOutcomeJson.fingerprint(v.recomputed().inputs(), VoteEngine.VERSION_1)).isEqualTo(v1Hash);
        // A /1 result that is changed is still seen to differ.
        assertThat(VoteVerification.of(v1.replace("\"passed\" : false", "\"passed\" : true")).value().differences())
                .containsExactly("/passed: true → false");
    }

    @Test
    void anUnknownComputationVersionIsRefusedNotGuessed() throws IOException {
        ObjectNode tree = (ObjectNode) MAPPER.readTree(stored());
        tree.put("computationVersion", "regiobesluit-vote/9");
        assertThat(refusal(tree.toString())).containsExactly("result.json, veld 'computationVersion': onbekende rekenversie"
                + " 'regiobesluit-vote/9' (bekend: regiobesluit-vote/1, regiobesluit-vote/2, regiobesluit-vote/3) / result.json, field 'computationVersion':"
                + " unknown computation version 'regiobesluit-vote/9' (known: regiobesluit-vote/1, regiobesluit-vote/2, regiobesluit-vote/3)");
    }

    @Test
    void bytesThatAreNotUtf8AreNamedByLineAndOffset() {
        byte[] json = stored().getBytes(StandardCharsets.UTF_8);
        int offset = stored().indexOf("\"Leiden\"") + 1;
        json[offset] = (byte) 0xE9; // é in Windows-1252, not UTF-8
        int line = lineOf(stored(), "\"Leiden\"");
        assertThat(VoteVerification.of(json).problems()).extracting(p -> p.in("result.json").describe())
                .containsExactly("result.json, regel " + line + ": geen UTF-8: byte " + offset + " (0xE9) is geen geldig teken"
                        + " / result.json, line " + line + ": not UTF-8: byte " + offset + " (0xE9) is no valid character");
    }

    @Test
    void moreThanTheLimitIsRefusedBeforeItIsParsed() {
        byte[] zeros = new byte[VoteOutcomeJson.MAX_CHARS + 1];
        assertThat(VoteVerification.of(zeros).problems()).extracting(Problem::describe)
                .containsExactly("te groot voor een stemuitslag: meer dan 8388608 tekens / too large for a vote result: more than 8388608 characters");
    }

    @Test
    void aNumberBeyondTheLimitIsRefusedWhileParsing() {
        String json = stored().replaceFirst("\"validVotes\" : 55146", "\"validVotes\" : 1" + "0".repeat(60));
        assertThat(refusal(json)).hasSize(1).first().asString()
                .contains("getal langer dan 40 tekens / ").contains("number longer than 40 characters");
    }

    private static int lineOf(String text, String needle) {
        return (int) text.substring(0, text.indexOf(needle)).chars().filter(c -> c == '\n').count() + 1;
    }

    private static String resource(String name) throws IOException {
        try (var in = StoredResultTamperTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
