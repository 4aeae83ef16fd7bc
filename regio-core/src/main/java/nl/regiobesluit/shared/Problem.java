package nl.regiobesluit.shared;

/**
 * One thing wrong with an input, named precisely enough for a person to fix it:
 * where ({@code source}, {@code line}, {@code field}) and what ({@code message}).
 * {@code line} is 0 when the problem is not tied to one line.
 */
public record Problem(String source, int line, String field, String message) {

    public static Problem of(String message) {
        return new Problem(null, 0, null, message);
    }

    public static Problem at(String source, int line, String field, String message) {
        return new Problem(source, line, field, message);
    }

    /** One line, e.g. {@code election.csv:12: field 'seats': not a whole number: 'x'}. */
    public String describe() {
        StringBuilder b = new StringBuilder();
        if (source != null) {
            b.append(source);
            if (line > 0) {
                b.append(':').append(line);
            }
            b.append(": ");
        }
        if (field != null) {
            b.append("field '").append(field).append("': ");
        }
        return b.append(message).toString();
    }
}
