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
 * under one cooperation model, for one theme and with one municipality taking part. A theme matches the record's
 * ambition or its policy domain, ignoring case, because councils ask for "wonen" as readily as for "RUIMTE_EN_WONEN".
 * One municipality gives a council its own dashboard of the joint decisions it took part in (Voorschoten asked for one
 * twice a year).
 */
public record Selection(LocalDate from, LocalDate to, CooperationModel model, String theme, String municipality) {

    public static Result<Selection> of(LocalDate from, LocalDate to, CooperationModel model, String theme) {
        return of(from, to, model, theme, null);
    }

    /** The selection, or a rejection naming the field: a missing day or a period that ends before it starts. */
    public static Result<Selection> of(LocalDate from, LocalDate to, CooperationModel model, String theme, String municipality) {
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
        return Result.ok(new Selection(from, to, model, theme == null || theme.isBlank() ? null : theme.trim(),
                municipality == null || municipality.isBlank() ? null : municipality.trim()));
    }

    public boolean includes(RecordSummary record) {
        if (record.decidedOn().isBefore(from) || record.decidedOn().isAfter(to)) {
            return false;
        }
        if (model != null && record.model() != model) {
            return false;
        }
        if (municipality != null && record.municipalities().stream().noneMatch(municipality::equalsIgnoreCase)) {
            return false;
        }
        return theme == null || matches(record.ambition()) || matches(record.policyDomain());
    }

    private boolean matches(String value) {
        return value != null && value.toLowerCase(Locale.ROOT).equals(theme.toLowerCase(Locale.ROOT));
    }
}
