package nl.regiobesluit.cli;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

class RegioCommandTest {

    private static final String ELECTION = repoRoot().resolve("data/election_2014_leidse_regio.csv").toString();

    @TempDir
    Path dir;

    private static CliRun regio(String... args) {
        return CliRun.regio(args);
    }

    private static Path repoRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.isRegularFile(dir.resolve("run.sh"))) {
            dir = dir.getParent();
        }
        return dir;
    }

    @Test
    void weightsPrintsThePublishedTableAsExactFractionsInInputOrder() {
        CliRun r = regio("weights", "--composition", ELECTION, "--scheme", "A");
        assertThat(r.exit()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(32);
        assertThat(lines.get(0)).isEqualTo("municipality,party,weight,weight_pct");
        assertThat(lines.get(1)).isEqualTo("Leiden,D66,808/4435,18.2187");
        assertThat(lines.get(31)).isEqualTo("Zoeterwoude,VVD,7366/1210755,0.6084");
    }

    @Test
    void weightsOverSomeMunicipalitiesOnly() {
        CliRun r = regio("weights", "--composition", ELECTION, "--scheme", "C", "--municipalities", "Leiden,Zoeterwoude");
        assertThat(r.out().lines().count()).isEqualTo(1 + 9 + 3);
        assertThat(r.out()).contains("Leiden,D66,3/13,23.0769");
    }

    @Test
    void voteAsJsonHoldsPassedYesShareAndTheAnalysis() {
        CliRun r = regio("vote", "--composition", ELECTION, "--scheme", "A", "--rule", "qualified:0.70,base=cast",
                "--yes", "Leiden/D66,Leiden/VVD,Leiden/SP,Leiden/PvdA,Leiden/CDA,Leiden/GroenLinks", "--no", "Zoeterwoude/CDA",
                "--format", "json");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("\"passed\" : true").contains("\"yesShare\" : ").contains("\"yesWeightPerMunicipality\"")
                .contains("\"couldPassAlone\"").contains("\"pivotal\" : [ \"Leiden\" ]").contains("\"shapleyShubik\"");
    }

    @Test
    void powerWithEnumerationOnASmallBodyGivesTheSameFractionsAsExact() {
        String[] common = {"--composition", ELECTION, "--scheme", "C", "--rule", "majority", "--municipalities", "Leiderdorp,Oegstgeest,Zoeterwoude"};
        CliRun exact = regio(concat(new String[]{"power"}, common, new String[]{"--method", "exact"}));
        CliRun enumerated = regio(concat(new String[]{"power"}, common, new String[]{"--method", "enumerate"}));
        assertThat(exact.exit()).isZero();
        assertThat(exact.out()).isEqualTo(enumerated.out());
        assertThat(exact.out()).startsWith("level,municipality,party,swings,banzhaf");
    }

    @Test
    void powerOutOfExactReachIsAnEstimateLabelledAsSuch() throws IOException {
        StringBuilder csv = new StringBuilder("municipality,valid_votes,council_seats,party,seats\n");
        for (int m = 1; m <= 13; m++) {
            for (int g = 1; g <= 19; g++) {
                csv.append("Gemeente").append(m).append(',').append(1000 + 137 * m).append(",").append(19 + m)
                        .append(",Partij").append(g).append(',').append(g <= m ? 2 : 1).append('\n');
            }
        }
        Path big = dir.resolve("big.csv");
        Files.writeString(big, csv.toString());
        CliRun r = regio("power", "--composition", big.toString(), "--scheme", "A", "--rule", "qualified:0.70");
        // exact was asked (the default): an estimate instead is said on stderr and exits 4, not 0
        assertThat(r.exit()).isEqualTo(4);
        assertThat(r.err()).contains("exact power out of reach, an estimate given");
        assertThat(r.out()).startsWith("# SCHATTING / ESTIMATE (95%-interval;").contains("exact power analysis is out of reach");
        assertThat(r.out().lines().filter(l -> l.startsWith("member,")).count()).isEqualTo(247);
    }

    @Test
    void verifySaysIdenticalAndNamesAnAlteredInput() throws IOException {
        CliRun vote = regio("vote", "--composition", ELECTION, "--scheme", "A", "--rule", "majority", "--yes", "Leiden/D66,Leiden/SP",
                "--no", "Leiderdorp/VVD", "--format", "json");
        Path stored = dir.resolve("result.json");
        Files.writeString(stored, vote.out());
        CliRun ok = regio("verify", stored.toString());
        assertThat(ok.exit()).isZero();
        assertThat(ok.out()).startsWith("identical / identiek (");
        Files.writeString(stored, vote.out().replace("\"validVotes\" : 55146", "\"validVotes\" : 55147"));
        CliRun changed = regio("verify", stored.toString());
        assertThat(changed.exit()).isEqualTo(1);
        assertThat(changed.out()).contains("/weights/0/weight: \"808/4435\" →");
    }

    @Test
    void verifyRefusesAMalformedStoredResultAsBadInputNamingTheFileAndTheJsonPath() throws IOException {
        CliRun vote = regio("vote", "--composition", ELECTION, "--scheme", "A", "--rule", "majority", "--yes", "Leiden/D66",
                "--no", "Leiderdorp/VVD", "--format", "json");
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        Path stored = dir.resolve("result.json");

        var votesNoArray = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(vote.out());
        ((com.fasterxml.jackson.databind.node.ObjectNode) votesNoArray.at("/inputs/votes")).put("yes", "x");
        Files.writeString(stored, votesNoArray.toString());
        // Not "different" (exit 1): a result that cannot be read is bad input.
        assertOneLineError(regio("verify", stored.toString()), stored + ", veld 'inputs.votes.yes': moet een lijst van teksten zijn, niet \"x\" / "
                + stored + ", field 'inputs.votes.yes': must be an array of texts, not \"x\"");

        var badDate = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(vote.out());
        ((com.fasterxml.jackson.databind.node.ObjectNode) badDate.at("/inputs")).put("voteDate", "1-4-2015");
        Files.writeString(stored, badDate.toString());
        assertOneLineError(regio("verify", stored.toString()),
                stored + ", veld 'inputs.voteDate': geen datum: moet JJJJ-MM-DD zijn, niet \"1-4-2015\" / "
                        + stored + ", field 'inputs.voteDate': not a date: must be YYYY-MM-DD, not \"1-4-2015\"");

        // The stored composition came from the election CSV; a problem in it names the JSON, not that CSV and a line.
        var badSeats = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(vote.out());
        ((com.fasterxml.jackson.databind.node.ObjectNode) badSeats.at("/inputs/composition/municipalities/1/partyGroups/0")).put("seats", -2);
        Files.writeString(stored, badSeats.toString());
        CliRun r = regio("verify", stored.toString());
        // Dutch first, English alongside; the temporary directory's length decides whether the path fits twice in the
        // 300 characters or the file is named by its name (Problem.describe(int)), so the place is not asserted whole.
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().lines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("regio: ").hasSizeLessThanOrEqualTo(300).contains("result.json")
                .contains("'inputs.composition.municipalities[1].partyGroups[0].seats': mag niet negatief zijn: -2 / ")
                .endsWith("'inputs.composition.municipalities[1].partyGroups[0].seats': must not be negative: -2"));
        assertThat(r.err()).doesNotContain(ELECTION);
    }

    @Test
    void anInternalErrorIsOneLineWithExitCodeThreeNotADifference() {
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int exit = RegioCommand.guarded(() -> {
            throw new IllegalStateException("a bug\nwith a second line");
        }, new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(3);
        assertThat(err.toString(java.nio.charset.StandardCharsets.UTF_8).lines().toList()).singleElement().asString()
                .isEqualTo("regio: interne fout / internal error: java.lang.IllegalStateException: a bug");
        assertThat(regio("--help").out()).contains("3 interne fout / internal error");
        // A URL that is no URL is bad input, named as such.
        assertOneLineError(regio("verify", "n1", "--alfresco", "http://no such host"),
                "option --alfresco: not an http(s) URL: 'http://no such host'");
    }

    @Test
    void usageDocumentsVerifyOnANodeAndUsesNoRealMunicipalityAsExample() {
        String usage = regio("--help").out();
        assertThat(usage).contains("verify FILE | verify NODE_ID --alfresco URL [--user U]").contains("identical / identiek")
                .contains("--yes \"Gemeente/Fractie,...\"");
        assertThat(usage).doesNotContain("Leiden").doesNotContain("Leiderdorp").doesNotContain("Oegstgeest")
                .doesNotContain("Voorschoten").doesNotContain("Zoeterwoude");
    }

    @Test
    void badInputExitsWithCodeTwoAndOneLineNamingWhatIsWrong() throws IOException {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "municipality,valid_votes,council_seats,party,seats\nA,10,3,X,2\n");
        assertOneLineError(regio("weights", "--composition", bad.toString(), "--scheme", "A"),
                bad + ", regel 2, veld 'seats': de zetels van de fracties van A tellen op tot 2, maar council_seats is 3 / "
                        + bad + ", line 2, field 'seats': seats of the party groups of A add up to 2, but council_seats is 3");
        assertOneLineError(regio("weights", "--composition", dir.resolve("missing.csv").toString(), "--scheme", "A"),
                dir.resolve("missing.csv") + ": kan het bestand niet lezen: het bestaat niet / " + dir.resolve("missing.csv") + ": cannot read file: no such file");
        assertOneLineError(regio("vote", "--composition", ELECTION, "--scheme", "A", "--rule", "majority", "--yes", "Leiden/Piraten"),
                "veld 'yes': onbekend lid 'Leiden/Piraten': geen fractie met een zetel die 'Piraten' heet in Leiden / "
                        + "field 'yes': unknown member 'Leiden/Piraten': no party group with a seat named 'Piraten' in Leiden");
        assertOneLineError(regio("vote", "--composition", ELECTION, "--scheme", "A", "--rule", "majority", "--yes", "Leiden/D66", "--abstain", "Leiden/D66"),
                "veld 'abstain': lid 'Leiden/D66' staat twee keer genoemd (yes en abstain) / field 'abstain': member 'Leiden/D66' is listed twice (yes and abstain)");
        CliRun schemeD = regio("weights", "--composition", ELECTION, "--scheme", "D");
        assertOneLineRefusal(schemeD, "veld 'party_votes': schema D vraagt de stemmen van elke fractie; Leiden/D66 heeft er geen",
                "field 'party_votes': scheme D needs the votes of every party group; Leiden/D66 has none (en nog 30 / and 30 more)");
        assertOneLineError(regio("weights", "--composition", ELECTION, "--scheme", "E"),
                "veld 'scheme': onbekend wegingsschema 'E' (verwacht A, B, C, D of MUNICIPALITY) / field 'scheme': unknown weighting scheme 'E' (expected A, B, C, D or MUNICIPALITY)");
        assertOneLineError(regio("power", "--composition", ELECTION, "--scheme", "A", "--rule", "majority", "--method", "enumerate"),
                "field 'method': enumerate checks all 2^n coalitions and is refused above 25 members; this body has 31 (use --method exact)");
        Path negative = dir.resolve("negative.csv");
        Files.writeString(negative, "municipality,valid_votes,council_seats,party,seats\nA,10,1,X,-1\n");
        assertOneLineError(regio("weights", "--composition", negative.toString(), "--scheme", "C"),
                negative + ", regel 2, veld 'seats': mag niet negatief zijn: -1 / " + negative + ", line 2, field 'seats': must not be negative: -1");
        Path twice = dir.resolve("twice.csv");
        Files.writeString(twice, "municipality,valid_votes,council_seats,party,seats\nA,10,2,X,1\nA,10,2,X,1\n");
        assertOneLineError(regio("weights", "--composition", twice.toString(), "--scheme", "C"),
                twice + ", regel 3, veld 'party': fractie 'X' staat twee keer in A (ook op regel 2) / "
                        + twice + ", line 3, field 'party': party group 'X' appears twice in A (also on line 2)");
        Path noColumn = dir.resolve("nocolumn.csv");
        Files.writeString(noColumn, "municipality,valid_votes,party,seats\nA,10,X,1\n");
        assertOneLineRefusal(regio("weights", "--composition", noColumn.toString(), "--scheme", "C"),
                "nocolumn.csv, regel 1, veld 'council_seats': kolom ontbreekt (nodig: municipality,valid_votes,council_seats,party,seats)",
                "nocolumn.csv, line 1, field 'council_seats': missing column (the header needs municipality,valid_votes,council_seats,party,seats)");
    }

    /** Exit 2, nothing on stdout, one line of at most 300 characters holding the Dutch part and then the English part. */
    static void assertOneLineRefusal(CliRun r, String dutch, String english) {
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        String line = r.err().stripTrailing();
        assertThat(line).doesNotContain("\n").startsWith("regio: ").contains(dutch).contains(english);
        assertThat(line.indexOf(dutch)).isLessThan(line.indexOf(" / ")).isLessThan(line.indexOf(english));
        assertThat(line.length()).isLessThanOrEqualTo(300);
    }

    @RegisterExtension
    static WireMockExtension alfresco = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @Test
    void verifyReadsTheResultStoredOnANodeInAlfresco() throws IOException {
        CliRun vote = regio("vote", "--composition", ELECTION, "--scheme", "A", "--rule", "majority", "--yes", "Leiden/D66",
                "--no", "Leiderdorp/VVD", "--format", "json");
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var result = mapper.readTree(vote.out());
        String fingerprint = nl.regiobesluit.voting.VoteOutcomeJson.fingerprint(
                nl.regiobesluit.voting.VoteOutcomeJson.read(vote.out()).value().inputs());
        // The summary properties as the routing service writes them beside rb:resultJson (VoteResultProperties).
        var properties = mapper.createObjectNode();
        properties.put("rb:resultJson", vote.out());
        properties.put("rb:resultScheme", "A");
        properties.put("rb:resultRule", "majority");
        properties.put("rb:resultPassed", false);
        properties.put("rb:resultYesShare", "808/4435");
        properties.put("rb:resultYesSharePct", 18.2187);
        properties.putArray("rb:resultDecisiveMunicipalities").add("Leiden");
        properties.putArray("rb:resultBlockingMunicipalities").add("Leiden");
        properties.set("rb:resultPivotalMunicipalities", result.at("/analysis/pivotal"));
        properties.put("rb:resultWgrAllowed", false);
        properties.put("rb:resultComputationVersion", result.path("computationVersion").asText());
        properties.put("rb:resultInputHash", fingerprint);
        String nodes = "/alfresco/api/-default-/public/alfresco/versions/1/nodes/";
        alfresco.stubFor(get(urlPathEqualTo(nodes + "a1b2c3d4-0000-4000-8000-000000000001")).withBasicAuth("admin", "")
                .willReturn(okJson(node(mapper, "a1b2c3d4-0000-4000-8000-000000000001", properties))));
        // The same rb:resultJson, but summary properties that say something else (edited by hand, or written by a bug).
        var edited = properties.deepCopy();
        edited.put("rb:resultPassed", true);
        edited.put("rb:resultYesShare", "1/2");
        edited.put("rb:resultDecisiveMunicipalities", "Zoeterwoude");
        edited.putArray("rb:resultBlockingMunicipalities");
        edited.put("rb:resultWgrAllowed", "true");
        edited.put("rb:resultComputationVersion", "regio-core/0");
        edited.put("rb:resultInputHash", "0".repeat(64));
        edited.remove("rb:resultPivotalMunicipalities");
        alfresco.stubFor(get(urlPathEqualTo(nodes + "edited")).willReturn(okJson(node(mapper, "edited", edited))));
        alfresco.stubFor(get(urlPathEqualTo(nodes + "missing"))
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json").withBody(
                        "{\"error\":{\"errorKey\":\"framework.exception.EntityNotFound\",\"statusCode\":404,\"briefSummary\":\"The entity with id: missing was not found\",\"stackTrace\":\"\",\"descriptionURL\":\"\"}}")));

        CliRun ok = regio("verify", "a1b2c3d4-0000-4000-8000-000000000001", "--alfresco", alfresco.baseUrl());
        assertThat(ok.out()).isEqualTo("identical / identiek (" + result.path("computationVersion").asText() + ")" + System.lineSeparator());
        assertThat(ok.exit()).isZero();

        CliRun differs = regio("verify", "edited", "--alfresco", alfresco.baseUrl());
        assertThat(differs.exit()).isEqualTo(1);
        assertThat(differs.out().lines().toList()).containsExactly(
                "different / verschillend: 7 value(s) differ (stored → recomputed)",
                "  rb:resultPassed: true → false",
                "  rb:resultYesShare: \"1/2\" → \"808/4435\"",
                "  rb:resultDecisiveMunicipalities: \"Zoeterwoude\" → [\"Leiden\"]",
                "  rb:resultBlockingMunicipalities: [] → [\"Leiden\"]",
                "  rb:resultComputationVersion: \"regio-core/0\" → \"" + result.path("computationVersion").asText() + "\"",
                "  rb:resultInputHash: \"" + "0".repeat(64) + "\" → \"" + fingerprint + "\"",
                "  rb:resultWgrAllowed: \"true\" → false");

        assertOneLineError(regio("verify", "missing", "--alfresco", alfresco.baseUrl()), "node missing not found in Alfresco (404)");
    }

    private static String node(com.fasterxml.jackson.databind.ObjectMapper mapper, String id,
                               com.fasterxml.jackson.databind.node.ObjectNode properties) throws IOException {
        var entry = mapper.createObjectNode();
        entry.put("id", id);
        entry.put("name", "advies-woningbouw.pdf");
        entry.put("nodeType", "rb:advice");
        entry.set("properties", properties);
        return mapper.writeValueAsString(mapper.createObjectNode().set("entry", entry));
    }

    @Test
    void recordsSearchAsksAlfrescosSearchApiWithEveryFilterNewestFirst() {
        alfresco.stubFor(post(urlPathEqualTo("/alfresco/api/-default-/public/search/versions/1/search"))
                .withRequestBody(equalToJson("""
                        {"query":{"language":"afts","query":"TYPE:\\"rb:decisionRecord\\" AND =rb:recordMunicipalities:\\"Voorschoten\\" AND =rb:criteriaAmbition:\\"WONEN\\" AND =rb:criteriaPolicyDomain:\\"RUIMTE_EN_WONEN\\" AND =rb:criteriaCooperationModel:\\"REGIONAL_COMMITTEE\\" AND =rb:recordOutcome:\\"REGIONAL_DECISION_TAKEN\\" AND rb:decidedOn:[\\"2015-01-01\\" TO \\"2015-12-31\\"] AND TEXT:\\"woningbouw \\\\\\"Oostvliet\\\\\\"\\""},
                         "paging":{"maxItems":10,"skipCount":10},
                         "include":["properties","aspectNames"],
                         "sort":[{"type":"FIELD","field":"rb:decidedOn","ascending":false}]}"""))
                .willReturn(okJson("""
                        {"list":{"pagination":{"count":1,"hasMoreItems":false,"totalItems":11,"skipCount":10,"maxItems":10},
                         "entries":[{"entry":{"id":"b1","name":"Besluit woningbouw","nodeType":"rb:decisionRecord",
                           "properties":{"rb:decidedOn":"2015-04-23T10:00:00.000+0000","rb:recordOutcome":"REGIONAL_DECISION_TAKEN",
                           "rb:recordMunicipalities":["Leiden","Voorschoten"],"rb:criteriaCooperationModel":"REGIONAL_COMMITTEE"}}}]}}""")));
        CliRun r = regio("records", "search", "--alfresco", alfresco.baseUrl(), "--municipality", "Voorschoten", "--ambition", "WONEN",
                "--domain", "RUIMTE_EN_WONEN", "--model", "REGIONAL_COMMITTEE", "--outcome", "REGIONAL_DECISION_TAKEN",
                "--from", "2015-01-01", "--to", "2015-12-31", "--text", "woningbouw \"Oostvliet\"", "--page", "2", "--size", "10");
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("2015-04-23 | Besluit woningbouw | REGIONAL_DECISION_TAKEN | Leiden, Voorschoten | REGIONAL_COMMITTEE | b1")
                .contains("pagina / page 2: 1 van / of 11");
        assertOneLineError(regio("records", "search", "--alfresco", alfresco.baseUrl(), "--from", "2015-13-01"),
                "field 'from': not a date (YYYY-MM-DD): '2015-13-01'");
    }

    @Test
    void rebuildStartsTheServicesBulkRunAndFollowsItUntilItIsDone() {
        String progress = "{\"query\":\"q\",\"state\":\"%s\",\"total\":150,\"done\":%d,\"written\":%d,\"unchanged\":0,"
                + "\"refused\":0,\"perSecond\":50.0,\"secondsLeft\":%d,\"startedAt\":\"2026-11-22T20:00:00Z\",\"lastProblem\":null}";
        alfresco.stubFor(post(urlPathEqualTo("/actuator/rebuild")).withBasicAuth("operator", "")
                .withRequestBody(equalToJson("{\"folder\":\"besluiten-folder\",\"fresh\":false}"))
                .willReturn(okJson(progress.formatted("RUNNING", 0, 0, 3))));
        alfresco.stubFor(get(urlPathEqualTo("/actuator/rebuild")).inScenario("run").whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .willReturn(okJson(progress.formatted("RUNNING", 100, 100, 1))).willSetStateTo("done"));
        alfresco.stubFor(get(urlPathEqualTo("/actuator/rebuild")).inScenario("run").whenScenarioStateIs("done")
                .willReturn(okJson(progress.formatted("DONE", 150, 150, 0))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = new RebuildCommand(new PrintStream(out, true, StandardCharsets.UTF_8), java.time.Duration.ofMillis(5))
                .run(List.of("--service", alfresco.baseUrl(), "--folder", "besluiten-folder"));
        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
                "RUNNING 0/150 besluiten / records — 0 geschreven / written, 0 ongewijzigd / unchanged, 0 geweigerd / refused — 50.0/s, nog / left ~3 s",
                "RUNNING 100/150 besluiten / records — 100 geschreven / written, 0 ongewijzigd / unchanged, 0 geweigerd / refused — 50.0/s, nog / left ~1 s",
                "DONE 150/150 besluiten / records — 150 geschreven / written, 0 ongewijzigd / unchanged, 0 geweigerd / refused — 50.0/s, nog / left ~0 s");
        assertOneLineError(regio("rebuild", "--service", alfresco.baseUrl()), "give either --folder NODE_ID or --query AFTS");
    }

    private static void assertOneLineError(CliRun r, String message) {
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("regio: " + message + System.lineSeparator());
    }

    private static String[] concat(String[]... parts) {
        return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray(String[]::new);
    }
}
