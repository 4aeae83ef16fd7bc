package nl.regiobesluit.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * {@code ./regio}: the command line of Regiobesluit for analysts and for checking results.
 * Exit codes: 0 done (for verify: identical), 1 verify found a difference, 2 bad input, 3 internal error (a bug:
 * one line naming the exception, never a stack trace that could be read as "differs").
 */
public final class RegioCommand {

    static final String USAGE = """
            Gebruik / usage: ./regio <opdracht / command> [opties / options]

              weights --composition FILE --scheme A|B|C|D|MUNICIPALITY [--municipalities L1,L2] [--format csv|json]
                  stemgewichten per fractie / the weight of every member
              vote --composition FILE --scheme S --rule RULE --yes "Gemeente/Fractie,..." [--no LIST] [--abstain LIST]
                   [--municipalities LIST] [--format text|json]
                  uitslag van een gewogen stemming met analyse / a weighted vote with its analysis
              power --composition FILE --scheme S --rule RULE [--municipalities LIST] [--method exact|enumerate|estimate]
                    [--format csv|json]
                  Banzhaf- en Shapley-Shubikmacht / Banzhaf and Shapley-Shubik power
              verify FILE | verify NODE_ID --alfresco URL [--user U]
                  herberekent een opgeslagen uitslag (een bestand, of rb:resultJson en de samenvattende rb:result*-
                  eigenschappen van een node) / recomputes a stored result (a file, or a node's rb:resultJson and its
                  rb:result* summary properties): identical / identiek, or what differs
              evaluate (--records FILE | --alfresco URL) --from YYYY-MM-DD --to YYYY-MM-DD [--model M] [--theme T] [--municipality M] [--weights c=w,...] --out report.html
                  evaluatierapport voor raden (HTML, grafieken ook als PNG) / evaluation report for councils
              dashboard --municipality M --on YYYY-MM-DD (--records FILE | --alfresco URL [--user U]) --out dashboard.html
                        [--horizon-months 6] [--preparation-days 10] [--recess MM-DD:MM-DD] [--framework-weeks 8]
                        [--decree-days YYYY-MM-DD,...] [--composition election.csv]
                  halfjaarlijks dashboard van de gemeenschappelijke regelingen van een raad (HTML, grafieken ook als PNG) /
                  half-yearly dashboard of a council's joint arrangements

              records search --alfresco URL [--municipality M] [--ambition A] [--domain D] [--model M] [--outcome O]
                             [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--text T] [--page N] [--size N] [--format table|json]
                  zoekt besluiten, nieuwste eerst / finds decision records, newest first
              records export --alfresco URL [dezelfde filters / the same filters | --query AFTS] --out DIR [--zip FILE]
                             [--bron NAME]
                  exporteert definitieve besluiten naar MDTO, met manifest, voortgang en hervatten /
                  exports finalized records to MDTO with a manifest, progress and resume
              rebuild --service URL (--folder NODE_ID | --query AFTS) [--fresh true] [--user U]
                  berekent uitslagen en indicatoren van bestaande besluiten (opnieuw), met voortgang /
                  (re)computes results and indicators of existing records through the routing service, with progress

            RULE: majority | qualified:0.70 (>=) | qualified>:0.70 (>) | unanimity | double:0.65:3
                  optionally followed by ,base=cast|all (default all) and ,quorum=0.5 (each once);
                  drempels / thresholds 0.5-1, quorum 0-1: at most 9 decimals, or a fraction such as 2/3
            LIST: Gemeente/Fractie,... (one CSV line: quote a name with a comma, "Gemeente/A, B"; no empty names)

            Afsluitcode / exit code: 0 klaar / done (verify: identical / identiek), 1 verify: verschil / differs
                  (records export: some left out; rebuild: stopped; evaluate, dashboard: nothing to report), 2 foute invoer / bad input,
                  3 interne fout / internal error, 4 power --method exact: schatting gegeven / estimate given
            """;

    private RegioCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(Arrays.asList(args), System.out, System.err));
    }

    /**
     * Where a command notes something the user should know but that is no error (a composition read as Windows-1252),
     * for the duration of one {@link #run}: the commands are given only their output stream, and a note must not mix
     * into output that is CSV or JSON.
     */
    private static final ThreadLocal<PrintStream> NOTES = new ThreadLocal<>();

    /** One line on the error stream of the command running in this thread (nowhere when none runs). */
    static void note(String line) {
        PrintStream err = NOTES.get();
        if (err != null) {
            err.println(CliFailure.PREFIX + line);
        }
    }

    /** Runs one command in this JVM and returns its exit code (for tests and tools that embed the command line). */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        NOTES.set(err);
        try {
            return runCommand(args, out, err);
        } finally {
            NOTES.remove();
        }
    }

    private static int runCommand(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("help") || args.get(0).equals("-h")) {
            out.print(USAGE);
            return args.isEmpty() ? 2 : 0;
        }
        List<String> rest = args.subList(1, args.size());
        return guarded(() -> switch (args.get(0)) {
            case "weights" -> new WeightsCommand(out).run(rest);
            case "vote" -> new VoteCommand(out).run(rest);
            case "power" -> new PowerCommand(out).run(rest);
            case "verify" -> new VerifyCommand(out).run(rest);
            case "rebuild" -> new RebuildCommand(out).run(rest);
            case "records" -> new RecordsCommand(out).run(rest);
            case "evaluate" -> new EvaluateCommand(out).run(rest);
            case "dashboard" -> new DashboardCommand(out).run(rest);
            default -> throw CliFailure.bilingual("onbekende opdracht " + nl.regiobesluit.shared.Excerpt.quoted(args.get(0))
                            + " (verwacht weights, vote, power, verify, evaluate, dashboard, records of rebuild; zie ./regio --help)",
                    "unknown command " + nl.regiobesluit.shared.Excerpt.quoted(args.get(0))
                            + " (expected weights, vote, power, verify, evaluate, dashboard, records or rebuild; see ./regio --help)");
        }, err);
    }

    /** Runs one command: bad input is exit 2 with one line; anything else that escapes is a bug, exit 3 with one line. */
    static int guarded(java.util.function.IntSupplier command, PrintStream err) {
        try {
            return command.getAsInt();
        } catch (CliFailure e) {
            err.println(CliFailure.PREFIX + e.getMessage());
            return 2;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // A bug, not bad input (inputs are limited before work starts): one line and its own code, so that verify's
            // 1 ("differs") is never a crash and no stack trace reaches the user.
            err.println("regio: interne fout / internal error: " + e.getClass().getName() + ": " + firstLine(e.getMessage()));
            return 3;
        }
    }

    private static String firstLine(String message) {
        return message == null ? "(no message)" : message.lines().findFirst().orElse("");
    }
}
