package nl.regiobesluit.arrangement;

import nl.regiobesluit.shared.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Whether a proposal's toetsingskader is complete: every question answered, or marked n.v.t. (not applicable) with a
 * reason. A proposal to start, join, change or leave a cooperation is not dispatched to the councils before it is
 * (issue 15). An answer to a question the toetsingskader does not have, or a question both answered and marked
 * n.v.t., is a problem too: the griffie must fix it, not the route guess.
 */
public final class ChecklistPolicy {

    /** The outcome: complete, or what is open. */
    public record Check(List<Toetsingskader.Question> unanswered, List<Toetsingskader.Question> notApplicableWithoutReason,
                        List<Problem> problems, int answered, int notApplicable) {

        public Check {
            unanswered = List.copyOf(unanswered);
            notApplicableWithoutReason = List.copyOf(notApplicableWithoutReason);
            problems = List.copyOf(problems);
        }

        public boolean complete() {
            return unanswered.isEmpty() && notApplicableWithoutReason.isEmpty() && problems.isEmpty();
        }

        /** The ids still open, for {@code rb:checklistOpenQuestions}: unanswered, then n.v.t. without a reason. */
        public List<String> openQuestionIds() {
            List<String> ids = new ArrayList<>();
            unanswered.forEach(q -> ids.add(q.id()));
            notApplicableWithoutReason.forEach(q -> ids.add(q.id()));
            return ids;
        }
    }

    private final Toetsingskader kader;

    public ChecklistPolicy(Toetsingskader kader) {
        this.kader = Objects.requireNonNull(kader, "kader");
    }

    public Check check(ChecklistAnswers given, String source) {
        List<Toetsingskader.Question> unanswered = new ArrayList<>();
        List<Toetsingskader.Question> withoutReason = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        int answered = 0;
        int nvt = 0;
        for (Toetsingskader.Question q : kader.questions()) {
            String answer = given.answers().get(q.id());
            String reason = given.notApplicable().get(q.id());
            boolean hasAnswer = answer != null && !answer.isBlank();
            if (hasAnswer && reason != null) {
                problems.add(Problem.bilingualAt(source, 0, q.id(), "zowel beantwoord als n.v.t.", "both answered and marked n.v.t."));
            } else if (hasAnswer) {
                answered++;
            } else if (reason != null) {
                if (reason.isBlank()) {
                    withoutReason.add(q);
                } else {
                    nvt++;
                }
            } else {
                unanswered.add(q);
            }
        }
        for (String id : given.answers().keySet()) {
            unknown(id, "rb:checklistAnswers", source, problems);
        }
        for (String id : given.notApplicable().keySet()) {
            unknown(id, "rb:checklistNotApplicable", source, problems);
        }
        return new Check(unanswered, withoutReason, problems, answered, nvt);
    }

    private void unknown(String id, String field, String source, List<Problem> problems) {
        if (kader.question(id).isEmpty()) {
            problems.add(Problem.bilingualAt(source, 0, field, "het toetsingskader heeft geen vraag " + id,
                    "the checklist has no question " + id));
        }
    }
}
