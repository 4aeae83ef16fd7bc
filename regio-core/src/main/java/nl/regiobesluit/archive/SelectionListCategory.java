package nl.regiobesluit.archive;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A category (informatiecategorie) of a selection list, e.g. of the VNG "Selectielijst gemeenten en
 * intergemeentelijke organen 2020": its code (may be null when the archivist has not fixed one), its label and the
 * list it comes from. Stored in {@code rb:informatiecategorie} as {@code "<code> <label>"} (or the label alone).
 */
public record SelectionListCategory(String code, String label, String list) {

    public static final String VNG_2020 = "Selectielijst gemeenten en intergemeentelijke organen 2020";

    private static final Pattern CODED = Pattern.compile("^(\\d+(?:\\.\\d+)*)\\s+(\\S.*)$");

    public SelectionListCategory {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(list, "list");
        if (label.isBlank()) {
            throw new IllegalArgumentException("a category has a label");
        }
    }

    /** The value written to {@code rb:informatiecategorie}. */
    public String asPropertyValue() {
        return code == null || code.isBlank() ? label : code + " " + label;
    }

    /** Reads {@code rb:informatiecategorie} back; the list is not stored on the node, so it is given. */
    public static SelectionListCategory fromPropertyValue(String value, String list) {
        Matcher m = CODED.matcher(value.trim());
        return m.matches() ? new SelectionListCategory(m.group(1), m.group(2).trim(), list)
                : new SelectionListCategory(null, value.trim(), list);
    }
}
