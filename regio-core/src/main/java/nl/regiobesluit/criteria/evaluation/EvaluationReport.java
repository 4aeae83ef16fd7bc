package nl.regiobesluit.criteria.evaluation;

import freemarker.template.Configuration;
import freemarker.template.Template;
import nl.regiobesluit.shared.report.ReportFiles;
import freemarker.template.TemplateException;
import nl.regiobesluit.criteria.AssessmentFramework;
import nl.regiobesluit.criteria.ModelComparison;
import nl.regiobesluit.shared.Fraction;
import nl.regiobesluit.shared.Result;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The evaluation as a council receives it: one self-contained HTML file (inline CSS, charts inline as PNG), Dutch
 * first with English in smaller print, and each chart also as a PNG beside it for memos and slides. The HTML comes
 * from the FreeMarker template {@code evaluation-report.ftlh} (FreeMarker is what Alfresco renders its own e-mails and
 * pages with), the charts from JFreeChart, the words for stored codes from the {@code evaluation-report} bundles.
 * The same input gives the same bytes: no clock, no random identifiers, records in a fixed order.
 */
public final class EvaluationReport {

    /** A chart of the report: the file name of its PNG (beside the HTML), its title in both languages and the PNG bytes. */
    public record Chart(String fileName, Words title, byte[] png) {
    }

    private static final Configuration TEMPLATES = templates();

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
        String base = ReportFiles.baseName(htmlFile);
        List<Chart> charts = charts(base);
        return ReportFiles.write(htmlFile, html(base, charts),
                charts.stream().map(c -> new ReportFiles.Png(c.fileName(), c.png())).toList());
    }

    /** The charts of the report, one per figure; none when the selection is empty. PNG names start with {@code base}. */
    public List<Chart> charts(String base) {
        return new ReportCharts(evaluation, ReportText.load()).figures().stream()
                .map(f -> new Chart(base + "-" + f.name() + ".png", f.title(), f.png())).toList();
    }

    /** The HTML; PNG links point to {@code <base>-<chart>.png} beside the file. */
    public String html(String base) {
        return html(base, charts(base));
    }

    private String html(String base, List<Chart> charts) {
        Map<String, Object> model = new ReportModel(evaluation, framework, weights, unweighted, weighted, ReportText.load()).build(base, charts);
        StringWriter out = new StringWriter();
        try {
            Template template = TEMPLATES.getTemplate("evaluation-report.ftlh");
            template.process(model, out);
        } catch (IOException e) {
            throw new UncheckedIOException("the report template cannot be read", e);
        } catch (TemplateException e) {
            // The template ships with the code: an error in it is a bug, not bad input.
            throw new IllegalStateException("the report template failed: " + e.getMessage(), e);
        }
        return out.toString();
    }

    private static Configuration templates() {
        return ReportFiles.templates(EvaluationReport.class, ReportText.DUTCH);
    }
}
