package nl.regiobesluit.archive;

import nl.regiobesluit.shared.Problem;

import javax.xml.stream.XMLStreamException;
import java.io.BufferedOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Exports records to a folder, one record at a time, so memory stays flat whatever the number of records or the size
 * of their files:
 * <pre>
 * OUT/manifest.csv                              every file written, with size and SHA-256 (see {@link Manifest})
 * OUT/&lt;id&gt;/&lt;id&gt;.mdto.xml                       the record as an MDTO informatieobject
 * OUT/&lt;id&gt;/&lt;id&gt;.regiobesluit.xml               aanvullende metagegevens: vote result, indicators, council outcomes
 * OUT/&lt;id&gt;/&lt;id&gt;.regiobesluit.xml.mdto.xml      its MDTO bestand
 * OUT/&lt;id&gt;/&lt;file&gt;                              each file of the record, as it was
 * OUT/&lt;id&gt;/&lt;file&gt;.mdto.xml                     its MDTO bestand (size, PRONOM format, SHA-256)
 * </pre>
 * A record is written into {@code <id>.partial/} and renamed when whole; its manifest rows follow. Running the export
 * again on the same folder resumes: records the manifest lists as complete are skipped, and what an interruption left
 * half-done is removed and written again. A record that cannot be exported (a required value missing, a file that
 * cannot be read) is left out with a {@link Problem} naming it; the others go on.
 */
public final class ArchiveExport {

    public static final String MANIFEST = "manifest.csv";
    static final String PARTIAL = ".partial";

    private final MdtoWriter mdto;
    private final RegiobesluitMetadataWriter metadata = new RegiobesluitMetadataWriter();
    private final Clock clock;
    private final ProgressListener progress;

    public ArchiveExport(MdtoSettings settings, Clock clock, ProgressListener progress) {
        this.mdto = new MdtoWriter(settings);
        this.clock = clock;
        this.progress = progress;
    }

    /**
     * Exports every record of {@code source} into {@code out} (created when absent). Exceptions are I/O failures of the
     * export itself (disk full, the source failing); after one, running again resumes.
     */
    public ExportReport export(RecordSource source, Path out) throws IOException {
        long started = System.nanoTime();
        Files.createDirectories(out);
        Path manifestFile = out.resolve(MANIFEST);
        if (!Files.exists(manifestFile) && hasEntries(out)) {
            return new ExportReport(0, 0, List.of(Problem.at(out.toString(), 0, null,
                    "de map is niet leeg en bevat geen export (geen " + MANIFEST + ") / the folder is not empty and holds no export")),
                    Duration.ZERO);
        }
        Set<String> complete = Manifest.recover(manifestFile);
        removeUnfinished(out, complete);
        List<Problem> problems = new ArrayList<>();
        long written = 0;
        long skipped = 0;
        long rejectedRecords = 0;
        long total = source.expectedCount();
        try (Manifest manifest = Manifest.open(manifestFile)) {
            Iterator<DecisionRecordSnapshot> records = source.records();
            while (records.hasNext()) {
                DecisionRecordSnapshot r = records.next();
                List<Problem> rejected = RecordCheck.problems(r);
                if (rejected.isEmpty()) {
                    String folder = FolderNames.forRecord(r.archival().archiveIdentification());
                    if (complete.contains(folder)) {
                        skipped++;
                    } else if (Files.exists(out.resolve(folder))) {
                        // every folder not completed by an earlier run was removed at the start, so a folder that
                        // exists now was written by this run: the identification came twice. Asking the disk rather
                        // than remembering every name keeps memory flat.
                        rejected = List.of(Problem.at(r.describe(), 0, "rb:archiveIdentification",
                                "komt twee keer voor in deze export / occurs twice in this export: '"
                                        + r.archival().archiveIdentification() + "'"));
                    } else {
                        rejected = writeRecord(r, folder, out, manifest);
                        if (rejected.isEmpty()) {
                            written++;
                        }
                    }
                }
                if (!rejected.isEmpty()) {
                    problems.addAll(rejected);
                    rejectedRecords++;
                }
                progress.onProgress(new ExportProgress(written, skipped, rejectedRecords,
                        total, Duration.ofNanos(System.nanoTime() - started)));
            }
        }
        return new ExportReport(written, skipped, problems, Duration.ofNanos(System.nanoTime() - started));
    }

