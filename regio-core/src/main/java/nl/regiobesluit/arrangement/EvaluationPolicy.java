package nl.regiobesluit.arrangement;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When an arrangement is due for evaluation: its last evaluation plus its cycle in years ({@code rb:evaluationCycleYears},
 * Voorschoten's vision gives four as the example). Never evaluated means due now. Due within {@code warnMonths} is
 * {@code SOON}, so the half-yearly dashboard shows it one report ahead.
 */
public final class EvaluationPolicy {

    public static final int DEFAULT_CYCLE_YEARS = 4;
    public static final int DEFAULT_WARN_MONTHS = 6;

    public enum Status { OVERDUE, DUE, SOON, NOT_DUE }

    private final int warnMonths;

    public EvaluationPolicy(int warnMonths) {
        this.warnMonths = warnMonths;
    }

    public static EvaluationPolicy standard() {
        return new EvaluationPolicy(DEFAULT_WARN_MONTHS);
    }

    /** The due date; empty when never evaluated. */
    public Optional<LocalDate> dueOn(Optional<LocalDate> lastEvaluation, int cycleYears) {
        return lastEvaluation.map(d -> d.plusYears(cycleYears));
    }

    /** On the due day it is DUE; after it OVERDUE; within the warning months before it SOON. */
    public Status status(Optional<LocalDate> lastEvaluation, int cycleYears, LocalDate today) {
        Optional<LocalDate> due = dueOn(lastEvaluation, cycleYears);
        if (due.isEmpty()) {
            return Status.DUE;
        }
        if (today.isAfter(due.get())) {
            return Status.OVERDUE;
        }
        if (today.equals(due.get())) {
            return Status.DUE;
        }
        return today.plusMonths(warnMonths).isBefore(due.get()) ? Status.NOT_DUE : Status.SOON;
    }
}
