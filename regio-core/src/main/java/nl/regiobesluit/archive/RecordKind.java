package nl.regiobesluit.archive;

import java.util.Optional;

/**
 * The kinds of record that get a retention of their own, named after the {@code rb:} content types they are stored as.
 * The type names are literals here because regio-core does not depend on regio-model.
 */
public enum RecordKind {
    DECISION_RECORD("rb:decisionRecord"),
    COUNCIL_DECISION("rb:councilDecision"),
    ADVICE("rb:advice"),
    AGENDA_ITEM("rb:agendaItem"),
    PROPOSAL("rb:proposal");

    private final String contentType;

    RecordKind(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    /** By enum name ({@code DECISION_RECORD}) or by content type ({@code rb:decisionRecord}). */
    public static Optional<RecordKind> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (RecordKind k : values()) {
            if (k.name().equals(value.trim()) || k.contentType.equals(value.trim())) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
