package nl.regiobesluit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code ./regio evaluate} end to end on the six scenarios' records file, and its one-line refusals of bad input. */
class EvaluateCommandTest {

    private static final String SIX = resource("/evaluation/six-scenarios.json");

    @TempDir
    Path dir;

    private static CliRun regio(String... args) {
        return CliRun.regio(args);
    }

    private static String resource(String name) {
        try {
            return Path.of(EvaluateCommandTest.class.getResource(name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private CliRun evaluate(String records, String from, String to, String... more) {
        List<String> args = new ArrayList<>(List.of("evaluate", "--records", records, "--from", from, "--to", to,
                "--out", dir.resolve("rapport.html").toString()));
        args.addAll(List.of(more));
        return regio(args.toArray(String[]::new));
    }

    @Test
    void theSixScenariosGiveAReportWithItsChartsBesideIt() throws Exception {
        CliRun r = evaluate(SIX, "2014-01-01", "2015-12-31", "--weights", "lobbymacht=2");
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("rapport / report: " + dir.resolve("rapport.html") + " (6 van 6 besluiten / records)");
        String html = Files.readString(dir.resolve("rapport.html"));
        assertThat(html).contains("<div class=\"value\">42 dagen</div>")
                .contains("<div class=\"value\">5 van 6 (83,3%)</div>")
                .contains("<div class=\"value\">1 van 4 (25,0%)</div>")
                .contains("<tr><td>Voorschoten</td><td class=\"num\">1</td><td class=\"num\">0</td><td class=\"num\">2</td><td class=\"num\">0</td><td class=\"num\">1</td><td class=\"num\">1</td></tr>")
                .contains("Leiden 1×")
                .contains("-0,10 <span class=\"exact\">(-1/10)</span>")
                .contains("1,27 <span class=\"exact\">(14/11)</span>");
        for (String chart : List.of("doorlooptijd", "raden", "macht-1", "macht-2")) {
            Path png = dir.resolve("rapport-" + chart + ".png");
            assertThat(r.out()).contains("afbeelding / image: " + png);
            BufferedImage image = ImageIO.read(png.toFile());
            assertThat(image).as(chart).isNotNull();
            assertThat(image.getWidth()).isEqualTo(720);
            assertThat(image.getHeight()).isEqualTo(360);
        }
    }

    @Test
    void theReportSpeaksInWordsNotCodes() throws Exception {
        CliRun r = evaluate(SIX, "2014-01-01", "2015-12-31");
        assertThat(r.exit()).isZero();
        String html = Files.readString(dir.resolve("rapport.html"));
        assertThat(html)
                .contains("<td>Bereikbaarheid <span class=\"en\">accessibility</span><br/>Verkeer en mobiliteit <span class=\"en\">traffic and mobility</span></td>")
                .contains("<td>Economie en kennis <span class=\"en\">economy and knowledge</span><br/>")
                .contains("<th class=\"num\">geamendeerd vastgesteld <span class=\"en\">adopted with amendments</span></th>")
                .contains("Weging A, ten minste 70% van alle leden <span class=\"en\">Weighting A, at least 70% of all members;")
                .doesNotContain("BEREIKBAARHEID").doesNotContain("ECONOMIE_EN_KENNIS").doesNotContain("qualified:7/10")
                .doesNotContain("REGIONAL_COMMITTEE").doesNotContain("ADOPTED_WITH_AMENDMENTS");
    }

    @Test
    void aModelAThemeOrAMunicipalityNarrowTheRecords() {
        assertThat(evaluate(SIX, "2014-01-01", "2015-12-31", "--model", "REGIONAL_COUNCIL").out()).contains("(1 van 6 besluiten / records)");
        // --theme is rb:theme, the "Thema" field of Share's proposal form, as the griffie typed it (case does not matter).
        assertThat(evaluate(SIX, "2014-01-01", "2015-12-31", "--theme", "wonen").out()).contains("(2 van 6 besluiten / records)");
        assertThat(evaluate(SIX, "2014-01-01", "2015-12-31", "--theme", "Bereikbaarheid").out()).contains("(1 van 6 besluiten / records)");
        // Voorschoten's own dashboard: not in the subset without Voorschoten, nor in Leiden's composite municipality
        assertThat(evaluate(SIX, "2014-01-01", "2015-12-31", "--municipality", "Voorschoten").out()).contains("(4 van 6 besluiten / records)");
    }

    @Test
    void aFilterThatMatchesNothingSaysSoInOneLineWritesNothingAndExitsOne() throws Exception {
        // An ambition code is not a theme: no record's rb:theme is "RUIMTE_EN_WONEN".
        CliRun r = evaluate(SIX, "2014-01-01", "2015-12-31", "--theme", "RUIMTE_EN_WONEN");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEqualTo("geen van de 6 besluiten in de periode 2014-01-01 t/m 2015-12-31 past bij thema 'RUIMTE_EN_WONEN'; geen rapport geschreven"
                + " / none of the 6 decision records in the period 2014-01-01 to 2015-12-31 matches theme 'RUIMTE_EN_WONEN'; no report written"
                + System.lineSeparator());
        assertThat(r.err()).isEmpty();
        assertThat(Files.exists(dir.resolve("rapport.html"))).isFalse();
        CliRun two = evaluate(SIX, "2014-01-01", "2015-12-31", "--theme", "wonen", "--model", "REGIONAL_COUNCIL");
        assertThat(two.exit()).isEqualTo(1);
        assertThat(two.out()).contains("past bij samenwerkingsvorm Regioraad (gekwalificeerde meerderheid) en thema 'wonen';")
                .contains("matches cooperation model regional council (qualified majority) and theme 'wonen';");
    }

    @Test
    void anEmptyPeriodSaysSoAndLeavesAnEarlierReportAlone() throws Exception {
        Files.writeString(dir.resolve("rapport.html"), "het rapport van vorig jaar");
        CliRun r = evaluate(SIX, "2020-01-01", "2020-12-31");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEqualTo("geen besluiten in de periode 2020-01-01 t/m 2020-12-31 (van de 6 gelezen); geen rapport geschreven"
                + " / no decision records in the period 2020-01-01 to 2020-12-31 (of 6 read); no report written" + System.lineSeparator());
        assertThat(r.out().length()).isLessThanOrEqualTo(300 + System.lineSeparator().length());
        assertThat(Files.readString(dir.resolve("rapport.html"))).isEqualTo("het rapport van vorig jaar");
        assertThat(Files.exists(dir.resolve("rapport-doorlooptijd.png"))).isFalse();
    }

    @Test
    void anInvertedPeriodIsRefusedInOneLine() {
        CliRun r = evaluate(SIX, "2015-12-31", "2014-01-01");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("regio: --from/--to, veld 'to': de periode eindigt (2014-01-01) voordat ze begint (2015-12-31)"
                + " / --from/--to, field 'to': the period ends (2014-01-01) before it starts (2015-12-31)" + System.lineSeparator());
        assertThat(Files.exists(dir.resolve("rapport.html"))).isFalse();
    }

    @Test
    void badWeightsAreRefusedNamingTheCriterion() {
        assertThat(evaluate(SIX, "2014-01-01", "2015-12-31", "--weights", "lobbymacht=x").err())
                .isEqualTo("regio: --weights: field 'weights': weight of 'lobbymacht' is not a number: 'x'" + System.lineSeparator());
        CliRun unknown = evaluate(SIX, "2014-01-01", "2015-12-31", "--weights", "snelheid=2");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown criterion 'snelheid'");
    }

    @Test
    void aBadDateOrModelIsNamed() {
        assertThat(evaluate(SIX, "1-1-2014", "2015-12-31").err()).isEqualTo("regio: option --from: not a date (YYYY-MM-DD): '1-1-2014'" + System.lineSeparator());
        assertThat(evaluate(SIX, "2014-01-01", "2015-12-31", "--model", "GR").err()).startsWith("regio: option --model: unknown cooperation model 'GR'");
    }

    @Test
    void aBadRecordIsNamedByFileLineAndField() throws Exception {
        Path records = dir.resolve("records.json");
        Files.writeString(records, """
                {"records": [
                  {"id": "a", "decidedOn": "2014-05-01", "cooperationModel": "REGIONAL_COMMITTEE", "municipalities": ["Leiden"],
                   "recordOutcome": "REGIONAL_DECISION_TAKEN",
                   "indicators": {"leadTimeDays": 10, "metTarget": true, "consensusWithoutVote": true, "councilsAdopted": 0,
                     "councilsAmended": 0, "councilsRejected": 0, "councilsPostponed": 0, "deviations": 0, "deviationsAccountedFor": 0,
                     "societalPartnerCount": 0, "decisiveMunicipality": null, "oneVoice": false}},
                  {"id": "b", "decidedOn": "2014-05-01", "cooperationModel": "REGIONAL_COMMITTEE", "municipalities": ["Leiden"],
                   "recordOutcome": "REGIONAL_DECISION_TAKEN",
                   "indicators": {"leadTimeDays": "lang", "metTarget": true, "consensusWithoutVote": true, "councilsAdopted": 0,
                     "councilsAmended": 0, "councilsRejected": 0, "councilsPostponed": 0, "deviations": 0, "deviationsAccountedFor": 0,
                     "societalPartnerCount": 0, "decisiveMunicipality": null, "oneVoice": false}}
                ]}
                """);
        CliRun r = evaluate(records.toString(), "2014-01-01", "2015-12-31");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("regio: " + records + ":7: field 'indicators.leadTimeDays': record 'b': must be a whole number of at least 0, was \"lang\""
                + System.lineSeparator());
    }

    @Test
    void malformedJsonAndAMissingFileAreNamed() throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"records\": [\n  {\"id\": \"a\",\n  }\n");
        assertThat(evaluate(broken.toString(), "2014-01-01", "2015-12-31").err()).startsWith("regio: " + broken + ":3: not valid JSON");
        Path missing = dir.resolve("nowhere.json");
        assertThat(evaluate(missing.toString(), "2014-01-01", "2015-12-31").err()).isEqualTo("regio: " + missing + ": file not found" + System.lineSeparator());
    }

    @Test
    void inconsistentCountsAreRefused() throws Exception {
        String six = Files.readString(Path.of(SIX));
        Path records = dir.resolve("inconsistent.json");
        Files.writeString(records, six.replaceFirst("\"councilsAdopted\" : 4", "\"councilsAdopted\" : 3"));
        CliRun r = evaluate(records.toString(), "2014-01-01", "2015-12-31");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(":3: field 'indicators': record 'woningbouw-2014': count 4 council decisions (adopted + rejected + postponed) but \"councils\" lists 5");
    }
}
