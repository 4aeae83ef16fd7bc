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
 * under one cooperation model, for one theme and with one municipality taking part. The theme is the proposal's
 * {@code rb:theme}, the "Thema" field griffie staff fill in on Share's proposal form (share-config-custom.xml, set
 * rb-routed), matched ignoring case and surrounding spaces because it is typed by hand.
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
            problems.add(Problem.bilingualAt(null, 0, "from", "de periode heeft een eerste dag nodig", "the period needs a first day"));
        }
        if (to == null) {
            problems.add(Problem.bilingualAt(null, 0, "to", "de periode heeft een laatste dag nodig", "the period needs a last day"));
        }
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(Problem.bilingualAt(null, 0, "to", "de periode eindigt (" + to + ") voordat ze begint (" + from + ")",
                    "the period ends (" + to + ") before it starts (" + from + ")"));
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
        return theme == null || (record.theme() != null && record.theme().toLowerCase(Locale.ROOT).equals(theme.toLowerCase(Locale.ROOT)));
    }

    /** The filters besides the period, in words, for saying what matched nothing; empty when there are none. */
    public List<Words> filters() {
        List<Words> filters = new ArrayList<>();
        if (model != null) {
            Words name = ReportText.load().model(model);
            filters.add(new Words("samenwerkingsvorm " + name.nl(), "cooperation model " + name.en()));
        }
        if (theme != null) {
            filters.add(new Words("thema '" + theme + "'", "theme '" + theme + "'"));
        }
        if (municipality != null) {
            filters.add(new Words("gemeente " + municipality, "municipality " + municipality));
        }
        return filters;
    }
}
