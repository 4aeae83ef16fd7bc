package nl.regiobesluit.criteria.evaluation;

import java.util.Objects;

/**
 * One thing said in both languages of the report: Dutch first, English beside it in smaller print. Public so that
 * the report's template can read it.
 */
public record Words(String nl, String en) {

    public Words {
        Objects.requireNonNull(nl, "nl");
        Objects.requireNonNull(en, "en");
    }

    /** A name that is the same in both languages (a municipality, a theme a griffier typed, an index's name). */
    public static Words same(String text) {
        return new Words(text, text);
    }

    /** "Dutch / English", for one-line uses such as a chart title or a file's alt text. */
    public String both() {
        return nl.equals(en) ? nl : nl + " / " + en;
    }

    public Words capitalized() {
        return new Words(capitalize(nl), capitalize(en));
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
