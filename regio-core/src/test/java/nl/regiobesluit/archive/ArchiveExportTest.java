package nl.regiobesluit.archive;

import nl.regiobesluit.shared.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import static nl.regiobesluit.archive.ArchiveFixtures.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArchiveExportTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path out;

    private final List<ExportProgress> progress = new ArrayList<>();
    private final ArchiveExport export = new ArchiveExport(MdtoSettings.defaults(), CLOCK, progress::add);

    private static RecordSource records(int n) {
        return RecordSource.of(IntStream.rangeClosed(1, n).mapToObj(i -> record("RB-2026-" + i)).toList(), n);
    }

    /** Yields {@code failAfter} records, then fails as a repository that goes away would. */
    private static RecordSource interruptedAfter(int failAfter, int total) {
        return new RecordSource() {
            @Override
            public Iterator<DecisionRecordSnapshot> records() {
                return new Iterator<>() {
                    int i = 0;

                    @Override
                    public boolean hasNext() {
                        if (i >= failAfter) {
                            throw new IllegalStateException("repository unreachable");
                        }
                        return true;
                    }

                    @Override
                    public DecisionRecordSnapshot next() {
                        return record("RB-2026-" + (++i));
                    }
                };
            }

            @Override
            public long expectedCount() {
                return total;
            }
        };
    }

    private List<String[]> manifestRows() throws IOException {
        List<String> lines = Files.readAllLines(out.resolve(ArchiveExport.MANIFEST));
        assertThat(lines.get(0)).isEqualTo(Manifest.HEADER);
        return lines.stream().skip(1).map(l -> l.split(",", -1)).toList();
    }

    @Test
    void everyRecordGetsAFolderWithItsInformatieobjectItsFilesAndTheirBestandAndAManifestListsThemAll() throws Exception {
        ArchiveReportAssert.ok(export.export(records(3), out), 3, 0);
        Path folder = out.resolve("RB-2026-2");
        assertThat(folder.resolve("RB-2026-2.mdto.xml")).exists();
        assertThat(folder.resolve("besluit.pdf")).exists();
        assertThat(folder.resolve("besluit.pdf.mdto.xml")).exists();
        assertThat(folder.resolve("toelichting.txt.mdto.xml")).exists();
        assertThat(folder.resolve("RB-2026-2.regiobesluit.xml")).exists();
        assertThat(folder.resolve("RB-2026-2.regiobesluit.xml.mdto.xml")).exists();

        List<String[]> rows = manifestRows();
        List<String> listed = rows.stream().filter(r -> r[0].equals("file")).map(r -> r[2]).sorted().toList();
        List<String> onDisk;
        try (Stream<Path> walk = Files.walk(out)) {
            onDisk = walk.filter(Files::isRegularFile).map(p -> out.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals(ArchiveExport.MANIFEST)).sorted().toList();
        }
        assertThat(listed).isEqualTo(onDisk).hasSize(3 * 7);
        assertThat(rows.stream().filter(r -> r[0].equals("complete")).map(r -> r[1])).containsExactly("RB-2026-1", "RB-2026-2", "RB-2026-3");
    }

    @Test
    void theManifestAndEveryBestandCarryTheSizeAndSha256OfTheBytesOnDisk() throws Exception {
        export.export(records(2), out);
        for (String[] row : manifestRows()) {
            if (!row[0].equals("file")) {
                continue;
            }
            Path file = out.resolve(row[2]);
            assertThat(Long.parseLong(row[3])).as(row[2]).isEqualTo(Files.size(file));
            assertThat(row[4]).as(row[2]).isEqualTo(sha256(file));
        }
        Path pdf = out.resolve("RB-2026-1/besluit.pdf");
        Document bestand = ArchiveFixtures.parse(out.resolve("RB-2026-1/besluit.pdf.mdto.xml"));
        assertThat(ArchiveFixtures.text(bestand, "checksumWaarde")).isEqualTo(sha256(pdf));
        assertThat(ArchiveFixtures.text(bestand, "omvang")).isEqualTo(Long.toString(Files.size(pdf)));
        assertThat(ArchiveFixtures.text(bestand, "begripCode")).isEqualTo("fmt/276");
        assertThat(ArchiveFixtures.text(bestand, "checksumDatum")).isEqualTo("2026-11-22T12:00:00Z");
    }

    @Test
    void everyMdtoFileOfTheExportValidatesAgainstTheMdtoSchema() throws Exception {
        var schema = ArchiveFixtures.mdtoSchema();
        export.export(RecordSource.of(List.of(record("RB-1"), ArchiveFixtures.destroyable("RB-2")), 2), out);
        List<Path> mdto;
        try (Stream<Path> walk = Files.walk(out)) {
            mdto = walk.filter(p -> p.toString().endsWith(".mdto.xml")).toList();
        }
        assertThat(mdto).hasSize(2 * 4);
        for (Path p : mdto) {
            ArchiveFixtures.validate(schema, p);
        }
    }

    @Test
    void theVoteResultAndIndicatorsAreAanvullendeMetagegevensWithTheFullStoredResult() throws Exception {
        export.export(records(1), out);
        Document meta = ArchiveFixtures.parse(out.resolve("RB-2026-1/RB-2026-1.regiobesluit.xml"));
        assertThat(ArchiveFixtures.text(meta, "resultJson")).isEqualTo(ArchiveFixtures.RESULT_JSON);
        assertThat(ArchiveFixtures.text(meta, "leadTimeDays")).isEqualTo("53");
        assertThat(ArchiveFixtures.text(meta, "cooperationModel")).isEqualTo("REGIONAL_COMMITTEE");
        Document io = ArchiveFixtures.parse(out.resolve("RB-2026-1/RB-2026-1.mdto.xml"));
        var aanvullend = (org.w3c.dom.Element) io.getElementsByTagNameNS("*", "aanvullendeMetagegevens").item(0);
        assertThat(aanvullend.getElementsByTagNameNS("*", "verwijzingNaam").item(0).getTextContent()).isEqualTo("RB-2026-1.regiobesluit.xml");
    }

    @Test
    void anInterruptedExportResumesWithoutDuplicatingOrLosingARecord() throws Exception {
        assertThatThrownBy(() -> export.export(interruptedAfter(4, 10), out)).hasMessageContaining("repository unreachable");
        // an interruption in the middle of a record leaves a half-written folder and a manifest row without its end
        Files.createDirectories(out.resolve("RB-2026-5.partial"));
        Files.writeString(out.resolve("RB-2026-5.partial/besluit.pdf"), "half");
        Files.writeString(out.resolve(ArchiveExport.MANIFEST), "file,RB-2026-5,RB-2026-5/besluit.pdf,4,abc\nfile,RB-2026-5,RB-20",
                java.nio.file.StandardOpenOption.APPEND);
        // and one whose folder was renamed into place just before its manifest rows could be written
        Files.createDirectories(out.resolve("RB-2026-6"));
        Files.writeString(out.resolve("RB-2026-6/stale.txt"), "from the interrupted run");

        ExportReport second = export.export(records(10), out);

        ArchiveReportAssert.ok(second, 6, 4);
        List<String[]> rows = manifestRows();
        Map<String, Long> completes = rows.stream().filter(r -> r[0].equals("complete"))
                .collect(Collectors.groupingBy(r -> r[1], Collectors.counting()));
        assertThat(completes).hasSize(10).allSatisfy((k, v) -> assertThat(v).as(k).isEqualTo(1L));
        Map<String, Long> files = rows.stream().filter(r -> r[0].equals("file")).collect(Collectors.groupingBy(r -> r[2], Collectors.counting()));
        assertThat(files).hasSize(70).allSatisfy((k, v) -> assertThat(v).as(k).isEqualTo(1L));
        assertThat(out.resolve("RB-2026-5.partial")).doesNotExist();
        assertThat(out.resolve("RB-2026-6/stale.txt")).doesNotExist();
        assertThat(Files.readString(out.resolve("RB-2026-5/besluit.pdf.mdto.xml"))).contains("<omvang>");
    }

    @Test
    void runningAgainOnACompleteExportWritesNothing() throws Exception {
        export.export(records(3), out);
        String manifest = Files.readString(out.resolve(ArchiveExport.MANIFEST));
        ArchiveReportAssert.ok(export.export(records(3), out), 0, 3);
        assertThat(Files.readString(out.resolve(ArchiveExport.MANIFEST))).isEqualTo(manifest);
    }

    @Test
    void aRecordWithoutIdentificationIsRejectedNamingItAndTheOthersAreExported() throws Exception {
        DecisionRecordSnapshot noId = record("RB-9").withArchival(record("RB-9").archival().withIdentification(" "));
        ExportReport report = export.export(RecordSource.of(List.of(record("RB-1"), noId, record("RB-2")), 3), out);
        assertThat(report.written()).isEqualTo(2);
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("rb:archiveIdentification");
            assertThat(p.source()).contains("node-RB-9", "Regionale woonagenda RB-9");
            assertThat(p.describe()).contains("missing");
        });
    }

    @Test
    void aFileThatCannotBeReadRejectsItsRecordNamingItAndLeavesNothingHalfWritten() throws Exception {
        DecisionRecordSnapshot broken = record("RB-7", List.of(ArchiveFixtures.pdf("a.pdf", 100), ArchiveFixtures.unreadable("b.pdf")));
        ExportReport report = export.export(RecordSource.of(List.of(broken, record("RB-8")), 2), out);
        assertThat(report.written()).isEqualTo(1);
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.source()).contains("node-RB-7");
            assertThat(p.message()).contains("file 'b.pdf' cannot be read", "content store unreachable");
        });
        assertThat(out.resolve("RB-7")).doesNotExist();
        assertThat(out.resolve("RB-7.partial")).doesNotExist();
        assertThat(manifestRows()).noneMatch(r -> r[1].equals("RB-7"));

        ArchiveReportAssert.ok(export.export(RecordSource.of(List.of(record("RB-7"), record("RB-8")), 2), out), 1, 1);
    }

    @Test
    void aRecordThatIsNotFinalizedIsNotExported() throws Exception {
        ArchivalValues a = record("RB-1").archival();
        DecisionRecordSnapshot open = record("RB-1").withArchival(new ArchivalValues(a.archiveIdentification(), a.waardering(),
                null, null, a.archiefvormer(), a.beperkingGebruik(), false, null));
        ExportReport report = export.export(RecordSource.of(List.of(open), 1), out);
        assertThat(report.problems()).extracting(Problem::field).containsExactly("rb:finalized");
    }

    @Test
    void twoRecordsWithOneIdentificationAreNotMerged() throws Exception {
        ExportReport report = export.export(RecordSource.of(List.of(record("RB-1"), record("RB-1")), 2), out);
        assertThat(report.written()).isEqualTo(1);
        assertThat(report.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("occurs twice"));
    }

    @Test
    void identificationsAndFileNamesThatAreUnsafeOnDiskGetSafeDistinctNames() throws Exception {
        DecisionRecordSnapshot slash = record("LR/2026/1", List.of(ArchiveFixtures.text("notulen, deel 1.txt", "a"),
                ArchiveFixtures.text("notulen, deel 1.txt", "b"), ArchiveFixtures.text("x.mdto.xml", "c")));
        DecisionRecordSnapshot underscore = record("LR_2026_1");
        ArchiveReportAssert.ok(export.export(RecordSource.of(List.of(slash, underscore), 2), out), 2, 0);
        List<String> folders;
        try (Stream<Path> list = Files.list(out)) {
            folders = list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(folders).hasSize(2).contains("LR_2026_1").anyMatch(f -> f.matches("LR_2026_1-[0-9a-f]{8}"));
        Path folder = out.resolve(folders.stream().filter(f -> f.contains("-")).findFirst().orElseThrow());
        assertThat(folder.resolve("notulen_ deel 1.txt")).hasContent("a");
        assertThat(folder.resolve("notulen_ deel 1-2.txt")).hasContent("b");
        assertThat(ArchiveFixtures.text(ArchiveFixtures.parse(folder.resolve("notulen_ deel 1.txt.mdto.xml")), "naam"))
                .isEqualTo("notulen, deel 1.txt");
        assertThat(ArchiveFixtures.text(ArchiveFixtures.parse(folder.resolve(folder.getFileName() + ".mdto.xml")), "identificatieKenmerk"))
                .isEqualTo("LR/2026/1");
    }

    @Test
    void aFolderThatHoldsSomethingElseIsNotWrittenInto() throws Exception {
        Files.writeString(out.resolve("private.txt"), "mine");
        ExportReport report = export.export(records(1), out);
        assertThat(report.written()).isZero();
        assertThat(report.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("not empty"));
        assertThat(out.resolve("private.txt")).hasContent("mine");
    }

    @Test
    void progressIsReportedAfterEveryRecordWithRateAndTimeLeft() throws Exception {
        export.export(records(4), out);
        assertThat(progress).hasSize(4);
        ExportProgress last = progress.get(3);
        assertThat(last.written()).isEqualTo(4);
        assertThat(last.total()).isEqualTo(4);
        assertThat(last.remaining()).hasValueSatisfying(d -> assertThat(d.isZero()).isTrue());
        assertThat(progress.get(0).describe()).startsWith("1/4 besluiten / records");
    }

    @Test
    void aTerminalIsToldAtMostOncePerIntervalAndAlwaysAtTheEnd() {
        List<ExportProgress> told = new ArrayList<>();
        ProgressListener thin = ProgressListener.every(java.time.Duration.ofSeconds(1), told::add);
        for (int i = 1; i <= 10; i++) {
            thin.onProgress(new ExportProgress(i, 0, 0, 10, java.time.Duration.ofMillis(i * 300L)));
        }
        assertThat(told).extracting(ExportProgress::written).containsExactly(1L, 5L, 9L, 10L);
    }

    @Test
    void aFinishedExportZipsWithEveryFileAndTheManifest() throws Exception {
        export.export(records(2), out.resolve("export"));
        Path zip = out.resolve("export.zip");
        ArchiveZip.zip(out.resolve("export"), zip);
        try (ZipFile z = new ZipFile(zip.toFile())) {
            assertThat(z.size()).isEqualTo(2 * 7 + 1);
            assertThat(z.getEntry("manifest.csv")).isNotNull();
            try (InputStream in = z.getInputStream(z.getEntry("RB-2026-1/besluit.pdf"))) {
                assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(out.resolve("export/RB-2026-1/besluit.pdf")));
            }
        }
    }

    @Test
    void aLargeFileIsStreamedNotHeld() throws Exception {
        long size = 64L * 1024 * 1024;
        RecordFile big = new RecordFile("groot.bin", "application/octet-stream", size, () -> new InputStream() {
            long left = size;

            @Override
            public int read() {
                return left-- > 0 ? 7 : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 7);
                left -= n;
                return n;
            }
        });
        ArchiveReportAssert.ok(export.export(RecordSource.of(List.of(record("RB-1", List.of(big))), 1), out), 1, 0);
        assertThat(Files.size(out.resolve("RB-1/groot.bin"))).isEqualTo(size);
        assertThat(ArchiveFixtures.text(ArchiveFixtures.parse(out.resolve("RB-1/groot.bin.mdto.xml")), "checksumWaarde"))
                .isEqualTo(sha256(out.resolve("RB-1/groot.bin")));
    }

    static String sha256(Path file) throws Exception {
        MessageDigest d = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[8192];
            for (int n; (n = in.read(buf)) != -1; ) {
                d.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(d.digest());
    }

    /** Asserts a report without problems. */
    static final class ArchiveReportAssert {
        static void ok(ExportReport report, long written, long skipped) {
            assertThat(report.problems()).as("problems").isEmpty();
            assertThat(report.written()).as("written").isEqualTo(written);
            assertThat(report.skipped()).as("skipped").isEqualTo(skipped);
        }
    }
}
