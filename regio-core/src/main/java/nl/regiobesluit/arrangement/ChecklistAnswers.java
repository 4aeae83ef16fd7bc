package nl.regiobesluit.arrangement;

import nl.regiobesluit.shared.Excerpt;
import nl.regiobesluit.shared.Problem;
import nl.regiobesluit.shared.Result;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answers on a proposal's toetsingskader, as stored on the {@code rb:toetsingskader} aspect: {@code rb:checklistAnswers}
 * holds {@code questionId=answer} values, {@code rb:checklistNotApplicable} holds {@code questionId=reason} values
 * (n.v.t., not applicable). Blank answers and reasons are kept as blank: the policy decides what they mean.
 */
public record ChecklistAnswers(Map<String, String> answers, Map<String, String> notApplicable) {

    public ChecklistAnswers {
        answers = Map.copyOf(answers);
        notApplicable = Map.copyOf(notApplicable);
    }

    public static ChecklistAnswers none() {
        return new ChecklistAnswers(Map.of(), Map.of());
    }

    /** Reads both lists; a value without {@code id=}, or an id given twice in one list, is a problem naming the field. */
    public static Result<ChecklistAnswers> parse(List<String> answerValues, List<String> notApplicableValues, String source) {
        List<Problem> problems = new ArrayList<>();
        Map<String, String> answers = pairs(answerValues, "rb:checklistAnswers", source, problems);
        Map<String, String> nvt = pairs(notApplicableValues, "rb:checklistNotApplicable", source, problems);
        return problems.isEmpty() ? Result.ok(new ChecklistAnswers(answers, nvt)) : Result.rejected(problems);
    }

    private static Map<String, String> pairs(List<String> values, String field, String source, List<Problem> problems) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; values != null && i < values.size(); i++) {
            String v = values.get(i) == null ? "" : values.get(i);
            int eq = v.indexOf('=');
            String id = eq < 0 ? "" : v.substring(0, eq).strip();
            if (id.isEmpty()) {
                problems.add(Problem.bilingualAt(source, 0, field + "[" + i + "]",
                        "verwacht vraagcode=tekst, niet " + Excerpt.of(v), "expected questionId=text, not " + Excerpt.of(v)));
                continue;
            }
            if (out.put(id, v.substring(eq + 1).strip()) != null) {
                problems.add(Problem.bilingualAt(source, 0, field + "[" + i + "]", "vraag " + id + " staat er twee keer in",
                        "question " + id + " is given twice"));
            }
        }
        return out;
    }

    /** The stored form of the answers (for {@code rb:checklistAnswers}). */
    public List<String> answerValues() {
        return answers.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).sorted().toList();
    }

    public List<String> notApplicableValues() {
        return notApplicable.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).sorted().toList();
    }
}
