package nl.regiobesluit.criteria.evaluation;

import nl.regiobesluit.routing.CooperationModel;
import nl.regiobesluit.shared.Problem;
import nl.regiobesluit.shared.Result;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which records an evaluation covers: those decided in the period [from, to] (both days included), optionally
 * under one cooperation model and for one theme. A theme matches the record's ambition or its policy domain,
 * ignoring case, because councils ask for "wonen" as readily as for "RUIMTE_EN_WONEN".
 */
public record Selection(LocalDate from, LocalDate to, CooperationModel model, String theme) {

    /** The selection, or a rejection naming the field: a missing day or a period that ends before it starts. */
    public static Result<Selection> of(LocalDate from, LocalDate to, CooperationModel model, String theme) {
        List<Problem> problems = new ArrayList<>();
        if (from == null) {
            problems.add(Problem.at(null, 0, "from", "the period needs a first day"));
        }
        if (to == null) {
            problems.add(Problem.at(null, 0, "to", "the period needs a last day"));
        }
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(Problem.at(null, 0, "to", "the period ends (" + to + ") before it starts (" + from + ")"));
        }
        if (!problems.isEmpty()) {
            return Result.rejected(problems);
        }
        return Result.ok(new Selection(from, to, model, theme == null || theme.isBlank() ? null : theme.trim()));
    }

    public boolean includes(RecordSummary record) {
        if (record.decidedOn().isBefore(from) || record.decidedOn().isAfter(to)) {
            return false;
        }
        if (model != null && record.model() != model) {
            return false;
        }
        return theme == null || matches(record.ambition()) || matches(record.policyDomain());
    }

    private boolean matches(String value) {
        return value != null && value.toLowerCase(Locale.ROOT).equals(theme.toLowerCase(Locale.ROOT));
    }
}
