package nl.regiobesluit.archive;

import nl.regiobesluit.shared.Problem;
import nl.regiobesluit.shared.Result;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What an archivist searches decision records by — municipality, ambition, policy domain, cooperation model,
 * outcome, period and free text — as one Alfresco Full Text Search query on the {@code rb:} properties. Every value
 * is quoted, so a filter cannot change the query's shape.
 */
public record RecordQuery(String municipality, String ambition, String policyDomain, String cooperationModel,
                          String outcome, LocalDate from, LocalDate to, String text) {

    /** Reads the filters as a person types them; a date that is no date, or an inverted period, is rejected. */
    public static Result<RecordQuery> of(String municipality, String ambition, String policyDomain, String cooperationModel,
                                         String outcome, String from, String to, String text) {
        List<Problem> problems = new ArrayList<>();
        LocalDate f = date(from, "from", problems);
        LocalDate t = date(to, "to", problems);
        if (f != null && t != null && f.isAfter(t)) {
            problems.add(Problem.at(null, 0, "from", "the period starts after it ends: " + f + " > " + t));
        }
        if (!problems.isEmpty()) {
            return Result.rejected(problems);
        }
        return Result.ok(new RecordQuery(blank(municipality), blank(ambition), blank(policyDomain), blank(cooperationModel),
                blank(outcome), f, t, blank(text)));
    }

    public String afts() {
        List<String> terms = new ArrayList<>(List.of("TYPE:\"rb:decisionRecord\""));
        add(terms, "rb:recordMunicipalities", municipality);
        add(terms, "rb:criteriaAmbition", ambition);
        add(terms, "rb:criteriaPolicyDomain", policyDomain);
        add(terms, "rb:criteriaCooperationModel", cooperationModel);
        add(terms, "rb:recordOutcome", outcome);
        if (from != null || to != null) {
            terms.add("rb:decidedOn:[" + (from == null ? "MIN" : "\"" + from + "\"") + " TO " + (to == null ? "MAX" : "\"" + to + "\"") + "]");
        }
        if (text != null) {
            terms.add("TEXT:" + quote(text));
        }
        return String.join(" AND ", terms);
    }

    private static void add(List<String> terms, String field, String value) {
        if (value != null) {
            terms.add("=" + field + ":" + quote(value));
        }
    }

    private static String quote(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static LocalDate date(String value, String field, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (java.time.format.DateTimeParseException e) {
            problems.add(Problem.at(null, 0, field, "not a date (YYYY-MM-DD): '" + value + "'"));
            return null;
        }
    }
}
