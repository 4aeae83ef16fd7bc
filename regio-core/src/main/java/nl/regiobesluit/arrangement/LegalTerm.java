package nl.regiobesluit.arrangement;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A deadline as the law sets it: the last day on which the act is in time ({@code deadline}), the day the plain
 * count gave ({@code counted}, before the Algemene termijnenwet moved it), the article it rests on and the source the
 * article was read in, how the calendar was applied, and a note when the term runs through the summer recess.
 */
public record LegalTerm(LocalDate deadline, LocalDate counted, String article, String source, Counting counting,
                        Optional<String> recessNote) {

    /** How the last day was found. */
    public enum Counting {
        /** A term running forward from an event: Atw art. 1 lid 1 moves a last day that is not a working day. */
        FORWARD_ATW,
        /** A term counted back from an event: Atw art. 1 lid 2, never moved. */
        BACKWARD,
        /** A fixed date in the statute ("vóór 30 april"): the day before that date, never moved. */
        FIXED_DATE,
        /** Not a statutory term (the arrangement's own, e.g. the instruction deadline): plain count. */
        NOT_STATUTORY
    }

    public LegalTerm {
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(counted, "counted");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(counting, "counting");
        recessNote = recessNote == null ? Optional.empty() : recessNote;
    }

    /** True when the Algemene termijnenwet moved the last day. */
    public boolean extended() {
        return !deadline.equals(counted);
    }

    /** In time means on or before the deadline. */
    public boolean inTime(LocalDate actOn) {
        return !actOn.isAfter(deadline);
    }
}
