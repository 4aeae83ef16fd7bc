package nl.regiobesluit.archive;

import java.util.Optional;

/**
 * Appraisal ({@code rb:waardering}). The enum names are the values of {@code rb:waarderingList}; label and code are
 * those of MDTO's begrippenlijst for waarderingen (B = blijvend te bewaren, V = tijdelijk te bewaren, i.e. to be
 * destroyed once the bewaartermijn has passed).
 */
public enum Waardering {
    BLIJVEND_TE_BEWAREN("Blijvend te bewaren", "B"),
    TE_VERNIETIGEN("Tijdelijk te bewaren", "V");

    private final String mdtoLabel;
    private final String mdtoCode;

    Waardering(String mdtoLabel, String mdtoCode) {
        this.mdtoLabel = mdtoLabel;
        this.mdtoCode = mdtoCode;
    }

    public String mdtoLabel() {
        return mdtoLabel;
    }

    public String mdtoCode() {
        return mdtoCode;
    }

    public static Optional<Waardering> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (Waardering w : values()) {
            if (w.name().equals(value.trim())) {
                return Optional.of(w);
            }
        }
        return Optional.empty();
    }
}
