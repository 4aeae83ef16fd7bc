package nl.regiobesluit.archive;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * What the selection list says about one kind of record: keep it forever, or destroy it after {@code bewaartermijn}
 * (an ISO-8601 period such as {@code P10Y}); and the category the judgement comes from.
 */
public record Retention(Waardering waardering, Period bewaartermijn, SelectionListCategory category) {

    public Retention {
        Objects.requireNonNull(waardering, "waardering");
        Objects.requireNonNull(category, "category");
        if (waardering == Waardering.BLIJVEND_TE_BEWAREN && bewaartermijn != null) {
            throw new IllegalArgumentException("a record kept forever has no bewaartermijn");
        }
        if (waardering == Waardering.TE_VERNIETIGEN && (bewaartermijn == null || bewaartermijn.isNegative()
                || bewaartermijn.isZero())) {
            throw new IllegalArgumentException("a record to be destroyed needs a positive bewaartermijn");
        }
    }

    public static Retention permanent(SelectionListCategory category) {
        return new Retention(Waardering.BLIJVEND_TE_BEWAREN, null, category);
    }

    public static Retention destroyAfter(Period period, SelectionListCategory category) {
        return new Retention(Waardering.TE_VERNIETIGEN, period, category);
    }

    public Optional<Period> term() {
        return Optional.ofNullable(bewaartermijn);
    }

    /** The day the term ends when it starts on {@code start}; empty for records kept forever. */
    public Optional<LocalDate> endsOn(LocalDate start) {
        return term().map(start::plus);
    }
}
