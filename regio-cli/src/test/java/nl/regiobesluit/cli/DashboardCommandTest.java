package nl.regiobesluit.cli;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./regio dashboard} end to end: from a records file and from a (simulated) Alfresco register, every figure in
 * the HTML against values worked out by hand (the working is in regio-core's DashboardTest for the same records file,
 * and in the comments here for the Alfresco register), and its one-line refusals.
 */
class DashboardCommandTest {

    private static final String RECORDS = resource("/dashboard/records.json");
    private static final String SEARCH = "/alfresco/api/-default-/public/search/versions/1/search";
    private static final String NODES = "/alfresco/api/-default-/public/alfresco/versions/1/nodes/";
    private static final String NUM = "<td class=\"num\">";

    @RegisterExtension
    static WireMockExtension alfresco = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path dir;

    private static String resource(String name) {
        try {
            return Path.of(DashboardCommandTest.class.getResource(name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String nums(int... values) {
        StringBuilder b = new StringBuilder();
        for (int v : values) {
            b.append(NUM).append(v).append("</td>");
        }
        return b.toString();
    }

    private static String card(int value, String nl, String en) {
        return "<div class=\"card\"><div class=\"value\">" + value + "</div><div>" + nl + " <span class=\"en\">" + en + "</span></div></div>";
    }

    @Test
    void voorschotensDashboardFromTheRecordsFileShowsEveryFigureAndFiveCharts() throws Exception {
        Path out = dir.resolve("dashboard.html");
        CliRun r = CliRun.regio("dashboard", "--municipality", "Voorschoten", "--on", "2027-06-30", "--records", RECORDS,
                "--out", out.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("dashboard: " + out + " (2 regelingen / arrangements, 2 voorstellen / proposals)");
        String html = Files.readString(out);
        assertThat(html)
                .contains(card(2, "regelingen", "arrangements"), card(5, "vergaderingen", "meetings"),
                        card(3, "stukken op tijd", "papers in time"), card(1, "stukken te laat", "papers late"),
                        card(2, "instructies gegeven", "instructions given"), card(2, "instructies gemist", "instructions missed"),
                        card(2, "zienswijzen gegeven", "zienswijzen given"), card(1, "evaluaties nu aan de orde", "evaluations due now"))
                .contains("<tr><td>Regionale Dienst Voorbeeld</td><td>Openbaar lichaam <span class=\"en\">Public body</span></td>"
                        + NUM + "5</td>" + NUM + "13,5% (2027)</td>" + NUM + "25%</td><td>J. de Vries</td><td>\u2013</td></tr>")
                .contains("<tr><td>Economie071 Voorbeeld</td><td>Lichte regeling <span class=\"en\">Light arrangement</span></td>"
                        + NUM + "3</td>" + NUM + "8%</td>" + NUM + "\u2013</td><td>\u2013</td><td>\u2013</td></tr>")
                // meetings, papers in time / late / unknown, instructions in time / late / open / missed, reported back
                .contains("<tr><td>Regionale Dienst Voorbeeld</td>" + nums(4, 2, 1, 1, 1, 1, 1, 1, 1) + "</tr>")
                .contains("<tr><td>Economie071 Voorbeeld</td>" + nums(1, 1, 0, 0, 0, 0, 0, 1, 0) + "</tr>")
                // procedures, given / out of time / none / pending, adopted / partly / not / unanswered, written answers
                .contains("<tr><td>Regionale Dienst Voorbeeld</td>" + nums(4, 1, 1, 1, 1, 0, 1, 1, 0, 1) + "</tr>")
                .contains("<tr><td>1 juli 2027</td><td>Regionale Dienst Voorbeeld</td>", "<tr><td>22 juli 2027</td>",
                        "<tr><td>15 augustus 2027</td>", "<tr><td>1 september 2027</td>")
                .contains("<tr><td>Regionale Dienst Voorbeeld</td><td>1 september 2027</td><td>binnenkort <span class=\"en\">soon</span></td></tr>")
                .contains("<tr><td>Economie071 Voorbeeld</td><td>\u2013</td><td>nu aan de orde <span class=\"en\">due now</span></td></tr>")
                .contains("27 beantwoord, 1 n.v.t. met reden, 2 open.", "30 beantwoord, 0 n.v.t. met reden, 0 open.")
                .doesNotContain("Zonder Voorschoten");
        for (String chart : List.of("stukken", "instructies", "zienswijzen", "bestuur", "begroting")) {
            Path png = dir.resolve("dashboard-" + chart + ".png");
            assertThat(r.out()).contains("afbeelding / image: " + png);
            BufferedImage image = ImageIO.read(png.toFile());
            assertThat(image).as(chart).isNotNull();
            assertThat(image.getWidth()).isEqualTo(720);
            assertThat(image.getHeight()).isEqualTo(320);
        }
    }

    @Test
    void theDashboardReadsTheRegisterFromAlfresco() throws Exception {
        alfresco.stubFor(post(urlPathEqualTo(SEARCH)).withRequestBody(matchingJsonPath("$.query.query", equalTo("TYPE:\"rb:jointArrangement\"")))
                .willReturn(okJson(list("""
                        {"id":"gr1","name":"Alfresco Regeling","nodeType":"rb:jointArrangement","properties":{
                         "rb:arrangementName":"Alfresco Regeling","rb:legalForm":"GEMEENSCHAPPELIJK_ORGAAN",
                         "rb:participants":["Voorschoten","Leiden"],"rb:budgetShares":["Voorschoten=40","Leiden=60"],
                         "rb:instructionLeadDays":5,"rb:evaluationCycleYears":4,"rb:lastEvaluationDate":"2020-01-01T00:00:00.000+0000"}}"""))));
        alfresco.stubFor(post(urlPathEqualTo(SEARCH)).withRequestBody(matchingJsonPath("$.query.query", equalTo("ASPECT:\"rb:toetsingskader\"")))
                .willReturn(okJson(list("""
                        {"id":"v1","name":"Toetreding X","nodeType":"rb:proposal","properties":{"rb:cooperationAction":"JOIN"}}"""))));
        alfresco.stubFor(get(urlPathEqualTo(NODES + "gr1/children")).willReturn(okJson(list("""
                {"id":"w1","name":"stemverhouding-2027","nodeType":"rb:voteWeights","properties":{
                 "rb:weightsValidFrom":"2027-01-01T00:00:00.000+0000","rb:weightsPerParticipant":["Voorschoten=1","Leiden=3"]}}""", """
                {"id":"m1","name":"agenda-ab-2027-05-20.pdf","nodeType":"rb:grMeeting","properties":{
                 "rb:grMeetingDate":"2027-05-20T00:00:00.000+0000","rb:grMeetingKind":"ALGEMEEN_BESTUUR","rb:agendaFiledOn":"2027-05-01T00:00:00.000+0000"}}""", """
                {"id":"p1","name":"begroting-2028","nodeType":"rb:wgrProcedure","properties":{
                 "rb:wgrProcedureKind":"BEGROTING","rb:wgrSentOn":"2027-03-01T00:00:00.000+0000","rb:wgrDeadline":"2027-05-24T00:00:00.000+0000"}}"""))));
        alfresco.stubFor(get(urlPathEqualTo(NODES + "m1/targets")).willReturn(okJson(list("""
                {"id":"c1","name":"oplegnotitie-voorschoten","nodeType":"rb:coverNote","properties":{
                 "rb:coverNoteMunicipality":"Voorschoten","rb:instructionDeadline":"2027-05-15T00:00:00.000+0000",
                 "rb:instructionGivenOn":"2027-05-16T00:00:00.000+0000"}}"""))));
        alfresco.stubFor(get(urlPathEqualTo(NODES + "p1/targets")).willReturn(okJson(list("""
                {"id":"z1","name":"zienswijze-voorschoten","nodeType":"rb:zienswijze","properties":{
                 "rb:zienswijzeMunicipality":"Voorschoten","rb:zienswijzeStatus":"GIVEN","rb:zienswijzeDate":"2027-05-20T00:00:00.000+0000",
                 "rb:boardResponse":"ADOPTED"}}"""))));
        Path out = dir.resolve("alfresco.html");
        CliRun r = CliRun.regio("dashboard", "--municipality", "Voorschoten", "--on", "2027-06-30", "--alfresco", alfresco.baseUrl(),
                "--out", out.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        String html = Files.readString(out);
        // 20 May, lead 5: deadline 15 May, papers by 5 May, filed 1 May: in time; instructed 16 May: late.
        // Zienswijze 20 May by 24 May: given, adopted. Weights 1 of 1+3: 25%. Last evaluation 2020 + 4 = 1 Jan 2024: overdue.
        assertThat(html)
                .contains("<tr><td>Alfresco Regeling</td><td>Gemeenschappelijk orgaan <span class=\"en\">Joint body</span></td>"
                        + NUM + "2</td>" + NUM + "40%</td>" + NUM + "25%</td>")
                .contains("<tr><td>Alfresco Regeling</td>" + nums(1, 1, 0, 0, 0, 1, 0, 0, 0) + "</tr>")
                .contains("<tr><td>Alfresco Regeling</td>" + nums(1, 1, 0, 0, 0, 1, 0, 0, 0, 0) + "</tr>")
                .contains("<tr><td>Alfresco Regeling</td><td>1 januari 2024</td><td>achterstallig <span class=\"en\">overdue</span></td></tr>")
                .contains("Toetreding X", "0 beantwoord, 0 n.v.t. met reden, 30 open.");
    }

    private static String list(String... entries) {
        StringBuilder b = new StringBuilder("{\"list\":{\"pagination\":{\"count\":" + entries.length + ",\"hasMoreItems\":false},\"entries\":[");
        for (int i = 0; i < entries.length; i++) {
            b.append(i == 0 ? "" : ",").append("{\"entry\":").append(entries[i]).append('}');
        }
        return b.append("]}}").toString();
    }

    @Test
    void aCouncilInNoArrangementGetsNoDashboardAndExitOne() {
        Path out = dir.resolve("leeg.html");
        CliRun r = CliRun.regio("dashboard", "--municipality", "Leiderdorp", "--on", "2027-06-30", "--records", RECORDS, "--out", out.toString());
        // Leiderdorp takes part in two arrangements, so it does get one; Noordwijk in none, but the proposal without
        // municipalities concerns every council, so a records file without proposals is needed for exit 1.
        assertThat(r.exit()).isZero();
        CliRun none = CliRun.regio("dashboard", "--municipality", "Noordwijk", "--on", "2027-06-30", "--records",
                resource("/dashboard/no-proposals.json"), "--out", dir.resolve("n.html").toString());
        assertThat(none.exit()).isEqualTo(1);
        assertThat(none.out()).startsWith("Noordwijk neemt aan geen van de 1 regelingen deel");
        assertThat(dir.resolve("n.html")).doesNotExist();
    }

    @Test
    void aDecreeDayMovesTheStatutoryTermAndSoTheJudgement() throws Exception {
        // Review #11. The regulation change was sent Mon 3 May 2027: 8 weeks (Wgr art. 1 lid 3) end Mon 28 Jun, and the
        // zienswijze of 29 Jun is out of time. Declare 28 Jun a decree day (Atw art. 3 lid 3): the term runs to Tue 29 Jun
        // (art. 1 lid 1), and the zienswijze is given in time: given 2, out of time 0 instead of 1 and 1.
        Path out = dir.resolve("decree.html");
        CliRun r = CliRun.regio("dashboard", "--municipality", "Voorschoten", "--on", "2027-06-30", "--records", RECORDS,
                "--out", out.toString(), "--decree-days", "2027-06-28");
        assertThat(r.err()).isEmpty();
        assertThat(Files.readString(out)).contains("<tr><td>Regionale Dienst Voorbeeld</td>" + nums(4, 2, 0, 1, 1, 0, 1, 1, 0, 1) + "</tr>");
    }

    @Test
    void voteWeightsThatNameASchemeAreCheckedAgainstTheEngine() throws Exception {
        // Review #5. MUNICIPALITY over Leiden (3000 valid votes) and Voorschoten (1000): 75% and 25%. Entered 1 and 1: 50% each.
        Path records = dir.resolve("w.json");
        Files.writeString(records, "{\"format\":\"regiobesluit-gr-records/1\",\"arrangements\":[{\"properties\":{"
                + "\"rb:arrangementName\":\"W\",\"rb:legalForm\":\"OPENBAAR_LICHAAM\",\"rb:participants\":[\"Leiden\",\"Voorschoten\"]},"
                + "\"voteWeights\":[{\"properties\":{\"rb:weightsValidFrom\":\"2027-01-01\",\"rb:weightsScheme\":\"MUNICIPALITY\","
                + "\"rb:weightsPerParticipant\":[\"Leiden=1\",\"Voorschoten=1\"]}}]}]}");
        Path composition = dir.resolve("c.csv");
        Files.writeString(composition, "municipality,valid_votes,council_seats,party,seats\nLeiden,3000,10,X,10\nVoorschoten,1000,10,Y,10\n");
        CliRun r = CliRun.regio("dashboard", "--municipality", "Voorschoten", "--on", "2027-06-30", "--records", records.toString(),
                "--out", dir.resolve("w.html").toString(), "--composition", composition.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().lines().filter(l -> l.startsWith("waarschuwing / warning: ")).toList()).containsExactlyInAnyOrder(
                "waarschuwing / warning: W (stemverhouding / vote weights 2027-01-01), veld 'rb:weightsPerParticipant': stemgewicht"
                        + " van Leiden (50.00%) wijkt af van schema MUNICIPALITY van de rekenmodule (75.00%) / W (stemverhouding /"
                        + " vote weights 2027-01-01), field 'rb:weightsPerParticipant': vote weight of Leiden (50.00%) differs from"
                        + " the engine's scheme MUNICIPALITY (75.00%)",
                "waarschuwing / warning: W (stemverhouding / vote weights 2027-01-01), veld 'rb:weightsPerParticipant': stemgewicht"
                        + " van Voorschoten (50.00%) wijkt af van schema MUNICIPALITY van de rekenmodule (25.00%) / W (stemverhouding /"
                        + " vote weights 2027-01-01), field 'rb:weightsPerParticipant': vote weight of Voorschoten (50.00%) differs"
                        + " from the engine's scheme MUNICIPALITY (25.00%)");
        // and in the report itself, for the council that reads it
        assertThat(Files.readString(dir.resolve("w.html"))).contains("Waarschuwingen",
                "stemgewicht van Leiden (50.00%) wijkt af van schema MUNICIPALITY van de rekenmodule (75.00%)",
                "vote weight of Voorschoten (50.00%) differs from the engine&#39;s scheme MUNICIPALITY (25.00%)"); // HTML-escaped
    }

    @Test
    void badInputIsOneLineAndExitTwo() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\":\"regiobesluit-gr-records/1\",\"arrangements\":[{\"properties\":{\"rb:arrangementName\":\"X\","
                + "\"rb:legalForm\":\"GMBH\"}}]}");
        String out = dir.resolve("x.html").toString();
        assertOneLine(CliRun.regio("dashboard", "--on", "2027-06-30", "--records", RECORDS, "--out", out), "--municipality");
        assertOneLine(CliRun.regio("dashboard", "--municipality", "Voorschoten", "--on", "30-06-2027", "--records", RECORDS, "--out", out),
                "option --on: not a date (YYYY-MM-DD)");
        assertOneLine(CliRun.regio("dashboard", "--municipality", "Voorschoten", "--on", "2027-06-30", "--out", out),
                "give either --records FILE or --alfresco URL");
        assertOneLine(CliRun.regio("dashboard", "--municipality", "Voorschoten", "--on", "2027-06-30", "--records", bad.toString(), "--out", out),
                "rb:legalForm");
        assertOneLine(CliRun.regio("dashboard", "--municipality", "Voorschoten", "--on", "2027-06-30", "--records", RECORDS, "--out", out,
                "--recess", "08-31:07-01"), "option --recess");
        assertOneLine(CliRun.regio("dashboard", "--municipality", "Voorschoten", "--on", "2027-06-30", "--records", RECORDS, "--out", out,
                "--horizon-months", "0"), "option --horizon-months");
        assertOneLine(CliRun.regio("dashboard", "--municipality", "Voorschoten", "--on", "2027-06-30", "--records",
                dir.resolve("missing.json").toString(), "--out", out), "no such file");
        assertOneLine(CliRun.regio("dashboard", "--municipality", "Voorschoten", "--on", "2027-06-30", "--records", RECORDS, "--out", out,
                "--framework-weeks", "0"), "option --framework-weeks");
        assertOneLine(CliRun.regio("dashboard", "--municipality", "Voorschoten", "--on", "2027-06-30", "--records", RECORDS, "--out", out,
                "--decree-days", "2027-06-28,15-05-2026"), "optie --decree-days: geen datum (JJJJ-MM-DD): ");
        Files.writeString(dir.resolve("a-file"), "x");
        assertOneLine(CliRun.regio("dashboard", "--municipality", "Voorschoten", "--on", "2027-06-30", "--records", RECORDS, "--out",
                dir.resolve("a-file").resolve("x.html").toString()), ": kan het dashboard niet schrijven: ");
        assertThat(dir.resolve("x.html")).doesNotExist();
    }

    private static void assertOneLine(CliRun r, String contains) {
        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("regio: ").contains(contains).hasLineCount(1);
    }
}
