package nl.regiobesluit.criteria.evaluation;

import nl.regiobesluit.criteria.AssessmentFramework;
import nl.regiobesluit.criteria.Criterion;
import nl.regiobesluit.criteria.Judgment;
import nl.regiobesluit.criteria.ModelComparison;
import nl.regiobesluit.routing.CooperationModel;
import nl.regiobesluit.routing.CouncilOutcome;
import nl.regiobesluit.shared.Fraction;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the report's template shows, worked out here so that the template only lays it out: every number already
 * written the Dutch way, every stored code already in words ({@link ReportText}). The rows are public records because
 * the template reads them.
 */
public final class ReportModel {

    /** A key figure: the value and what it measures. */
    public record Card(String value, Words label) {
    }

    /** A chart in the HTML: the PNG beside the file and the same PNG inline, so the file stands on its own. */
    public record Figure(String fileName, Words title, String dataUri, int width, int height) {
    }

    public record Bucket(String label, long count) {
    }

    public record CouncilRow(String municipality, List<Long> counts, long deviations, long accountedFor) {
    }

    public record PowerRow(String municipality, int votes, String banzhaf, String banzhafExact, String shapleyShubik, String shapleyShubikExact) {
    }

    public record RuleSection(Words heading, Words explained, int votes, Figure figure, List<PowerRow> rows) {
    }

    public record IndicatorRow(Words indicator, String result) {
    }

    public record CriterionRow(Words role, Words criterion, List<IndicatorRow> indicators) {
    }

    public record JudgmentCell(int level, Words judgment, String score) {
    }

    public record ModelRow(Words criterion, String weight, List<JudgmentCell> cells) {
    }

    public record ScoreCell(String decimal, String exact) {
    }

    public record RecordRow(String decidedOn, String id, String title, Words model, String theme, Words ambition, Words domain,
                            long days, Words target, Words outcome) {
    }

    private final Evaluation evaluation;
    private final AssessmentFramework framework;
    private final Map<String, Fraction> weights;
    private final List<ModelComparison.ModelScore> unweighted;
    private final List<ModelComparison.ModelScore> weighted;
    private final ReportText text;

    ReportModel(Evaluation evaluation, AssessmentFramework framework, Map<String, Fraction> weights,
                List<ModelComparison.ModelScore> unweighted, List<ModelComparison.ModelScore> weighted, ReportText text) {
        this.evaluation = evaluation;
        this.framework = framework;
        this.weights = weights;
        this.unweighted = unweighted;
        this.weighted = weighted;
        this.text = text;
    }

    Map<String, Object> build(String base, List<EvaluationReport.Chart> charts) {
        Map<String, Figure> figures = new LinkedHashMap<>();
        for (EvaluationReport.Chart c : charts) {
            figures.put(c.fileName(), new Figure(c.fileName(), c.title(),
                    "data:image/png;base64," + Base64.getEncoder().encodeToString(c.png()), ReportCharts.WIDTH, ReportCharts.HEIGHT));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        Selection s = evaluation.selection();
        m.put("period", Dutch.date(s.from()) + " t/m " + Dutch.date(s.to()));
        m.put("model", s.model() == null ? null : text.model(s.model()));
        m.put("theme", clean(s.theme()));
        m.put("municipality", clean(s.municipality()));
        m.put("count", evaluation.records().size());
        m.put("empty", evaluation.isEmpty());
        m.put("noRecords", new Words(Evaluation.NO_RECORDS, Evaluation.NO_RECORDS_ENGLISH).capitalized());
        if (!evaluation.isEmpty()) {
            m.put("cards", cards());
            m.put("lead", lead(figures.get(base + "-doorlooptijd.png")));
            m.put("councils", councils(figures.get(base + "-raden.png")));
            m.put("power", power(base, figures));
            m.put("criteria", criteria());
            m.put("records", records());
        }
        m.put("comparison", comparison());
        return m;
    }

    private List<Card> cards() {
        Evaluation e = evaluation;
        Fraction median = e.leadTimes().median();
        return List.of(
                new Card(Dutch.decimal(median, scaleOf(median)) + " dagen", new Words("Doorlooptijd (mediaan)", "lead time (median)")),
                new Card(e.leadTimes().withinTarget().text(), new Words("Binnen de termijn van twee maanden", "within the two-month target")),
                new Card(e.consensus().text(), new Words("Consensus zonder stemming", "consensus without a vote (where a regional body deliberated)")),
                new Card(e.regionalDecisions().text(), new Words("Regionaal besluit tot stand gekomen", "regional decision taken")),
                new Card(e.deviations() == 0 ? "geen afwijkingen" : e.deviationsAccountedFor().text(),
                        new Words("Afwijkingen van het advies die de raad verantwoordde", "deviations from the advice accounted for")),
                new Card(e.decisiveShare().text(), new Words("Eén gemeente doorslaggevend", "one municipality decisive (of the weighted votes)")),
                new Card(e.oneVoice().text(), new Words("De regio sprak met één stem", "the region spoke with one voice")));
    }

    private Map<String, Object> lead(Figure figure) {
        Evaluation.LeadTimes lead = evaluation.leadTimes();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("median", Dutch.decimal(lead.median(), scaleOf(lead.median())));
        m.put("mean", Dutch.decimal(lead.mean(), 1));
        m.put("shortest", lead.shortest());
        m.put("longest", lead.longest());
        m.put("withinTarget", lead.withinTarget().text());
        m.put("buckets", lead.buckets().stream().map(b -> new Bucket(b.label(), b.count())).toList());
        m.put("figure", figure);
        return m;
    }

    private Map<String, Object> councils(Figure figure) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Words> outcomes = new ArrayList<>();
        for (CouncilOutcome o : ReportCharts.OUTCOMES) {
            outcomes.add(text.councilOutcome(o));
        }
        m.put("outcomes", outcomes);
        m.put("rows", evaluation.councils().stream().map(c -> new CouncilRow(clean(c.municipality()),
                Arrays.stream(ReportCharts.OUTCOMES).map(c::count).toList(), c.deviations(), c.deviationsAccountedFor())).toList());
        m.put("deviations", evaluation.deviations());
        m.put("accountedFor", evaluation.deviationsAccountedFor().text());
        m.put("figure", figure);
        return m;
    }

