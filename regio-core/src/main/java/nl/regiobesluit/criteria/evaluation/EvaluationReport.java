package nl.regiobesluit.criteria.evaluation;

import nl.regiobesluit.criteria.AssessmentFramework;
import nl.regiobesluit.criteria.Criterion;
import nl.regiobesluit.criteria.Judgment;
import nl.regiobesluit.criteria.ModelComparison;
import nl.regiobesluit.routing.CooperationModel;
import nl.regiobesluit.routing.CouncilOutcome;
import nl.regiobesluit.routing.RoutePolicy;
import nl.regiobesluit.shared.Fraction;
import nl.regiobesluit.shared.Result;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The evaluation as a council receives it: one self-contained HTML file (inline CSS, charts as inline SVG), Dutch
 * first with English in smaller print, and each chart also as a PNG beside it for memos and slides. The same input
 * gives the same bytes: no clock, no random identifiers, records in a fixed order.
 */
public final class EvaluationReport {

    /** A chart of the report: the file name of its PNG (beside the HTML), its title, the SVG and the PNG bytes. */
    public record Chart(String fileName, String title, String svg, byte[] png) {
    }

    private static final String[] OUTCOME_COLORS = {"#009e73", "#56b4e9", "#d55e00", "#e69f00"};
    private static final CouncilOutcome[] OUTCOMES = {CouncilOutcome.ADOPTED, CouncilOutcome.ADOPTED_WITH_AMENDMENTS,
            CouncilOutcome.REJECTED, CouncilOutcome.POSTPONED};

    private final Evaluation evaluation;
    private final AssessmentFramework framework;
    private final Map<String, Fraction> weights;
    private final List<ModelComparison.ModelScore> unweighted;
    private final List<ModelComparison.ModelScore> weighted;

    private EvaluationReport(Evaluation evaluation, AssessmentFramework framework, Map<String, Fraction> weights,
                             List<ModelComparison.ModelScore> unweighted, List<ModelComparison.ModelScore> weighted) {
        this.evaluation = evaluation;
        this.framework = framework;
        this.weights = weights;
        this.unweighted = unweighted;
        this.weighted = weighted;
    }

    /**
     * The report for an evaluation, with the 2017 model comparison weighted by {@code weightsText}
     * ({@code criterion=weight,...}; blank for none). Bad weights are a rejection naming the criterion.
     */
    public static Result<EvaluationReport> create(Evaluation evaluation, AssessmentFramework framework, String weightsText) {
        if (weightsText == null || weightsText.isBlank()) {
            return create(evaluation, framework, Map.of());
        }
        return ModelComparison.parseWeights(weightsText).flatMap(w -> create(evaluation, framework, w));
    }

    public static Result<EvaluationReport> create(Evaluation evaluation, AssessmentFramework framework, Map<String, Fraction> weights) {
        List<ModelComparison.ModelScore> unweighted = ModelComparison.unweighted(framework);
        if (weights.isEmpty()) {
            return Result.ok(new EvaluationReport(evaluation, framework, Map.of(), unweighted, null));
        }
        return ModelComparison.compare(framework, weights)
                .map(w -> new EvaluationReport(evaluation, framework, Map.copyOf(weights), unweighted, w));
    }

    public Evaluation evaluation() {
        return evaluation;
    }

    public List<ModelComparison.ModelScore> unweighted() {
        return unweighted;
    }

    /** The weighted comparison, or null when no weights were given. */
    public List<ModelComparison.ModelScore> weighted() {
        return weighted;
    }

    /**
     * Writes the HTML to {@code htmlFile} and each chart as {@code <name>-<chart>.png} beside it.
     *
     * @return the files written, the HTML first
     */
    public List<Path> write(Path htmlFile) throws IOException {
        String base = baseName(htmlFile);
        Path dir = htmlFile.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        List<Path> written = new ArrayList<>();
        Files.writeString(htmlFile, html(base), StandardCharsets.UTF_8);
        written.add(htmlFile);
        for (Chart chart : charts(base)) {
            Path png = dir == null ? Path.of(chart.fileName()) : dir.resolve(chart.fileName());
            Files.write(png, chart.png());
            written.add(png);
        }
        return written;
    }

