package nl.regiobesluit.archive;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The export's {@code manifest.csv}: one row per written file ({@code file,<record>,<path>,<bytes>,<sha256>}), and
 * after a record's files one row {@code complete,<record>,<record>/,<files>,} that says the record is whole.
 * Rows are appended and flushed per record, so the manifest is never held in memory and survives an interruption.
 *
 * <p>On resume, rows of records without their {@code complete} row (an interruption mid-record) and an unfinished
 * last line are dropped, so those records are written again and listed once.
 */
final class Manifest implements AutoCloseable {

    static final String HEADER = "kind,record,path,bytes,sha256";

    record Row(String path, long bytes, String sha256) {
    }

    private final BufferedWriter out;

    private Manifest(BufferedWriter out) {
        this.out = out;
    }

    /** Opens the manifest for appending, creating it when absent. */
    static Manifest open(Path file) throws IOException {
        boolean fresh = !Files.exists(file);
        BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        if (fresh) {
            w.write(HEADER);
            w.write('\n');
            w.flush();
        }
        return new Manifest(w);
    }

    /**
     * The records an earlier run completed; the manifest is rewritten without the rows of any other record.
     * Returns an empty set when there is no manifest yet. Memory: one short name per completed record.
     */
    static Set<String> recover(Path file) throws IOException {
        Set<String> complete = new HashSet<>();
        if (!Files.exists(file)) {
            return complete;
        }
        boolean lastLineWhole = endsWithNewline(file);
        long lines = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                lines++;
            }
        }
        long usable = lastLineWhole ? lines : lines - 1;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            for (long n = 1; n <= usable && (line = in.readLine()) != null; n++) {
                String[] f = line.split(",", -1);
                if (f.length == 5 && f[0].equals("complete")) {
                    complete.add(f[1]);
                }
            }
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.write('\n');
            String line;
            for (long n = 1; n <= usable && (line = in.readLine()) != null; n++) {
                String[] f = line.split(",", -1);
                if (n > 1 && f.length == 5 && complete.contains(f[1])) {
                    w.write(line);
                    w.write('\n');
                }
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return complete;
    }

    /** Appends a record's rows and its completion row in one flush. */
    void appendRecord(String record, List<Row> rows) throws IOException {
        StringBuilder b = new StringBuilder(rows.size() * 128);
        for (Row r : rows) {
            b.append("file,").append(record).append(',').append(r.path()).append(',').append(r.bytes()).append(',')
                    .append(r.sha256()).append('\n');
        }
        b.append("complete,").append(record).append(',').append(record).append("/,").append(rows.size()).append(",\n");
        out.write(b.toString());
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    private static boolean endsWithNewline(Path file) throws IOException {
        try (SeekableByteChannel ch = Files.newByteChannel(file)) {
            if (ch.size() == 0) {
                return true;
            }
            ch.position(ch.size() - 1);
            ByteBuffer one = ByteBuffer.allocate(1);
            ch.read(one);
            return one.get(0) == '\n';
        }
    }
}
