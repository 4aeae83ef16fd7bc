package nl.regiobesluit.criteria.evaluation;

import nl.regiobesluit.criteria.AssessmentFramework;
import nl.regiobesluit.criteria.ModelComparison;
import nl.regiobesluit.shared.Fraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static nl.regiobesluit.criteria.evaluation.SixScenarios.FROM;
import static nl.regiobesluit.criteria.evaluation.SixScenarios.TO;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report a council receives for the six scenarios: well-formed, Dutch with English beside it, words instead of the
 * stored codes, the decision rules in words, the checked numbers and one chart per figure. Expected words are written
 * out by hand here, never taken from the code under test.
 */
class EvaluationReportTest {

    private static final AssessmentFramework FRAMEWORK = AssessmentFramework.shipped();

    @TempDir
    Path dir;

    private static Evaluation evaluation(List<RecordSummary> records, LocalDate from, LocalDate to) {
        return Evaluation.of(Selection.of(from, to, null, null).value(), records, FRAMEWORK);
    }

    private static EvaluationReport report(String weights) {
        return EvaluationReport.create(evaluation(SixScenarios.all(), FROM, TO), FRAMEWORK, weights).value();
    }

    private static Document parse(String html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    /** What a reader sees: the body's text, without the style sheet and the images' bytes. */
    private static String visibleText(String html) throws Exception {
        return parse(html).getElementsByTagName("body").item(0).getTextContent();
    }

    @Test
    void theReportIsWellFormedXhtmlWithTheDutchHeadingsFirst() throws Exception {
        String html = report("").html("rapport");
        Document doc = parse(html);
        assertThat(doc.getDocumentElement().getAttribute("lang")).isEqualTo("nl");
        List<String> headings = new ArrayList<>();
        var h2 = doc.getElementsByTagName("h2");
        for (int i = 0; i < h2.getLength(); i++) {
            headings.add(h2.item(i).getFirstChild().getTextContent().trim());
        }
        assertThat(headings).containsExactly("Kerncijfers", "Doorlooptijd", "Besluiten per gemeenteraad", "Doorslaggevende gemeente en macht",
                "Toetsingskader: indicatoren per criterium", "Vergelijking van samenwerkingsvormen (2017)", "Besluiten in deze selectie");
        assertThat(html).contains("<tr><th>Periode <span class=\"en\">period</span></th><td>1 januari 2014 t/m 31 december 2015</td></tr>");
    }

    @Test
    void theReportStatesTheCheckedNumbers() {
        String html = report("").html("rapport");
        assertThat(html)
                .contains("<div class=\"value\">42 dagen</div><div>Doorlooptijd (mediaan)")
                .contains("<div class=\"value\">5 van 6 (83,3%)</div><div>Binnen de termijn van twee maanden")
                .contains("<div class=\"value\">1 van 4 (25,0%)</div><div>Consensus zonder stemming")
                .contains("<div class=\"value\">4 van 6 (66,7%)</div><div>Regionaal besluit tot stand gekomen")
                .contains("<div class=\"value\">1 van 1 (100,0%)</div><div>Afwijkingen van het advies die de raad verantwoordde")
                .contains("<div class=\"value\">1 van 3 (33,3%)</div><div>Eén gemeente doorslaggevend")
                .contains("gemiddeld 43,3 dagen, kortste 21, langste 75 dagen")
                .contains("<tr><td>Voorschoten</td><td class=\"num\">1</td><td class=\"num\">0</td><td class=\"num\">2</td><td class=\"num\">0</td><td class=\"num\">1</td><td class=\"num\">1</td></tr>")
                .contains("<tr><td>Oegstgeest</td><td class=\"num\">3</td><td class=\"num\">1</td>")
                .contains("Leiden 1×")
                .contains("<td class=\"num\" title=\"exact 310175935/556115031\">55,8%</td>")
                .contains("<td class=\"num\" title=\"exact 6449329/9367265\">68,8%</td>")
                .contains("18 van 20 (90,0%)")
                .contains("gemiddeld 1,33 per besluit")
                .contains("geen indicator uit de route");
    }

    @Test
    void theDecisionRulesAreInWordsInBothLanguages() throws Exception {
        String html = report("").html("rapport");
        // Woningbouw and the regioraad voted at 70% of all members, the subset without Voorschoten at 60% (weighting A).
        assertThat(html)
                .contains("<h3>Weging A, ten minste 70% van alle leden <span class=\"en\">Weighting A, at least 70% of all members; 2 stemmingen / votes</span></h3>")
                .contains("<h3>Weging A, ten minste 60% van alle leden <span class=\"en\">Weighting A, at least 60% of all members; 1 stemming / vote</span></h3>")
                .contains("Weging: zetelaandeel maal aandeel geldige stemmen van de gemeente. <span class=\"en\">Weighting: seats share times valid-votes share of the municipality.</span>");
        assertThat(visibleText(html)).doesNotContain("qualified:").doesNotContain("base=").doesNotContain("schema A");
    }

    @Test
    void storedCodesAppearAsWordsAndNeverAsCodes() throws Exception {
        String html = report("").html("rapport");
        assertThat(html)
                // ambitions and policy domains in the records table
                .contains("<td>Wonen <span class=\"en\">housing</span><br/>Ruimte en wonen <span class=\"en\">spatial planning and housing</span></td>")
                .contains("<td>Bereikbaarheid <span class=\"en\">accessibility</span><br/>Verkeer en mobiliteit <span class=\"en\">traffic and mobility</span></td>")
                .contains("<td>Economie en kennis <span class=\"en\">economy and knowledge</span><br/>Economie en werk <span class=\"en\">economy and employment</span></td>")
                // the theme as the griffie typed it in Share
                .contains("<td>bereikbaarheid</td>")
                // cooperation models, council and record outcomes, the 2017 judgments, the criteria
                .contains("<td>Regiocommissie met bestuurstafels <span class=\"en\">regional committee with executive tables</span></td>")
                .contains("<th class=\"num\">geamendeerd vastgesteld <span class=\"en\">adopted with amendments</span></th>")
                .contains("<td>geen regionaal besluit <span class=\"en\">no regional decision</span></td>")
                .contains("vooral kansen <span class=\"en\">mostly opportunities</span> (+1)")
                .contains("bestuurlijke slagvaardigheid <span class=\"en\">administrative decisiveness</span>")
                .contains("politiek bestuur <span class=\"en\">political governance</span>")
                .contains("binnen de termijn van twee maanden <span class=\"en\">within the two-month target</span>");
        String text = visibleText(html);
        for (String code : List.of("WONEN", "RUIMTE_EN_WONEN", "BEREIKBAARHEID", "MOBILITEIT", "ECONOMIE_EN_KENNIS", "ENERGIETRANSITIE",
                "REGIONAL_COMMITTEE", "REGIONAL_COUNCIL", "ADOPTED", "ADOPTED_WITH_AMENDMENTS", "REJECTED", "NO_REGIONAL_DECISION",
                "MOSTLY_OPPORTUNITIES", "MIXED")) {
            assertThat(text).as(code).doesNotContain(code);
        }
        // Nor any other code: no word of capitals joined by underscores, and no all-capital word of five letters or more.
        assertThat(Pattern.compile("[A-Z]+_[A-Z_]+|\\b[A-Z]{5,}\\b").matcher(text).results().map(m -> m.group()).toList()).isEmpty();
    }

    @Test
    void noWordIsBrokenInTheTables() {
        String html = report("").html("rapport");
        // overflow-wrap: anywhere and word-break: break-all split "Bereikbaarheid" into "Bereikbaar" + "heid" in a narrow column.
        assertThat(html).doesNotContain("anywhere").doesNotContain("break-all").contains("overflow-wrap: normal");
    }

    @Test
    void theModelComparisonOf2017InWords() {
        EvaluationReport report = report("");
        assertThat(report.unweighted()).extracting(ModelComparison.ModelScore::score)
                .containsExactly(Fraction.of(-1, 10), Fraction.of(5, 10), Fraction.of(10, 10), Fraction.of(12, 10));
        assertThat(report.weighted()).isNull();
        assertThat(report.html("r")).contains("-0,10 <span class=\"exact\">(-1/10)</span>").contains("0,50 <span class=\"exact\">(1/2)</span>")
                .contains("1,00 <span class=\"exact\">(1)</span>").contains("1,20 <span class=\"exact\">(6/5)</span>")
                .contains("Geen gewichten opgegeven");
    }

    @Test
    void aCouncilThatDoublesLobbyPowerSeesTheWeightedScores() {
        EvaluationReport report = report("lobbymacht=2");
        // Total weight 11: light −1 + 0, tailored 5 + 1, regional council 10 + 1, composite 12 + 2.
        assertThat(report.weighted()).extracting(ModelComparison.ModelScore::score)
                .containsExactly(Fraction.of(-1, 11), Fraction.of(6, 11), Fraction.ONE, Fraction.of(14, 11));
        assertThat(report.html("r")).contains("score met uw gewichten").contains("1,27 <span class=\"exact\">(14/11)</span>")
                .contains("<tr><td>lobbymacht <span class=\"en\">lobbying power</span></td><td class=\"num\">2</td>");
    }

    @Test
    void badWeightsAreAClearProblem() {
        Evaluation e = evaluation(SixScenarios.all(), FROM, TO);
        assertThat(EvaluationReport.create(e, FRAMEWORK, "lobbymacht=x").problems().get(0).describe())
                .isEqualTo("field 'weights': weight of 'lobbymacht' is not a number: 'x'");
        assertThat(EvaluationReport.create(e, FRAMEWORK, "snelheid=2").problems().get(0).message()).isEqualTo("unknown criterion 'snelheid'");
        assertThat(EvaluationReport.create(e, FRAMEWORK, "lobbymacht=-1").problems().get(0).message()).contains("must not be negative");
    }

    @Test
    void oneChartPerFigureIsWrittenBesideTheHtmlAndInsideIt() throws Exception {
        Path html = dir.resolve("evaluatie-2014-2015.html");
        List<Path> written = report("").write(html);
        assertThat(written).extracting(p -> p.getFileName().toString()).containsExactly("evaluatie-2014-2015.html",
                "evaluatie-2014-2015-doorlooptijd.png", "evaluatie-2014-2015-raden.png", "evaluatie-2014-2015-macht-1.png",
                "evaluatie-2014-2015-macht-2.png");
        Document doc = parse(Files.readString(html));
        NodeList figures = doc.getElementsByTagName("figure");
        NodeList images = doc.getElementsByTagName("img");
        assertThat(figures.getLength()).isEqualTo(4);
        assertThat(images.getLength()).isEqualTo(4);
        for (int i = 0; i < images.getLength(); i++) {
            Path png = written.get(i + 1);
            BufferedImage image = ImageIO.read(png.toFile());
            assertThat(image).as(png.toString()).isNotNull();
            assertThat(image.getWidth()).isEqualTo(720);
            assertThat(image.getHeight()).isEqualTo(360);
            // The HTML stands on its own: the same PNG is inline, and the caption links the file beside it.
            String src = ((Element) images.item(i)).getAttribute("src");
            assertThat(src).startsWith("data:image/png;base64,");
            assertThat(Base64.getDecoder().decode(src.substring("data:image/png;base64,".length()))).isEqualTo(Files.readAllBytes(png));
            assertThat(((Element) figures.item(i)).getElementsByTagName("a").item(0).getAttributes().getNamedItem("href").getNodeValue())
                    .isEqualTo(png.getFileName().toString());
        }
    }

    @Test
    void theChartsAreTitledInBothLanguagesWithTheRuleInWords() {
        assertThat(report("").charts("r")).extracting(c -> c.title().both()).containsExactly(
                "Doorlooptijd in dagen / lead time in days",
                "Besluiten per gemeenteraad / decisions per council",
                "Macht per gemeente (weging A, ten minste 70% van alle leden) / power per municipality (weighting A, at least 70% of all members)",
                "Macht per gemeente (weging A, ten minste 60% van alle leden) / power per municipality (weighting A, at least 60% of all members)");
    }

    @Test
    void theSameRecordsGiveTheSameBytes() {
        EvaluationReport a = report("lobbymacht=2");
        List<RecordSummary> reversed = new ArrayList<>(SixScenarios.all());
        Collections.reverse(reversed);
        EvaluationReport b = EvaluationReport.create(evaluation(reversed, FROM, TO), FRAMEWORK, "lobbymacht=2").value();
        assertThat(b.html("r")).isEqualTo(a.html("r"));
    }

    @Test
    void theReportIsTheSameWhateverTheServersLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            String english = report("").html("r");
            Locale.setDefault(Locale.forLanguageTag("nl-NL"));
            String dutch = report("").html("r");
            assertThat(dutch).isEqualTo(english).contains("Wonen <span class=\"en\">housing</span>");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void textFromRecordsIsEscaped() throws Exception {
        RecordSummary r = SixScenarios.woningbouw();
        RecordSummary hostile = new RecordSummary("x<1>&", "<script>alert(\"x\")</script> & Co\u0007", r.decidedOn(), r.model(), "WONEN", null,
                "<b>thema</b>", r.municipalities(), r.councils(), r.outcome(), r.indicators(), r.power());
        String html = EvaluationReport.create(evaluation(List.of(hostile), FROM, TO), FRAMEWORK, "").value().html("r");
        assertThat(html).doesNotContain("<script>").doesNotContain("<b>")
                .contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co ").contains("x&lt;1&gt;&amp;").contains("&lt;b&gt;thema&lt;/b&gt;");
        parse(html);
    }

    @Test
    void anEmptyPeriodGivesAReportThatSaysSoAndStillComparesTheModels(@TempDir Path empty) throws Exception {
        Evaluation none = evaluation(SixScenarios.all(), LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31));
        EvaluationReport report = EvaluationReport.create(none, FRAMEWORK, "").value();
        String html = report.html("r");
        parse(html);
        assertThat(html).contains("Geen besluiten in deze periode. <span class=\"en\">No decisions in this period.</span>")
                .contains("Vergelijking van samenwerkingsvormen").doesNotContain("<img");
        assertThat(report.write(empty.resolve("leeg.html"))).hasSize(1);
    }
}