    private List<Problem> writeRecord(DecisionRecordSnapshot r, String folder, Path out, Manifest manifest) throws IOException {
        Path partial = out.resolve(folder + PARTIAL);
        deleteTree(partial);
        Files.createDirectories(partial);
        String id = r.archival().archiveIdentification();
        String naam = r.displayName();
        Set<String> used = new HashSet<>();
        String ioName = folder + ".mdto.xml";
        String metaName = folder + ".regiobesluit.xml";
        used.add(ioName.toLowerCase(Locale.ROOT));
        used.add(metaName.toLowerCase(Locale.ROOT));
        List<Manifest.Row> rows = new ArrayList<>();
        List<MdtoWriter.FileReference> representations = new ArrayList<>();
        String reading = null;
        try {
            for (RecordFile file : r.files()) {
                reading = file.name();
                String stored = FolderNames.forFile(file.name(), used);
                InputStream raw;
                try {
                    raw = file.content().open();
                } catch (IOException e) {
                    throw new ReadFailure(e);
                }
                DigestingCopy.Copied copied;
                try (InputStream in = new ReadGuard(raw);
                     OutputStream target = new BufferedOutputStream(Files.newOutputStream(partial.resolve(stored)), 64 * 1024)) {
                    copied = DigestingCopy.copy(in, target);
                }
                String kenmerk = id + "/" + stored;
                rows.add(new Manifest.Row(folder + "/" + stored, copied.size(), copied.sha256()));
                rows.add(writeBestand(partial, folder, stored, new MdtoWriter.Bestand(kenmerk, file.name(), copied.size(),
                        FileFormat.identify(file.mimeType(), copied.head()), copied.sha256(), now(), naam, id)));
                representations.add(new MdtoWriter.FileReference(file.name(), kenmerk));
            }
            HashingOutputStream meta = writeXml(partial.resolve(metaName), o -> metadata.write(r, o));
            String metaKenmerk = id + "/" + metaName;
            rows.add(new Manifest.Row(folder + "/" + metaName, meta.count(), meta.sha256()));
            rows.add(writeBestand(partial, folder, metaName, new MdtoWriter.Bestand(metaKenmerk, metaName, meta.count(),
                    FileFormat.XML, meta.sha256(), now(), naam, id)));
            HashingOutputStream io = writeXml(partial.resolve(ioName), o -> mdto.writeInformatieobject(r, representations,
                    new MdtoWriter.FileReference(metaName, metaKenmerk), o));
            rows.add(0, new Manifest.Row(folder + "/" + ioName, io.count(), io.sha256()));
        } catch (ReadFailure e) {
            deleteTree(partial);
            return List.of(Problem.at(r.describe(), 0, "content",
                    "bestand '" + reading + "' kan niet worden gelezen / file '" + reading + "' cannot be read: " + e.getCause()));
        }
        Path target = out.resolve(folder);
        deleteTree(target);
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        manifest.appendRecord(folder, rows);
        return List.of();
    }

    private Manifest.Row writeBestand(Path dir, String folder, String fileName, MdtoWriter.Bestand bestand) throws IOException {
        String name = fileName + ".mdto.xml";
        HashingOutputStream h = writeXml(dir.resolve(name), o -> mdto.writeBestand(bestand, o));
        return new Manifest.Row(folder + "/" + name, h.count(), h.sha256());
    }

    private interface XmlBody {
        void write(OutputStream out) throws XMLStreamException;
    }

    private static HashingOutputStream writeXml(Path file, XmlBody body) throws IOException {
        // the buffer goes in front of the hashing, so the digest sees whole blocks, not the writer's single bytes
        HashingOutputStream h;
        try (OutputStream o = Files.newOutputStream(file)) {
            h = new HashingOutputStream(o);
            BufferedOutputStream buffered = new BufferedOutputStream(h, 16 * 1024);
            body.write(buffered);
            buffered.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        return h;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static boolean hasEntries(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isPresent();
        }
    }

    /** Removes record folders an interruption left behind: every folder not completed according to the manifest. */
    private static void removeUnfinished(Path out, Set<String> complete) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(out, Files::isDirectory)) {
            for (Path dir : entries) {
                if (!complete.contains(dir.getFileName().toString())) {
                    deleteTree(dir);
                }
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }

    /** A failure to read a record's content, as opposed to a failure to write the export. */
    private static final class ReadFailure extends IOException {
        ReadFailure(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** Marks every exception of the content stream as a {@link ReadFailure}. */
    private static final class ReadGuard extends FilterInputStream {
        ReadGuard(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                throw new ReadFailure(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                throw new ReadFailure(e);
            }
        }
    }
}
