package nl.regiobesluit.archive;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * One file (content) of a record. Content may be large, so it is never held: {@link #content} opens it anew each time
 * and the export streams it once, computing size and SHA-256 on the way. {@code declaredSize} is what the repository
 * says (-1 when unknown); the export writes the size it counted.
 */
public record RecordFile(String name, String mimeType, long declaredSize, Content content) {

    /** Opens the file's bytes; the caller closes the stream. */
    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }

    public RecordFile {
        Objects.requireNonNull(content, "content");
    }
}
