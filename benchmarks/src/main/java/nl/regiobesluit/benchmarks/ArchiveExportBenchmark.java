package nl.regiobesluit.benchmarks;

import nl.regiobesluit.archive.ArchivalValues;
import nl.regiobesluit.archive.ArchiveExport;
import nl.regiobesluit.archive.DecisionRecordSnapshot;
import nl.regiobesluit.archive.ExportReport;
import nl.regiobesluit.archive.MdtoSettings;
import nl.regiobesluit.archive.ProgressListener;
import nl.regiobesluit.archive.RecordFile;
import nl.regiobesluit.archive.RecordKind;
import nl.regiobesluit.archive.RecordSource;
import nl.regiobesluit.archive.Waardering;
import nl.regiobesluit.criteria.RouteIndicators;
import nl.regiobesluit.routing.CooperationModel;
import nl.regiobesluit.routing.CouncilOutcome;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * Exports generated decision records, each with one generated ~20 KB PDF-like file, to a temporary folder, and
 * validates every MDTO file it writes against the MDTO schema with one cached {@link Schema} (a validator per thread,
 * two threads beside the export, each record as soon as it is complete).
 * Prints the time of both and the heap: the peak of each heap pool, and the live heap (after a full collection),
 * sampled every 1,000 records (flat when the export holds nothing per record).
 *
 * <p>A harness rather than JMH: one run of 10,000 records is the measurement. Run from the repository root:
 * <pre>
 * java -Xmx256m -Dmdto.xsd=../shared/reference/archival/MDTO-XML1.0.2.xsd \
 *      -cp benchmarks/target/benchmarks.jar nl.regiobesluit.benchmarks.ArchiveExportBenchmark [records]
 * </pre>
 * Without {@code -Dmdto.xsd} (or when the file is absent) validation is skipped and said so.
 * {@code -Darchive.out=DIR} keeps the export there instead of a temporary folder that is removed afterwards.
 */
public final class ArchiveExportBenchmark {

    private static final int FILE_SIZE = 20 * 1024;

    private ArchiveExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        String keep = System.getProperty("archive.out");
        Path out = keep != null ? Path.of(keep) : Files.createTempDirectory("regio-archive-bench");
        System.out.printf(Locale.ROOT, "records: %d, file size: %d bytes, cores: %d, max heap: %d MB, out: %s%n", records,
                FILE_SIZE, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, out);

        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        List<String> samples = new ArrayList<>();
        AtomicLong maxAfterGc = new AtomicLong();
        ProgressListener listener = p -> {
            if (p.handled() % 1000 == 0) {
                long afterGc = liveHeap();
                maxAfterGc.accumulateAndGet(afterGc, Math::max);
                samples.add(String.format(Locale.ROOT, "%6d records  %6.0f/s  live heap %5.1f MB", p.handled(),
                        p.rate(), afterGc / 1048576.0));
            }
        };

        Validation validation = Validation.start(System.getProperty("mdto.xsd"), out);
        ProgressListener both = p -> {
            listener.onProgress(p);
            validation.recordDone(String.format(Locale.ROOT, "RB-2026-%05d", p.handled()));
        };
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        ExportReport report = new ArchiveExport(MdtoSettings.defaults(), Clock.systemUTC(), both)
                .export(generated(records), out);
        long exportNanos = System.nanoTime() - t0;
        long validated = validation.finish();
        long totalNanos = System.nanoTime() - t0;
        long cpuNanos = processCpuNanos() - cpu0;
        if (!report.complete()) {
            throw new IllegalStateException("export rejected records: " + report.problems().get(0).describe());
        }
        samples.forEach(System.out::println);

        long peak = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf(Locale.ROOT, "export:     %d records written in %.2f s (%.0f records/s)%n", report.written(),
                exportNanos / 1e9, report.written() / (exportNanos / 1e9));
        if (validated >= 0) {
            System.out.printf(Locale.ROOT, "validation: %d MDTO files valid (2 threads beside the export, one cached Schema)%n", validated);
        }
        System.out.printf(Locale.ROOT, "total:      %.2f s (export and validation of every MDTO file)%n", totalNanos / 1e9);
        System.out.printf(Locale.ROOT, "cpu:        %.2f s of processor time (all threads, user and kernel)%n",
                cpuNanos / 1e9);
        System.out.printf(Locale.ROOT, "heap:       peak (sum of pool peaks) %.1f MB; live heap at most %.1f MB%n",
                peak / 1048576.0, maxAfterGc.get() / 1048576.0);
        if (keep == null) {
            deleteTree(out);
        }
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    /**
     * The heap still in use after a full collection: what the export holds, whatever garbage it makes. Called every
     * 1,000 records (ten full collections in a run, a few milliseconds each with a small heap).
     */
    private static long liveHeap() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /**
     * Validates each record folder as soon as the export has finished it, on two threads beside the export (which
     * mostly waits for the disk). The queue is bounded, so a slow validation holds the export back instead of
     * filling memory.
     */
    private static final class Validation {
        private static final String END = "";
        private final Schema schema;
        private final Path out;
        private final BlockingQueue<String> queue = new ArrayBlockingQueue<>(256);
        private final List<Thread> threads = new ArrayList<>();
        private final AtomicLong count = new AtomicLong();
        private final AtomicReference<Throwable> failure = new AtomicReference<>();

        private Validation(Schema schema, Path out) {
            this.schema = schema;
            this.out = out;
        }

