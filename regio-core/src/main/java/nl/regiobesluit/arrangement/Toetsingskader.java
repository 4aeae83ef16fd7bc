package nl.regiobesluit.arrangement;

import nl.regiobesluit.shared.Problem;
import nl.regiobesluit.shared.Result;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The toetsingskader for starting, joining, changing or leaving a cooperation: four parts (strategisch,
 * bedrijfsvoering, bedrijfseconomisch, juridisch) with their questions, as data ({@code toetsingskader.json} in this
 * package; read by {@link ToetsingskaderJson}). Questions are Dutch with English alongside and have a stable id.
 */
public record Toetsingskader(String source, List<Part> parts) {

    public static final String RESOURCE = "toetsingskader.json";

    public record Question(String id, String dutch, String english) { }

    public record Part(String id, String dutch, String english, List<Question> questions) {
        public Part {
            questions = List.copyOf(questions);
        }
    }

    public Toetsingskader {
        parts = List.copyOf(parts);
    }

    /** The toetsingskader shipped in this JAR; a broken copy is a bug, so it throws. */
    public static Toetsingskader shipped() {
        try (InputStream in = Toetsingskader.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the JAR");
            }
            Result<Toetsingskader> read = ToetsingskaderJson.read(in, RESOURCE);
            if (!read.isOk()) {
                throw new IllegalStateException(read.problems().stream().map(Problem::describe).toList().toString());
            }
            return read.value();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Question> questions() {
        return parts.stream().flatMap(p -> p.questions().stream()).toList();
    }

    public Optional<Question> question(String id) {
        return questions().stream().filter(q -> q.id().equals(id)).findFirst();
    }

    public Optional<Part> partOf(String questionId) {
        return parts.stream().filter(p -> p.questions().stream().anyMatch(q -> q.id().equals(questionId))).findFirst();
    }
}
