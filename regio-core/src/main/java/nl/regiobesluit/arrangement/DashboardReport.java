package nl.regiobesluit.arrangement;

import freemarker.template.Configuration;
import freemarker.template.Template;
import nl.regiobesluit.shared.report.ReportFiles;
import freemarker.template.TemplateException;
import nl.regiobesluit.criteria.evaluation.Words;
import nl.regiobesluit.shared.Problem;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The dashboard as the college sends it to the council twice a year: one self-contained HTML file (inline CSS, charts
 * inline as PNG and beside it as files), Dutch first with English in smaller print, laid out by the FreeMarker template
 * {@code dashboard.ftlh} as the evaluation report is. Same input, same bytes: no clock, fixed order.
 */
public final class DashboardReport {

    /** A chart: its PNG file name (beside the HTML), title and bytes. */
    public record Chart(String fileName, Words title, byte[] png, int height) {
        public String dataUri() {
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
        }

        public int width() {
            return DashboardCharts.WIDTH;
        }

    }

    /** A row of the arrangements table, every value written out. */
    public record Row(String name, Words legalForm, String participants, String budgetShare, String voteWeight, String abMembers,
                      String dbMembers, int meetings, int papersInTime, int papersLate, int papersUnknown, int instructionsInTime,
                      int instructionsLate, int instructionsOpen, int instructionsMissed, int reportedBack, int procedures,
                      int zienswijzenGiven, int zienswijzenOutOfTime, int zienswijzenNone, int zienswijzenPending, int boardAdopted,
                      int boardPartlyAdopted, int boardNotAdopted, int boardNotAnswered, int boardAnswers, String evaluationDue,
                      Words evaluation) {
    }

    /** A deadline, written out. */
    public record Due(String date, String arrangement, Words what, String basis) {
    }

    /** A proposal's toetsingskader, written out. */
    public record Proposal(String name, Words action, String arrangement, Words state, int answered, int notApplicable, int open,
                           List<String> problems, List<Question> questions) {
    }

    public record Question(Words part, String id, Words question, Words answer, String text) {
    }

    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", NL);
    private static final Configuration TEMPLATES = templates();

    private final Dashboard dashboard;
    private final List<Problem> warnings;

    public DashboardReport(Dashboard dashboard) {
        this(dashboard, List.of());
    }

    /**
     * @param warnings what a reader of the figures should know first, e.g. vote weights that differ from the weighting
     *                 engine ({@link VoteWeightsCheck}); shown at the top of the report, Dutch with English
     */
    public DashboardReport(Dashboard dashboard, List<Problem> warnings) {
        this.dashboard = dashboard;
        this.warnings = List.copyOf(warnings);
    }

    /** Writes the HTML and each chart as {@code <name>-<chart>.png} beside it; returns the files, the HTML first. */
    public List<Path> write(Path htmlFile) throws IOException {
        List<Chart> charts = charts(ReportFiles.baseName(htmlFile));
        return ReportFiles.write(htmlFile, html(charts),
                charts.stream().map(c -> new ReportFiles.Png(c.fileName(), c.png())).toList());
    }

    public List<Chart> charts(String base) {
        return new DashboardCharts(dashboard).figures().stream()
                .map(f -> new Chart(base + "-" + f.name() + ".png", f.title(), f.png(), f.height())).toList();
    }

