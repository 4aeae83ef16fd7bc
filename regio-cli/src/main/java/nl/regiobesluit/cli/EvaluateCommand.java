package nl.regiobesluit.cli;

import nl.regiobesluit.criteria.AssessmentFramework;
import nl.regiobesluit.criteria.evaluation.Evaluation;
import nl.regiobesluit.criteria.evaluation.EvaluationReport;
import nl.regiobesluit.criteria.evaluation.RecordSummary;
import nl.regiobesluit.criteria.evaluation.Selection;
import nl.regiobesluit.archive.RecordQuery;
import nl.regiobesluit.routing.CooperationModel;
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
 */
final class EvaluateCommand {

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
        List<Path> written;
        try {
            written = report.write(outFile);
        } catch (IOException e) {
            throw new CliFailure(outFile + ": cannot write the report: " + e.getMessage());
        }
        out.println("rapport / report: " + written.get(0) + " (" + evaluation.records().size() + " van " + records.size()
                + " besluiten / records" + (evaluation.isEmpty() ? "; " + Evaluation.NO_RECORDS : "") + ")");
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
