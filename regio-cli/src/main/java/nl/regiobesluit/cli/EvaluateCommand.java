package nl.regiobesluit.cli;

import nl.regiobesluit.criteria.AssessmentFramework;
import nl.regiobesluit.criteria.evaluation.Evaluation;
import nl.regiobesluit.criteria.evaluation.EvaluationReport;
import nl.regiobesluit.criteria.evaluation.RecordSummary;
import nl.regiobesluit.criteria.evaluation.Selection;
import nl.regiobesluit.criteria.evaluation.Words;
import nl.regiobesluit.archive.RecordQuery;
import nl.regiobesluit.routing.CooperationModel;
import nl.regiobesluit.shared.Problem;
import nl.regiobesluit.shared.Result;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * {@code ./regio evaluate}: the evaluation report for councils and the steering group over the decision records of a
 * period, written as one self-contained HTML file with the charts also as PNG files beside it.
 * <p>
 * A selection that matches no record writes nothing and exits {@value #NOTHING_SELECTED}: like grep's 1 for "no line
 * matched" and this command line's own 1 for "verify: differs" and "export: some left out", the command ran on valid
 * input but has no result to give; 2 stays for input that is wrong in itself. A script can tell the two apart, and an
 * earlier report under the same name is not overwritten by an empty one.
 */
final class EvaluateCommand {

    static final int NOTHING_SELECTED = 1;

    private final PrintStream out;

    EvaluateCommand(PrintStream out) {
        this.out = out;
    }

    int run(List<String> args) {
        Options o = Options.parse(args, Set.of("records", "alfresco", "user", "from", "to", "model", "theme", "municipality", "weights", "out"));
        if ((o.get("records") == null) == (o.get("alfresco") == null)) {
            throw new CliFailure("give either --records FILE or --alfresco URL (the decision records to evaluate)");
        }
        Path outFile = Path.of(o.required("out"));
        LocalDate from = date(o, "from");
        LocalDate to = date(o, "to");
        CooperationModel model = model(o.get("model"));
        Selection selection = Inputs.orFail(Selection.of(from, to, model, o.get("theme"), o.get("municipality")).withSource("--from/--to"));
        List<RecordSummary> records = o.get("records") != null
                ? Inputs.orFail(RecordsJson.read(Path.of(o.get("records"))))
                : fromAlfresco(o, from, to, model);
        AssessmentFramework framework = AssessmentFramework.shipped();
        Evaluation evaluation = Evaluation.of(selection, records, framework);
        EvaluationReport report = Inputs.orFail(EvaluationReport.create(evaluation, framework, o.get("weights", "")).withSource("--weights"));
        if (evaluation.isEmpty()) {
            out.println(nothingSelected(selection, records).describe());
            return NOTHING_SELECTED;
        }
        // JFreeChart draws with Java2D; a command line has no display to open (and must not try a stale DISPLAY).
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        List<Path> written;
        try {
            written = report.write(outFile);
        } catch (IOException e) {
            throw new CliFailure(outFile + ": cannot write the report: " + e.getMessage());
        }
        out.println("rapport / report: " + written.get(0) + " (" + evaluation.records().size() + " van " + records.size()
                + " besluiten / records)");
        for (Path png : written.subList(1, written.size())) {
            out.println("afbeelding / image: " + png);
        }
        return 0;
    }

    /**
     * The decision records of the period (and model) as Alfresco stores them, each read with its route. A record that
     * lacks what the evaluation counts (its indicators not yet measured, say) is named and left out.
     */
    private List<RecordSummary> fromAlfresco(Options o, LocalDate from, LocalDate to, CooperationModel model) {
        String afts = Inputs.orFail(RecordQuery.of(o.get("municipality"), null, null, model == null ? null : model.name(), null, from.toString(),
                to.toString(), null)).afts();
        List<RecordSummary> records = new ArrayList<>();
        for (RecordBundle bundle : new AlfrescoRecords(AlfrescoClient.from(o), afts, "rb:decidedOn", true, 100)) {
            Result<RecordSummary> summary = RecordSummaries.summary(bundle);
            if (summary.isOk()) {
                records.add(summary.value());
            } else {
                summary.problems().forEach(p -> out.println("overgeslagen / left out: " + p.describe()));
            }
        }
        return records;
    }

    /**
     * One line that says what matched nothing: the period itself, or the filters on the records the period holds,
     * e.g. "geen van de 4 besluiten in de periode past bij thema 'wonnen'; geen rapport geschreven / none of the 4 ...".
     */
    static Problem nothingSelected(Selection selection, List<RecordSummary> records) {
        Selection periodOnly = Selection.of(selection.from(), selection.to(), null, null, null).value();
        long inPeriod = records.stream().filter(periodOnly::includes).count();
        String period = selection.from() + " t/m " + selection.to();
        String periodEn = selection.from() + " to " + selection.to();
        if (inPeriod == 0 || selection.filters().isEmpty()) {
            return Problem.bilingual("geen besluiten in de periode " + period + " (van de " + records.size() + " gelezen); geen rapport geschreven",
                    "no decision records in the period " + periodEn + " (of " + records.size() + " read); no report written");
        }
        List<Words> filters = selection.filters();
        return Problem.bilingual("geen van de " + inPeriod + " besluiten in de periode " + period + " past bij "
                        + String.join(" en ", filters.stream().map(Words::nl).toList()) + "; geen rapport geschreven",
                "none of the " + inPeriod + " decision records in the period " + periodEn + " matches "
                        + String.join(" and ", filters.stream().map(Words::en).toList()) + "; no report written");
    }

    private static LocalDate date(Options o, String name) {
        String text = o.required(name);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CliFailure("option --" + name + ": not a date (YYYY-MM-DD): '" + text + "'");
        }
    }

    private static CooperationModel model(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return CooperationModel.parse(text.trim().toUpperCase(java.util.Locale.ROOT)).orElseThrow(() -> new CliFailure(
                "option --model: unknown cooperation model '" + text + "' (expected "
                        + String.join(", ", Arrays.stream(CooperationModel.values()).map(Enum::name).toList()) + ")"));
    }
}