    static String baseName(Path htmlFile) {
        String name = htmlFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The charts of the report; none when the selection is empty. PNG names start with {@code base}. */
    public List<Chart> charts(String base) {
        List<Chart> charts = new ArrayList<>();
        for (BarChart bar : barCharts()) {
            charts.add(new Chart(base + "-" + bar.name() + ".png", bar.title(), bar.svg(), bar.png()));
        }
        return charts;
    }

    private List<BarChart> barCharts() {
        if (evaluation.isEmpty()) {
            return List.of();
        }
        List<BarChart> charts = new ArrayList<>();
        Evaluation.LeadTimes lead = evaluation.leadTimes();
        charts.add(new BarChart("doorlooptijd", "Doorlooptijd in dagen / lead time in days", "besluiten / decisions",
                lead.buckets().stream().map(Evaluation.Bucket::label).toList(),
                List.of(new BarChart.Series("besluiten / decisions", "#0072b2",
                        lead.buckets().stream().map(b -> (double) b.count()).toList())),
                false, false, (double) Evaluation.TARGET_LINE_DAYS / Evaluation.BUCKET_DAYS, "termijn 2 maanden / 2-month target"));
        if (!evaluation.councils().isEmpty()) {
            List<BarChart.Series> series = new ArrayList<>();
            for (int i = 0; i < OUTCOMES.length; i++) {
                CouncilOutcome o = OUTCOMES[i];
                series.add(new BarChart.Series(Dutch.outcome(o), OUTCOME_COLORS[i],
                        evaluation.councils().stream().map(c -> (double) c.count(o)).toList()));
            }
            charts.add(new BarChart("raden", "Besluiten per gemeenteraad / decisions per council", "besluiten / decisions",
                    evaluation.councils().stream().map(Evaluation.CouncilTally::municipality).toList(), series, true, false, null, null));
        }
        int n = 1;
        for (Evaluation.PowerUnderRule rule : evaluation.power()) {
            charts.add(new BarChart("macht-" + n++, "Macht per gemeente / power (" + Dutch.rule(rule.scheme(), rule.rule()) + ")", "aandeel / share",
                    rule.municipalities().stream().map(Evaluation.MeanPower::municipality).toList(),
                    List.of(new BarChart.Series("Banzhaf", "#0072b2", rule.municipalities().stream().map(m -> m.banzhaf().toDouble()).toList()),
                            new BarChart.Series("Shapley-Shubik", "#cc79a7", rule.municipalities().stream().map(m -> m.shapleyShubik().toDouble()).toList())),
                    false, true, null, null));
        }
        return charts;
    }

    /** The HTML; PNG links point to {@code <base>-<chart>.png} beside the file. */
    public String html(String base) {
        StringBuilder h = new StringBuilder();
        Selection s = evaluation.selection();
        h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"nl\" xml:lang=\"nl\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>Evaluatie regionale samenwerking ").append(Html.escape(Dutch.date(s.from()))).append(" – ")
                .append(Html.escape(Dutch.date(s.to()))).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        h.append("<h1>Evaluatie van de regionale samenwerking <span class=\"en\">Evaluation of the regional cooperation</span></h1>\n");
        selection(h);
        if (evaluation.isEmpty()) {
            h.append("<p class=\"empty\">").append(Html.escape(cap(Evaluation.NO_RECORDS))).append(". <span class=\"en\">")
                    .append(Html.escape(cap(Evaluation.NO_RECORDS_ENGLISH))).append(".</span></p>\n");
        } else {
            Map<String, Chart> charts = new LinkedHashMap<>();
            for (Chart c : charts(base)) {
                charts.put(c.fileName(), c);
            }
            keyFigures(h);
            leadTimes(h, charts.get(base + "-doorlooptijd.png"));
            councils(h, charts.get(base + "-raden.png"));
            power(h, base, charts);
            criteria(h);
        }
        models(h);
        if (!evaluation.isEmpty()) {
            records(h);
        }
        h.append("<footer><p>Opgesteld met Regiobesluit uit de besluitdossiers (<code>rb:modelCriteria</code>, <code>rb:voteResult</code>). ")
                .append("Aandelen zijn exact berekend; percentages zijn afgerond voor het lezen. ")
                .append("<span class=\"en\">Made with Regiobesluit from the decision records. Shares are exact; percentages are rounded for reading.</span></p></footer>\n");
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private void selection(StringBuilder h) {
        Selection s = evaluation.selection();
        h.append("<table class=\"selection\">\n");
        row(h, "Periode <span class=\"en\">period</span>", Html.escape(Dutch.date(s.from()) + " t/m " + Dutch.date(s.to())));
        row(h, "Samenwerkingsvorm <span class=\"en\">cooperation model</span>",
                s.model() == null ? "alle <span class=\"en\">all</span>" : modelLabel(s.model()));
        row(h, "Thema <span class=\"en\">theme</span>", s.theme() == null ? "alle <span class=\"en\">all</span>" : Html.escape(s.theme()));
        if (s.municipality() != null) {
            row(h, "Gemeente <span class=\"en\">municipality</span>", "besluiten waaraan " + Html.escape(s.municipality())
                    + " deelnam <span class=\"en\">records it took part in</span>");
        }
        row(h, "Aantal besluiten <span class=\"en\">decision records</span>", String.valueOf(evaluation.records().size()));
        h.append("</table>\n");
    }

    private void keyFigures(StringBuilder h) {
        Evaluation e = evaluation;
        h.append("<h2>Kerncijfers <span class=\"en\">Key figures</span></h2>\n<div class=\"cards\">\n");
        card(h, "Doorlooptijd (mediaan)", "lead time (median)", Dutch.decimal(e.leadTimes().median(), scaleOf(e.leadTimes().median())) + " dagen");
        card(h, "Binnen de termijn van twee maanden", "within the two-month target", e.leadTimes().withinTarget().text());
        card(h, "Consensus zonder stemming", "consensus without a vote (where a regional body deliberated)", e.consensus().text());
        card(h, "Regionaal besluit tot stand gekomen", "regional decision taken", e.regionalDecisions().text());
        card(h, "Afwijkingen van het advies die de raad verantwoordde", "deviations from the advice accounted for",
                e.deviations() == 0 ? "geen afwijkingen" : e.deviationsAccountedFor().text());
        card(h, "Eén gemeente doorslaggevend", "one municipality decisive (of the weighted votes)", e.decisiveShare().text());
        card(h, "De regio sprak met één stem", "the region spoke with one voice", e.oneVoice().text());
        h.append("</div>\n");
    }

    private void leadTimes(StringBuilder h, Chart chart) {
        Evaluation.LeadTimes lead = evaluation.leadTimes();
        h.append("<h2>Doorlooptijd <span class=\"en\">Lead time</span></h2>\n");
        h.append("<p>Van indiening tot het laatste raadsbesluit (of het besluit van het regionale orgaan). De termijn voor kaderbesluiten is twee maanden na indiening. ")
                .append("Mediaan ").append(Dutch.decimal(lead.median(), scaleOf(lead.median()))).append(" dagen, gemiddeld ")
                .append(Dutch.decimal(lead.mean(), 1)).append(" dagen, kortste ").append(lead.shortest()).append(", langste ").append(lead.longest())
                .append(" dagen; binnen de termijn: ").append(lead.withinTarget().text()).append(". ")
                .append("<span class=\"en\">From submission to the last council decision (or the regional body's decision); the target is two months.</span></p>\n");
        figure(h, chart);
        h.append("<table>\n<tr><th>dagen <span class=\"en\">days</span></th>");
        lead.buckets().forEach(b -> h.append("<th class=\"num\">").append(Html.escape(b.label())).append("</th>"));
        h.append("</tr>\n<tr><td>besluiten <span class=\"en\">decisions</span></td>");
        lead.buckets().forEach(b -> h.append("<td class=\"num\">").append(b.count()).append("</td>"));
        h.append("</tr>\n</table>\n");
    }

    private void councils(StringBuilder h, Chart chart) {
        h.append("<h2>Besluiten per gemeenteraad <span class=\"en\">Decisions per council</span></h2>\n");
        if (evaluation.councils().isEmpty()) {
            h.append("<p>Geen voorstellen naar de raden gerouteerd. <span class=\"en\">No proposals were routed to councils.</span></p>\n");
            return;
        }
        figure(h, chart);
        h.append("<table>\n<tr><th>gemeenteraad <span class=\"en\">council</span></th>");
        for (CouncilOutcome o : OUTCOMES) {
            h.append("<th class=\"num\">").append(Dutch.outcome(o)).append(" <span class=\"en\">").append(Dutch.outcomeEnglish(o)).append("</span></th>");
        }
        h.append("<th class=\"num\">afwijkingen <span class=\"en\">deviations</span></th><th class=\"num\">waarvan verantwoord <span class=\"en\">accounted for</span></th></tr>\n");
        for (Evaluation.CouncilTally c : evaluation.councils()) {
            h.append("<tr><td>").append(Html.escape(c.municipality())).append("</td>");
            for (CouncilOutcome o : OUTCOMES) {
                h.append("<td class=\"num\">").append(c.count(o)).append("</td>");
            }
            h.append("<td class=\"num\">").append(c.deviations()).append("</td><td class=\"num\">").append(c.deviationsAccountedFor()).append("</td></tr>\n");
        }
        h.append("</table>\n<p>Een afwijking van het advies van de regiocommissie moet de raad verantwoorden in de regiocommissie ('ja, mits'). ")
                .append("Afwijkingen: ").append(evaluation.deviations()).append("; verantwoord: ").append(evaluation.deviationsAccountedFor().text())
                .append(". <span class=\"en\">A council that deviates from the committee's advice accounts for it in the committee.</span></p>\n");
    }

    private void power(StringBuilder h, String base, Map<String, Chart> charts) {
        h.append("<h2>Doorslaggevende gemeente en macht <span class=\"en\">Decisive municipality and power</span></h2>\n");
        Share decisive = evaluation.decisiveShare();
        h.append("<p>Stemmingen met gewogen stemmen: ").append(evaluation.votes()).append(". Eén gemeente was doorslaggevend in ")
                .append(decisive.text()).append(" daarvan");
        if (!evaluation.decisive().isEmpty()) {
            h.append(": ");
            List<String> parts = new ArrayList<>();
            for (Evaluation.DecisiveCount d : evaluation.decisive()) {
                parts.add(Html.escape(d.municipality()) + " " + d.times() + "×");
            }
            h.append(String.join(", ", parts));
        }
        h.append(". <span class=\"en\">Weighted votes, and how often one municipality alone made the difference.</span></p>\n");
        if (evaluation.power().isEmpty()) {
            h.append("<p>Geen gewogen stemmingen in deze selectie. <span class=\"en\">No weighted votes in this selection.</span></p>\n");
            return;
        }
        h.append("<p>Macht is de kans dat een gemeente de uitslag bepaalt (genormaliseerde Banzhaf- en Shapley-Shubik-index, exact berekend), ")
                .append("gemiddeld over de stemmingen onder dezelfde weging en beslisregel. ")
                .append("<span class=\"en\">Power: exact normalized Banzhaf and Shapley-Shubik indices, averaged over the votes under the same scheme and rule.</span></p>\n");
        int n = 1;
        for (Evaluation.PowerUnderRule rule : evaluation.power()) {
            h.append("<h3>").append(Html.escape(cap(Dutch.rule(rule.scheme(), rule.rule())))).append(" <span class=\"en\">")
                    .append(rule.votes()).append(rule.votes() == 1 ? " stemming / vote" : " stemmingen / votes").append("; ")
                    .append(Html.escape(rule.label())).append("</span></h3>\n");
            figure(h, charts.get(base + "-macht-" + n++ + ".png"));
            h.append("<table>\n<tr><th>gemeente <span class=\"en\">municipality</span></th><th class=\"num\">stemmingen <span class=\"en\">votes</span></th>")
                    .append("<th class=\"num\">Banzhaf</th><th class=\"num\">Shapley-Shubik</th></tr>\n");
            for (Evaluation.MeanPower m : rule.municipalities()) {
                h.append("<tr><td>").append(Html.escape(m.municipality())).append("</td><td class=\"num\">").append(m.votes()).append("</td>")
                        .append(exactCell(m.banzhaf())).append(exactCell(m.shapleyShubik())).append("</tr>\n");
            }
            h.append("</table>\n");
        }
    }

    private void criteria(StringBuilder h) {
        h.append("<h2>Toetsingskader: indicatoren per criterium <span class=\"en\">Assessment framework: indicators per criterion</span></h2>\n")
                .append("<p>Per criterium van het toetsingskader de indicatoren uit de routes die erover iets zeggen. Criteria zonder indicator vragen het oordeel van de evaluatoren. ")
                .append("<span class=\"en\">For each criterion, the indicators measured from the routes that inform it; criteria without an indicator need the evaluators' judgment.</span></p>\n")
                .append("<table>\n<tr><th>rol <span class=\"en\">role</span></th><th>criterium <span class=\"en\">criterion</span></th>")
                .append("<th>indicator</th><th>uitkomst <span class=\"en\">result</span></th></tr>\n");
        for (Evaluation.CriterionRow row : evaluation.criteria()) {
            Criterion c = row.criterion();
            int span = Math.max(1, row.figures().size());
            h.append("<tr><td rowspan=\"").append(span).append("\">").append(bilingual(c.role().label())).append("</td><td rowspan=\"")
                    .append(span).append("\">").append(Html.escape(c.label())).append("</td>");
            if (row.figures().isEmpty()) {
                h.append("<td colspan=\"2\" class=\"none\">geen indicator uit de route <span class=\"en\">no indicator measured from routes</span></td></tr>\n");
                continue;
            }
            boolean first = true;
            for (Evaluation.IndicatorFigure f : row.figures()) {
                if (!first) {
                    h.append("<tr>");
                }
                first = false;
                h.append("<td>").append(bilingual(f.indicator().label())).append("</td><td class=\"num\">").append(Html.escape(f.text())).append("</td></tr>\n");
            }
        }
        h.append("</table>\n");
    }

    private void models(StringBuilder h) {
        List<CooperationModel> models = framework.judgedModels();
        h.append("<h2>Vergelijking van samenwerkingsvormen (2017) <span class=\"en\">Comparison of cooperation models (2017)</span></h2>\n")
                .append("<p>De oordelen van de verkenning van 2017 per criterium, van +2 (alleen kansen) tot -2 (alleen kwetsbaarheden). ")
                .append("De score is het gewogen gemiddelde; zonder gewichten wegen alle criteria even zwaar. ")
                .append("<span class=\"en\">The 2017 judgments per criterion (+2 only opportunities … -2 only vulnerabilities); the score is the weighted mean.</span></p>\n");
        h.append("<table>\n<tr><th>criterium <span class=\"en\">criterion</span></th>");
        if (weighted != null) {
            h.append("<th class=\"num\">gewicht <span class=\"en\">weight</span></th>");
        }
        for (CooperationModel m : models) {
            h.append("<th>").append(modelLabel(m)).append("</th>");
        }
        h.append("</tr>\n");
        for (Criterion c : framework.criteria()) {
            if (!c.judged()) {
                continue;
            }
            h.append("<tr><td>").append(Html.escape(c.label())).append("</td>");
            if (weighted != null) {
                h.append("<td class=\"num\">").append(Html.escape(weights.getOrDefault(c.code(), Fraction.ONE).toString())).append("</td>");
            }
            for (CooperationModel m : models) {
                Judgment j = framework.judgment(m, c.code()).orElseThrow();
                h.append("<td class=\"j").append(j.score() + 2).append("\">").append(Html.escape(dutchPart(j.label())))
                        .append(" (").append(j.score() > 0 ? "+" : "").append(j.score()).append(")</td>");
            }
            h.append("</tr>\n");
        }
        scoreRow(h, "score zonder gewichten <span class=\"en\">unweighted score</span>", unweighted);
        if (weighted != null) {
            scoreRow(h, "score met uw gewichten <span class=\"en\">score with your weights</span>", weighted);
        }
        h.append("</table>\n");
        if (weighted == null) {
            h.append("<p>Geen gewichten opgegeven: alle criteria wegen even zwaar. Geef gewichten met <code>--weights criterium=gewicht,...</code>. ")
                    .append("<span class=\"en\">No weights given: every criterion weighs the same.</span></p>\n");
        }
    }

    private void scoreRow(StringBuilder h, String label, List<ModelComparison.ModelScore> scores) {
        h.append("<tr class=\"score\"><td>").append(label).append("</td>");
        if (weighted != null) {
            h.append("<td></td>");
        }
        for (ModelComparison.ModelScore s : scores) {
            h.append("<td class=\"num\" title=\"exact ").append(s.score()).append("\">").append(Html.escape(Dutch.decimal(s.score(), 2)))
                    .append(" <span class=\"exact\">(").append(s.score()).append(")</span></td>");
        }
        h.append("</tr>\n");
    }

    private void records(StringBuilder h) {
        h.append("<h2>Besluiten in deze selectie <span class=\"en\">Decision records in this selection</span></h2>\n<table class=\"records\">\n")
                .append("<tr><th>besloten <span class=\"en\">decided</span></th><th>kenmerk <span class=\"en\">id</span></th><th>titel <span class=\"en\">title</span></th>")
                .append("<th>samenwerkingsvorm <span class=\"en\">model</span></th><th>thema <span class=\"en\">theme</span></th>")
                .append("<th class=\"num\">dagen <span class=\"en\">days</span></th><th>termijn <span class=\"en\">target</span></th>")
                .append("<th>uitkomst <span class=\"en\">outcome</span></th></tr>\n");
        for (RecordSummary r : evaluation.records()) {
            h.append("<tr><td class=\"day\">").append(r.decidedOn()).append("</td><td>").append(Html.escape(r.id())).append("</td><td>")
                    .append(Html.escape(r.title())).append("</td><td>").append(Html.escape(Dutch.model(r.model()))).append("</td><td>")
                    .append(Html.escape(r.ambition() == null ? "" : r.ambition())).append("</td><td class=\"num\">")
                    .append(r.indicators().leadTimeDays()).append("</td><td>").append(r.indicators().metTarget() ? "gehaald" : "overschreden")
                    .append("</td><td>").append(r.outcome() == RoutePolicy.RecordOutcome.REGIONAL_DECISION_TAKEN
                            ? "regionaal besluit" : "geen regionaal besluit").append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void figure(StringBuilder h, Chart chart) {
        if (chart == null) {
            return;
        }
        h.append("<figure>\n").append(chart.svg()).append("\n<figcaption>").append(Html.escape(chart.title()))
                .append(" — <a href=\"").append(Html.escape(chart.fileName())).append("\">afbeelding (PNG) <span class=\"en\">image</span></a></figcaption>\n</figure>\n");
    }

    private static void row(StringBuilder h, String label, String value) {
        h.append("<tr><th>").append(label).append("</th><td>").append(value).append("</td></tr>\n");
    }

    private static void card(StringBuilder h, String dutch, String english, String value) {
        h.append("<div class=\"card\"><div class=\"value\">").append(Html.escape(value)).append("</div><div>").append(Html.escape(dutch))
                .append(" <span class=\"en\">").append(Html.escape(english)).append("</span></div></div>\n");
    }

    private static String exactCell(Fraction f) {
        return "<td class=\"num\" title=\"exact " + f + "\">" + Html.escape(Dutch.percent(f)) + "</td>";
    }

    private static String modelLabel(CooperationModel m) {
        return Html.escape(Dutch.model(m)) + " <span class=\"en\">" + Html.escape(Dutch.modelEnglish(m)) + "</span>";
    }

    /** "dutch / english" labels of the domain enums, as Dutch with the English in small print. */
    private static String bilingual(String label) {
        int slash = label.indexOf(" / ");
        return slash < 0 ? Html.escape(label)
                : Html.escape(label.substring(0, slash)) + " <span class=\"en\">" + Html.escape(label.substring(slash + 3)) + "</span>";
    }

    private static String dutchPart(String label) {
        int slash = label.indexOf(" / ");
        return slash < 0 ? label : label.substring(0, slash);
    }

    private static int scaleOf(Fraction f) {
        return f.denominator().equals(java.math.BigInteger.ONE) ? 0 : 1;
    }

    private static String cap(String s) {
        return (Character.toUpperCase(s.charAt(0)) + s.substring(1));
    }

    private static final String CSS = """
            body { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; color: #1f2933; max-width: 980px; margin: 2em auto; padding: 0 1em; line-height: 1.45; }
            h1 { font-size: 1.7em; border-bottom: 3px solid #0072b2; padding-bottom: .3em; }
            h2 { font-size: 1.3em; margin-top: 2em; border-bottom: 1px solid #d9dee3; }
            h3 { font-size: 1.05em; }
            .en { color: #66727f; font-size: .8em; font-weight: normal; }
            h1 .en, h2 .en { display: block; }
            table { border-collapse: collapse; margin: .8em 0; width: 100%; }
            th, td { border: 1px solid #d9dee3; padding: .35em .55em; text-align: left; vertical-align: top; }
            th { background: #f2f5f7; }
            td.num, th.num { text-align: right; }
            table.selection { width: auto; }
            table.selection th { width: 16em; }
            .cards { display: flex; flex-wrap: wrap; gap: .8em; }
            .card { flex: 1 1 14em; border: 1px solid #d9dee3; border-left: 5px solid #0072b2; padding: .6em .8em; }
            .card .value { font-size: 1.25em; font-weight: bold; }
            .empty { font-size: 1.2em; border: 2px solid #e69f00; padding: 1em; }
            .none { color: #66727f; font-style: italic; }
            .exact { color: #66727f; font-size: .8em; }
            table.records { font-size: .8em; } table.records td { overflow-wrap: anywhere; } td.day { white-space: nowrap; }
            tr.score td { font-weight: bold; background: #f2f5f7; }
            td.j4 { background: #d4efe6; } td.j3 { background: #e8f6f1; } td.j2 { background: #ffffff; } td.j1 { background: #fbe7dc; } td.j0 { background: #f6cdb5; }
            figure { margin: 1em 0; } figure svg { max-width: 100%; height: auto; border: 1px solid #d9dee3; }
            figcaption { font-size: .85em; color: #66727f; }
            footer { margin-top: 3em; font-size: .85em; color: #66727f; border-top: 1px solid #d9dee3; }
            @media print { body { margin: 0; } h2 { page-break-after: avoid; } figure, table { page-break-inside: avoid; } }
            """;
}