    public String html(List<Chart> charts) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("municipality", dashboard.municipality());
        model.put("on", date(dashboard.on()));
        model.put("horizon", date(dashboard.horizon()));
        model.put("charts", charts);
        model.put("warnings", warnings.stream().map(w -> new Words(w.inDutch(), w.inEnglish())).toList());
        model.put("rows", dashboard.arrangements().stream().map(DashboardReport::row).toList());
        model.put("upcoming", dashboard.upcoming().stream().map(d -> new Due(date(d.date()), d.arrangement(),
                new Words(d.whatNl(), d.whatEn()), d.basis())).toList());
        model.put("proposals", dashboard.proposals().stream().map(DashboardReport::proposal).toList());
        model.put("cards", List.of(
                card(dashboard.arrangements().size(), "regelingen", "arrangements"),
                card(dashboard.totalMeetings(), "vergaderingen", "meetings"),
                card(dashboard.totalPapersInTime(), "stukken op tijd", "papers in time"),
                card(dashboard.totalPapersLate(), "stukken te laat", "papers late"),
                card(dashboard.totalInstructionsGiven(), "instructies gegeven", "instructions given"),
                card(dashboard.totalInstructionsMissed(), "instructies gemist", "instructions missed"),
                card(dashboard.totalZienswijzenGiven(), "zienswijzen gegeven", "zienswijzen given"),
                card(dashboard.totalEvaluationsDue(), "evaluaties nu aan de orde", "evaluations due now")));
        StringWriter out = new StringWriter();
        try {
            Template template = TEMPLATES.getTemplate("dashboard.ftlh");
            template.process(model, out);
        } catch (IOException e) {
            throw new UncheckedIOException("the dashboard template cannot be read", e);
        } catch (TemplateException e) {
            throw new IllegalStateException("the dashboard template failed: " + e.getMessage(), e);
        }
        return out.toString();
    }

    private static Map<String, Object> card(int value, String nl, String en) {
        return Map.of("value", value, "label", new Words(nl, en));
    }

    private static Row row(Dashboard.ArrangementFigures f) {
        return new Row(f.name(), new Words(f.legalForm().dutch(), f.legalForm().english()), String.valueOf(f.participants()),
                f.budgetShare().map(s -> decimal(s) + "%" + f.budgetYear().map(y -> " (" + y + ")").orElse("")).orElse("\u2013"),
                f.voteWeightPercent().map(w -> decimal(w) + "%").orElse("\u2013"),
                f.abMembers().isEmpty() ? "\u2013" : String.join(", ", f.abMembers()),
                f.dbMembers().isEmpty() ? "\u2013" : String.join(", ", f.dbMembers()),
                f.meetings(), f.papersInTime(), f.papersLate(), f.papersUnknown(), f.instructionsInTime(), f.instructionsLate(),
                f.instructionsOpen(), f.instructionsMissed(), f.reportedBack(), f.procedures(), f.zienswijzenGiven(),
                f.zienswijzenOutOfTime(), f.zienswijzenNone(), f.zienswijzenPending(), f.boardAdopted(), f.boardPartlyAdopted(),
                f.boardNotAdopted(), f.boardNotAnswered(), f.boardAnswers(), f.evaluationDue().map(DashboardReport::date).orElse("\u2013"),
                evaluation(f.evaluation()));
    }

    private static Words evaluation(EvaluationPolicy.Status s) {
        return switch (s) {
            case OVERDUE -> new Words("achterstallig", "overdue");
            case DUE -> new Words("nu aan de orde", "due now");
            case SOON -> new Words("binnenkort", "soon");
            case NOT_DUE -> new Words("nog niet", "not yet");
        };
    }

    private static Proposal proposal(Dashboard.ProposalChecklist p) {
        Words action = p.action().map(DashboardReport::action).orElse(Words.same("\u2013"));
        Words state = p.complete() ? new Words("compleet", "complete") : new Words("niet compleet", "not complete");
        List<Question> qs = p.rows().stream().map(r -> new Question(new Words(r.partNl(), r.partEn()), r.id(),
                new Words(r.questionNl(), r.questionEn()), answer(r.answer()), r.text())).toList();
        return new Proposal(p.name(), action, p.arrangement().orElse("\u2013"), state, p.answered(), p.notApplicable(), p.open(),
                p.problems(), qs);
    }

    private static Words action(CooperationAction a) {
        return switch (a) {
            case START -> new Words("aangaan", "start");
            case JOIN -> new Words("toetreden", "join");
            case CHANGE -> new Words("wijzigen", "change");
            case LEAVE -> new Words("uittreden", "leave");
        };
    }

    private static Words answer(Dashboard.Answer a) {
        return switch (a) {
            case ANSWERED -> new Words("beantwoord", "answered");
            case NOT_APPLICABLE -> new Words("n.v.t.", "not applicable");
            case OPEN -> new Words("open", "open");
        };
    }

    static String date(LocalDate d) {
        return DATE.format(d);
    }

    static String decimal(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static Configuration templates() {
        return ReportFiles.templates(DashboardReport.class, NL);
    }

}