    private Map<String, Object> power(String base, Map<String, Figure> figures) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("votes", evaluation.votes());
        m.put("decisiveShare", evaluation.decisiveShare().text());
        m.put("decisive", evaluation.decisive().stream().map(d -> clean(d.municipality()) + " " + d.times() + "×").toList());
        List<RuleSection> rules = new ArrayList<>();
        int n = 1;
        for (Evaluation.PowerUnderRule rule : evaluation.power()) {
            Words scheme = text.scheme(rule.scheme());
            Words words = text.rule(rule.rule());
            Words heading = new Words(scheme.nl() + ", " + words.nl(), scheme.en() + ", " + words.en()).capitalized();
            List<PowerRow> rows = rule.municipalities().stream().map(p -> new PowerRow(clean(p.municipality()), p.votes(),
                    Dutch.percent(p.banzhaf()), p.banzhaf().toString(), Dutch.percent(p.shapleyShubik()), p.shapleyShubik().toString())).toList();
            rules.add(new RuleSection(heading, text.schemeExplained(rule.scheme()), rule.votes(), figures.get(base + "-macht-" + n++ + ".png"), rows));
        }
        m.put("rules", rules);
        return m;
    }

    private List<CriterionRow> criteria() {
        return evaluation.criteria().stream().map(row -> new CriterionRow(text.role(row.criterion().role()), text.criterion(row.criterion().code()),
                row.figures().stream().map(f -> new IndicatorRow(text.indicator(f.indicator()), f.text())).toList())).toList();
    }

    private Map<String, Object> comparison() {
        List<CooperationModel> models = framework.judgedModels();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("models", models.stream().map(text::model).toList());
        m.put("weighted", weighted != null);
        List<ModelRow> rows = new ArrayList<>();
        for (Criterion c : framework.criteria()) {
            if (!c.judged()) {
                continue;
            }
            List<JudgmentCell> cells = new ArrayList<>();
            for (CooperationModel model : models) {
                Judgment j = framework.judgment(model, c.code()).orElseThrow();
                cells.add(new JudgmentCell(j.score() + 2, text.judgment(j), (j.score() > 0 ? "+" : "") + j.score()));
            }
            rows.add(new ModelRow(text.criterion(c.code()), weights.getOrDefault(c.code(), Fraction.ONE).toString(), cells));
        }
        m.put("rows", rows);
        m.put("unweighted", scores(unweighted));
        m.put("weightedScores", weighted == null ? List.of() : scores(weighted));
        return m;
    }

    private static List<ScoreCell> scores(List<ModelComparison.ModelScore> scores) {
        return scores.stream().map(s -> new ScoreCell(Dutch.decimal(s.score(), 2), s.score().toString())).toList();
    }

    private List<RecordRow> records() {
        return evaluation.records().stream().map(r -> new RecordRow(Dutch.date(r.decidedOn()), clean(r.id()), clean(r.title()), text.model(r.model()),
                r.theme() == null ? "" : clean(r.theme()), text.ambition(r.ambition()), text.policyDomain(r.policyDomain()), r.indicators().leadTimeDays(),
                r.indicators().metTarget() ? new Words("gehaald", "met") : new Words("overschreden", "missed"),
                text.recordOutcome(r.outcome()))).toList();
    }

    /**
     * Text from a record as the template may show it: the template escapes markup, but XML has no escape for control
     * characters, and one stray in a title must not make the XHTML unreadable.
     */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(c -> b.appendCodePoint(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c));
        return b.toString();
    }

    private static int scaleOf(Fraction f) {
        return f.denominator().equals(BigInteger.ONE) ? 0 : 1;
    }
}
