package nl.regiobesluit.shared;

/**
 * A value from an input as it may be quoted inside a one-line problem: control characters (a line break, a tab, a NUL)
 * written as {@code \u000A} so that the problem stays one line, and a long value cut short, so that a problem naming
 * it stays within the 300 characters a user is promised.
 */
public final class Excerpt {

    /** Longest part of a value quoted in a problem. */
    public static final int MAX = 40;

    private Excerpt() {
    }

    /** {@code 'value'}, made one line and at most {@link #MAX} characters of the value (then an ellipsis). */
    public static String quoted(String value) {
        return "'" + of(value) + "'";
    }

    /** The value made one line and at most {@link #MAX} characters (then an ellipsis), unquoted. */
    public static String of(String value) {
        return of(value, MAX);
    }

    /** {@code 'value'} cut to at most {@code max} characters (for a problem that quotes several values). */
    public static String quoted(String value, int max) {
        return "'" + of(value, max) + "'";
    }

    /** The value made one line and at most {@code max} characters (then an ellipsis), unquoted. */
    public static String of(String value, int max) {
        if (value == null) {
            return "";
        }
        // The length is counted as shown, so that an escaped control character (six characters) counts as six.
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            String piece = isControl(cp) ? String.format("\\u%04X", cp) : new String(Character.toChars(cp));
            if (b.length() + piece.length() > max) {
                return b.append('…').toString();
            }
            b.append(piece);
            i += Character.charCount(cp);
        }
        return b.toString();
    }

    /** True when the text holds a character that would break a line or is invisible control (ISO control, U+2028/9). */
    public static boolean hasControl(String value) {
        return value.codePoints().anyMatch(Excerpt::isControl);
    }

    private static boolean isControl(int cp) {
        return Character.isISOControl(cp) || Character.getType(cp) == Character.LINE_SEPARATOR
                || Character.getType(cp) == Character.PARAGRAPH_SEPARATOR;
    }
}
