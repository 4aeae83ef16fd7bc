package nl.regiobesluit.shared;

/**
 * One thing wrong with an input, named precisely enough for a person to fix it:
 * where ({@code source}, {@code line}, {@code field}) and what ({@code message}, and in Dutch {@code messageNl}).
 * {@code line} is 0 when the problem is not tied to one line; {@code messageNl} is null for problems that
 * have no Dutch text yet (then {@link #describe()} gives the English one alone).
 */
public record Problem(String source, int line, String field, String message, String messageNl) {

    public Problem(String source, int line, String field, String message) {
        this(source, line, field, message, null);
    }

    public static Problem of(String message) {
        return new Problem(null, 0, null, message, null);
    }

    public static Problem at(String source, int line, String field, String message) {
        return new Problem(source, line, field, message, null);
    }

    /** A problem in Dutch with English alongside: griffie staff read Dutch first. */
    public static Problem bilingual(String messageNl, String message) {
        return new Problem(null, 0, null, message, messageNl);
    }

    /** A problem in Dutch with English alongside, tied to a place in an input. */
    public static Problem bilingualAt(String source, int line, String field, String messageNl, String message) {
        return new Problem(source, line, field, message, messageNl);
    }

    /** The same problem, placed in {@code otherSource} (when it was not placed yet). */
    public Problem in(String otherSource) {
        return source == null ? new Problem(otherSource, line, field, message, messageNl) : this;
    }

    /**
     * One line. English only: {@code election.csv:12: field 'seats': not a whole number: 'x'}. Bilingual:
     * {@code election.csv, regel 12, veld 'seats': geen geheel getal: 'x' / election.csv, line 12, field 'seats': not a whole number: 'x'}.
     */
    public String describe() {
        if (messageNl == null) {
            return english();
        }
        return place("regel", "veld") + messageNl + " / " + place("line", "field") + message;
    }

    /** The Dutch half of {@link #describe()} (the English one when the problem has no Dutch text). */
    public String inDutch() {
        return messageNl == null ? english() : place("regel", "veld") + messageNl;
    }

    /** The English half of {@link #describe()}, in the bilingual form's words. */
    public String inEnglish() {
        return messageNl == null ? english() : place("line", "field") + message;
    }

    /**
     * {@link #describe()} in at most {@code max} characters, for a user who is shown one line (the CLI: 300 with its
     * prefix). The values quoted in problems are already cut short ({@link Excerpt}), so what makes a line long is a long
     * path or field, which the bilingual form names twice. Shortened step by step, so that both messages stay whole as
     * long as they can: the file name alone for the path, then the place named once for both languages
     * ({@code file, regel/line 2, veld/field 'x': nl / en}). Cutting the text is the last resort.
     */
    public String describe(int max) {
        String text = oneLine(describe());
        if (text.length() <= max) {
            return text;
        }
        Problem shorter = source == null ? this : new Problem(fileName(source), line, field, message, messageNl);
        text = oneLine(shorter.describe());
        if (text.length() <= max) {
            return text;
        }
        if (messageNl != null) {
            text = oneLine(shorter.place("regel/line", "veld/field") + messageNl + " / " + message);
            if (text.length() <= max) {
                return text;
            }
        }
        return text.substring(0, max - 1) + "\u2026";
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n]+", " ");
    }

    private static String fileName(String source) {
        int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
        return slash >= 0 && slash < source.length() - 1 ? source.substring(slash + 1) : source;
    }

    private String english() {
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

    private String place(String lineWord, String fieldWord) {
        StringBuilder b = new StringBuilder();
        String sep = "";
        if (source != null) {
            b.append(source);
            sep = ", ";
        }
        if (line > 0) {
            b.append(sep).append(lineWord).append(' ').append(line);
            sep = ", ";
        }
        if (field != null) {
            b.append(sep).append(fieldWord).append(" '").append(field).append('\'');
            sep = ", ";
        }
        return sep.isEmpty() ? "" : b.append(": ").toString();
    }
}