        static Validation start(String xsd, Path out) throws Exception {
            if (xsd == null || !Files.isRegularFile(Path.of(xsd))) {
                System.out.println("validation skipped: -Dmdto.xsd not given or not a file (" + xsd + ")");
                return new Validation(null, out);
            }
            Validation v = new Validation(SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                    .newSchema(Path.of(xsd).toFile()), out);
            for (int i = 0; i < 2; i++) {
                Thread t = new Thread(v::run, "mdto-validator-" + i);
                t.start();
                v.threads.add(t);
            }
            return v;
        }

        void recordDone(String folder) {
            if (schema == null) {
                return;
            }
            try {
                queue.put(folder);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private void run() {
            Validator validator = schema.newValidator();
            try {
                for (String folder; !(folder = queue.take()).equals(END); ) {
                    try (DirectoryStream<Path> files = Files.newDirectoryStream(out.resolve(folder), "*.mdto.xml")) {
                        for (Path f : files) {
                            validator.validate(new StreamSource(f.toFile()));
                            count.incrementAndGet();
                        }
                    }
                }
            } catch (Exception e) {
                failure.compareAndSet(null, e);
                queue.clear();
            }
        }

        /** Waits for the validators; the number of valid files, or -1 when no schema was given. */
        long finish() throws InterruptedException {
            if (schema == null) {
                return -1;
            }
            for (int i = 0; i < threads.size(); i++) {
                queue.put(END);
            }
            for (Thread t : threads) {
                t.join();
            }
            if (failure.get() != null) {
                throw new IllegalStateException("an MDTO file is not valid: " + failure.get().getMessage(), failure.get());
            }
            return count.get();
        }
    }

    /** Records made one at a time as the export pulls them: nothing is held. */
    static RecordSource generated(int n) {
        return new RecordSource() {
            @Override
            public Iterator<DecisionRecordSnapshot> records() {
                return new Iterator<>() {
                    int i;

                    @Override
                    public boolean hasNext() {
                        return i < n;
                    }

                    @Override
                    public DecisionRecordSnapshot next() {
                        return record(++i);
                    }
                };
            }

            @Override
            public long expectedCount() {
                return n;
            }
        };
    }

    static DecisionRecordSnapshot record(int i) {
        String id = String.format(Locale.ROOT, "RB-2026-%05d", i);
        LocalDate submitted = LocalDate.of(2026, 1, 1).plusDays(i % 300);
        LocalDate decided = submitted.plusDays(40 + i % 50);
        String json = "{\"computationVersion\":\"1\",\"passed\":true,\"yesShare\":\"" + (600 + i % 300) + "/1000\"}";
        return new DecisionRecordSnapshot("node-" + i, "besluit-" + i + ".pdf", "Regionaal besluit " + i,
                "Gegenereerd besluit voor de benchmark", RecordKind.DECISION_RECORD, submitted, decided,
                List.of("Leiden", "Leiderdorp", "Oegstgeest", "Voorschoten", "Zoeterwoude"), "REGIONAL_DECISION_TAKEN",
                List.of(new DecisionRecordSnapshot.CouncilResult("Leiden", CouncilOutcome.ADOPTED, decided.minusDays(3)),
                        new DecisionRecordSnapshot.CouncilResult("Leiderdorp", CouncilOutcome.ADOPTED, decided.minusDays(2)),
                        new DecisionRecordSnapshot.CouncilResult("Oegstgeest", CouncilOutcome.ADOPTED_WITH_AMENDMENTS, decided.minusDays(1)),
                        new DecisionRecordSnapshot.CouncilResult("Voorschoten", CouncilOutcome.ADOPTED, decided),
                        new DecisionRecordSnapshot.CouncilResult("Zoeterwoude", CouncilOutcome.REJECTED, decided)),
                CooperationModel.REGIONAL_COMMITTEE, "WONEN", "RUIMTE_EN_WONEN",
                new DecisionRecordSnapshot.VoteResult("A", "qualified:0.70", true, (600 + i % 300) + "/1000", "70.0", "1",
                        Integer.toHexString(i), LocalDate.of(2022, 3, 16), json),
                new RouteIndicators(40 + i % 50, i % 50 < 20, i % 3 == 0, 4, 1, 1, 0, 1, 1, 2, null, false),
                new ArchivalValues(id, Waardering.BLIJVEND_TE_BEWAREN, null, "Regionale besluitvorming",
                        "Gemeente Leiden", "Openbaar", true, decided.plusDays(1)),
                List.of(new RecordFile("besluit-" + i + ".pdf", "application/pdf", FILE_SIZE, () -> generatedPdf(i))));
    }

    /** ~20 KB that start like a PDF 1.7, generated while read. */
    private static InputStream generatedPdf(int seed) {
        byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        return new InputStream() {
            int pos;

            @Override
            public int read() {
                if (pos >= FILE_SIZE) {
                    return -1;
                }
                int b = pos < header.length ? header[pos] : (pos * 31 + seed) & 0x7f;
                pos++;
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (pos >= FILE_SIZE) {
                    return -1;
                }
                int n = Math.min(len, FILE_SIZE - pos);
                for (int k = 0; k < n; k++, pos++) {
                    b[off + k] = pos < header.length ? header[pos] : (byte) ((pos * 31 + seed) & 0x7f);
                }
                return n;
            }
        };
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
