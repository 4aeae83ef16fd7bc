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
        if (value == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        int shown = 0;
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            if (shown == MAX) {
                return b.append('…').toString();
            }
            if (Character.isISOControl(cp) || Character.getType(cp) == Character.LINE_SEPARATOR
                    || Character.getType(cp) == Character.PARAGRAPH_SEPARATOR) {
                b.append(String.format("\\u%04X", cp));
            } else {
                b.appendCodePoint(cp);
            }
            shown++;
            i += Character.charCount(cp);
        }
        return b.toString();
    }

    /** True when the text holds a character that would break a line or is invisible control (ISO control, U+2028/9). */
    public static boolean hasControl(String value) {
        return value.codePoints().anyMatch(cp -> Character.isISOControl(cp) || Character.getType(cp) == Character.LINE_SEPARATOR
                || Character.getType(cp) == Character.PARAGRAPH_SEPARATOR);
    }
}
