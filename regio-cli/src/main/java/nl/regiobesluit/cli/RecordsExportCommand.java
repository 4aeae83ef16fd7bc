package nl.regiobesluit.cli;

import nl.regiobesluit.archive.ArchiveExport;
import nl.regiobesluit.archive.ArchiveZip;
import nl.regiobesluit.archive.DecisionRecordSnapshot;
import nl.regiobesluit.archive.ExportReport;
import nl.regiobesluit.archive.MdtoSettings;
import nl.regiobesluit.archive.ProgressListener;
import nl.regiobesluit.archive.RecordSource;
import nl.regiobesluit.archive.SelectionListCategory;
import nl.regiobesluit.shared.Problem;
import nl.regiobesluit.shared.Result;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * {@code ./regio records export}: the finalized decision records a search finds, exported from Alfresco to MDTO in a
 * folder (and optionally a zip): per record an informatieobject, its files with their bestand (size, format, SHA-256)
 * and the vote result and indicators as aanvullende metagegevens, plus {@code manifest.csv}. One record at a time, so
 * memory stays flat; progress every two seconds; running it again on the same folder resumes.
 * Exit 0 when every record found was exported, 1 when some were left out (each is named), 2 on bad input.
 */
final class RecordsExportCommand {

    /** Only records the service completed (rb:finalizedOn set after rb:finalized) are archive records. */
    static final String FINALIZED = "rb:finalized:\"true\"";

    private final PrintStream out;

    RecordsExportCommand(PrintStream out) {
        this.out = out;
    }

    int run(List<String> args) {
        Options o = Options.parse(args, Set.of("alfresco", "user", "municipality", "ambition", "domain", "model", "outcome",
                "from", "to", "text", "query", "out", "zip", "bron"));
        Path folder = Path.of(o.required("out"));
        String afts = o.get("query") != null
                ? "TYPE:\"rb:decisionRecord\" AND " + FINALIZED + " AND (" + o.get("query") + ")"
                : RecordsCommand.query(o) + " AND " + FINALIZED;
        AlfrescoClient alfresco = AlfrescoClient.from(o);
        AlfrescoRecords records = new AlfrescoRecords(alfresco, afts, "cm:created", true, 100);
        List<Problem> unreadable = new ArrayList<>();
        RecordSource source = source(records, alfresco, unreadable);
        MdtoSettings settings = new MdtoSettings(o.get("bron", "Regiobesluit"), "Alfresco node-id " + alfresco.baseUrl(),
                SelectionListCategory.VNG_2020, "Regiobesluit beperkingen gebruik");
        out.println("export naar / to " + folder + ": " + afts);
        ExportReport report;
        try {
            report = new ArchiveExport(settings, Clock.systemUTC(), ProgressListener.every(Duration.ofSeconds(2),
                    p -> out.println("  " + p.describe()))).export(source, folder);
        } catch (IOException e) {
            throw new CliFailure(folder + ": export stopped: " + e.getMessage() + " (run the same command again to resume)");
        }
        List<Problem> problems = new ArrayList<>(unreadable);
        problems.addAll(report.problems());
        out.println("klaar / done: " + report.written() + " geschreven / written, " + report.skipped() + " al klaar / already done, "
                + problems.size() + " niet geëxporteerd / not exported, in " + report.elapsed().toMillis() + " ms");
        problems.forEach(p -> out.println("  niet geëxporteerd / not exported: " + p.describe()));
        if (o.get("zip") != null) {
            Path zip = Path.of(o.get("zip"));
            try {
                ArchiveZip.zip(folder, zip);
            } catch (IOException e) {
                throw new CliFailure(zip + ": cannot write the zip: " + e.getMessage());
            }
            out.println("zip: " + zip);
        }
        return problems.isEmpty() ? 0 : 1;
    }

    /** Each record found, read as a snapshot; a record whose values cannot be read is named and left out. */
    private static RecordSource source(AlfrescoRecords records, AlfrescoClient alfresco, List<Problem> unreadable) {
        return new RecordSource() {
            @Override
            public Iterator<DecisionRecordSnapshot> records() {
                Iterator<RecordBundle> bundles = records.iterator();
                return new Iterator<>() {
                    private DecisionRecordSnapshot next;

                    @Override
                    public boolean hasNext() {
                        while (next == null && bundles.hasNext()) {
                            Result<DecisionRecordSnapshot> s = RecordSnapshots.snapshot(bundles.next(), alfresco);
                            if (s.isOk()) {
                                next = s.value();
                            } else {
                                unreadable.addAll(s.problems());
                            }
                        }
                        return next != null;
                    }

                    @Override
                    public DecisionRecordSnapshot next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        DecisionRecordSnapshot r = next;
                        next = null;
                        return r;
                    }
                };
            }

            @Override
            public long expectedCount() {
                return records.total();
            }
        };
    }
}
