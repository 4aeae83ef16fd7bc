package nl.regiobesluit.cli;

import nl.regiobesluit.arrangement.Dashboard;
import nl.regiobesluit.arrangement.DashboardReport;
import nl.regiobesluit.arrangement.EvaluationPolicy;
import nl.regiobesluit.arrangement.GrRecords;
import nl.regiobesluit.arrangement.GrRecordsJson;
import nl.regiobesluit.arrangement.InstructionPolicy;
import nl.regiobesluit.arrangement.JointArrangement;
import nl.regiobesluit.arrangement.LegalCalendar;
import nl.regiobesluit.arrangement.SummerRecess;
import nl.regiobesluit.arrangement.Toetsingskader;
import nl.regiobesluit.arrangement.VoteWeightsCheck;
import nl.regiobesluit.arrangement.WgrTerms;
import nl.regiobesluit.shared.Excerpt;
import nl.regiobesluit.shared.Problem;
import nl.regiobesluit.shared.Result;
import nl.regiobesluit.voting.Composition;
import nl.regiobesluit.voting.CompositionCsv;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code ./regio dashboard}: the half-yearly dashboard of a council's joint arrangements (issue 15), one HTML file with
 * the charts as PNG beside it, from a records file ({@value GrRecordsJson#FORMAT}) or from Alfresco's register.
 * A council that takes part in no arrangement and has no proposal with a toetsingskader gets no report and exit
 * {@value #NOTHING_SELECTED}, as {@code evaluate} does for an empty selection.
 */
final class DashboardCommand {

    static final int NOTHING_SELECTED = 1;

    private final PrintStream out;

    DashboardCommand(PrintStream out) {
        this.out = out;
    }

    int run(List<String> args) {
        Options o = Options.parse(args, Set.of("municipality", "on", "records", "alfresco", "user", "out", "horizon-months",
                "preparation-days", "recess", "framework-weeks", "decree-days", "composition"));
        if ((o.get("records") == null) == (o.get("alfresco") == null)) {
            throw CliFailure.bilingual("geef --records BESTAND of --alfresco URL (het register van de regelingen)",
                    "give either --records FILE or --alfresco URL (the register of the arrangements)");
        }
        String municipality = o.required("municipality").strip();
        if (municipality.isEmpty()) {
            throw CliFailure.bilingual("optie --municipality: geen gemeente gegeven", "option --municipality: no municipality given");
        }
        LocalDate on = date(o.required("on"), "on");
        Path outFile = Path.of(o.required("out"));
        int horizon = whole(o.get("horizon-months", String.valueOf(Dashboard.DEFAULT_HORIZON_MONTHS)), "horizon-months", 1, 60);
        int preparation = whole(o.get("preparation-days", String.valueOf(InstructionPolicy.DEFAULT_PREPARATION_DAYS)), "preparation-days", 0, 365);
        // The same default as the service's regiobesluit.arrangements.framework-zienswijze-weeks (review #21).
        int frameworkWeeks = whole(o.get("framework-weeks", String.valueOf(WgrTerms.DEFAULT_ARRANGEMENT_ZIENSWIJZE_WEEKS)),
                "framework-weeks", 1, 52);
        SummerRecess recess = recess(o.get("recess"));
        GrRecords records = o.get("records") != null ? readFile(Path.of(o.get("records")))
                : Inputs.orFail(GrRecordsJson.read(new AlfrescoArrangements(AlfrescoClient.from(o)).records(), o.get("alfresco")));
        Dashboard dashboard = Dashboard.of(records, municipality, on, horizon, new InstructionPolicy(preparation),
                new WgrTerms(new LegalCalendar(decreeDays(o.get("decree-days"))), recess), EvaluationPolicy.standard(), Toetsingskader.shipped(), frameworkWeeks);
        if (dashboard.arrangements().isEmpty() && dashboard.proposals().isEmpty()) {
            out.println(Problem.bilingual(municipality + " neemt aan geen van de " + records.arrangements().size()
                            + " regelingen deel en geen voorstel met toetsingskader betreft haar; geen dashboard geschreven",
                    municipality + " takes part in none of the " + records.arrangements().size()
                            + " arrangements and no proposal with a checklist concerns it; no dashboard written").describe());
            return NOTHING_SELECTED;
        }
        List<Problem> weightWarnings = o.get("composition") == null ? List.of()
                : weightWarnings(records, municipality, on, Path.of(o.get("composition")));
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        List<Path> written;
        try {
            written = new DashboardReport(dashboard, weightWarnings).write(outFile);
        } catch (IOException e) {
            throw CliFailure.bilingual(outFile + ": kan het dashboard niet schrijven: " + e.getMessage(),
                    outFile + ": cannot write the dashboard: " + e.getMessage());
        }
        out.println("dashboard: " + written.get(0) + " (" + dashboard.arrangements().size() + " regelingen / arrangements, "
                + dashboard.proposals().size() + " voorstellen / proposals)");
        for (Path png : written.subList(1, written.size())) {
            out.println("afbeelding / image: " + png);
        }
        weightWarnings.forEach(w -> out.println("waarschuwing / warning: " + w.describe()));
        return 0;
    }

    /**
     * Review #5: the vote weights of the day of every arrangement the council takes part in, where they name an engine
     * scheme, against the weighting engine on the composition file ({@code --composition}, as {@code ./regio weights}).
     */
    private static List<Problem> weightWarnings(GrRecords records, String municipality, LocalDate on, Path composition) {
        Composition c = Inputs.orFail(CompositionCsv.read(composition, on));
        List<Problem> lines = new ArrayList<>();
        for (GrRecords.ArrangementRecord r : records.arrangements()) {
            JointArrangement a = r.arrangement();
            if (a.participant(municipality).isPresent()) {
                a.weightsOn(on).ifPresent(w -> VoteWeightsCheck.check(w, c, a.name() + " (stemverhouding / vote weights "
                        + w.validFrom() + ")").forEach(lines::add));
            }
        }
        return lines;
    }

    private static GrRecords readFile(Path file) {
        String source = file.toString();
        try {
            if (Files.size(file) > GrRecordsJson.MAX_BYTES) {
                throw CliFailure.bilingual(source + ": groter dan " + GrRecordsJson.MAX_BYTES / (1024 * 1024) + " MiB",
                        source + ": larger than " + GrRecordsJson.MAX_BYTES / (1024 * 1024) + " MiB");
            }
            try (InputStream in = Files.newInputStream(file)) {
                Result<GrRecords> r = GrRecordsJson.read(in, source);
                return Inputs.orFail(r);
            }
        } catch (NoSuchFileException e) {
            throw CliFailure.bilingual(source + ": bestand bestaat niet", source + ": no such file");
        } catch (IOException e) {
            throw CliFailure.bilingual(source + ": kan niet gelezen worden: " + e.getMessage(), source + ": cannot be read: " + e.getMessage());
        }
    }

    private static LocalDate date(String text, String option) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw CliFailure.bilingual("optie --" + option + ": geen datum (JJJJ-MM-DD): " + Excerpt.quoted(text),
                    "option --" + option + ": not a date (YYYY-MM-DD): " + Excerpt.quoted(text));
        }
    }

    private static int whole(String text, String option, int min, int max) {
        String t = text.strip();
        if (!t.matches("\\d{1,4}") || Integer.parseInt(t) < min || Integer.parseInt(t) > max) {
            throw CliFailure.bilingual("optie --" + option + ": verwacht een geheel getal van " + min + " tot en met " + max + ", niet " + Excerpt.quoted(text),
                    "option --" + option + ": expected a whole number from " + min + " to " + max + ", not " + Excerpt.quoted(text));
        }
        return Integer.parseInt(t);
    }

    /**
     * Days a royal decree makes equal to the Atw's holidays (Algemene termijnenwet art. 3 lid 3), as
     * {@code YYYY-MM-DD,YYYY-MM-DD}; absent means none (review #11: none were read here, so the griffie gives them).
     */
    private static Set<LocalDate> decreeDays(String text) {
        if (text == null) {
            return Set.of();
        }
        Set<LocalDate> days = new TreeSet<>();
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                days.add(date(part, "decree-days"));
            }
        }
        return days;
    }

    /** {@code MM-DD:MM-DD}, e.g. {@code 07-12:08-24}; absent means {@link SummerRecess#DEFAULT}. */
    private static SummerRecess recess(String text) {
        if (text == null) {
            return SummerRecess.DEFAULT;
        }
        return SummerRecess.parse(text).orElseThrow(() -> CliFailure.bilingual(
                "optie --recess: verwacht MM-DD:MM-DD binnen een jaar, bijvoorbeeld 07-12:08-24, niet " + Excerpt.quoted(text),
                "option --recess: expected MM-DD:MM-DD within one year, for example 07-12:08-24, not " + Excerpt.quoted(text)));
    }
}
