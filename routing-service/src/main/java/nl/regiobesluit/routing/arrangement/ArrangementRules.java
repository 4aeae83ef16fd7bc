package nl.regiobesluit.routing.arrangement;

import static nl.regiobesluit.model.RbModel.*;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.regiobesluit.arrangement.ChecklistAnswers;
import nl.regiobesluit.arrangement.ChecklistPolicy;
import nl.regiobesluit.arrangement.InstructionPolicy;
import nl.regiobesluit.arrangement.LegalTerm;
import nl.regiobesluit.arrangement.ProcedureKind;
import nl.regiobesluit.arrangement.Toetsingskader;
import nl.regiobesluit.arrangement.WgrTerms;
import nl.regiobesluit.arrangement.ZienswijzeStatus;
import nl.regiobesluit.routing.alfresco.RepoNode;
import nl.regiobesluit.shared.Problem;
import nl.regiobesluit.shared.Result;
import org.springframework.stereotype.Component;

/**
 * The one place where the arrangement routes ask regio-core's rules ({@code nl.regiobesluit.arrangement}): the Wgr
 * terms with the article each rests on ({@link WgrTerms}: art. 1 lid 3, 34b, 35 lid 3, the Algemene termijnenwet art. 1
 * for the last day), the instruction deadline ({@link InstructionPolicy}), a zienswijze's status ({@link ZienswijzeStatus})
 * and the toetsingskader ({@link ChecklistPolicy}). The routes hold no date rule of their own; they only turn Alfresco's
 * {@code d:date} values into days. A day is the calendar day in the Netherlands; it is stored as Alfresco stores a
 * {@code d:date}, midnight UTC of that day.
 */
@Component
public class ArrangementRules {

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    /**
     * The councils' term of one Wgr procedure: its last day, the article it rests on, and, where it runs through the
     * summer recess, the note saying so (null otherwise).
     */
    public record Term(OffsetDateTime ends, String article, String summerRecessNote) {
    }

    private final WgrTerms terms = WgrTerms.standard();
    private final InstructionPolicy instruction = InstructionPolicy.standard();
    private final Toetsingskader kader = Toetsingskader.shipped();
    private final ChecklistPolicy checklist = new ChecklistPolicy(kader);
    private final ArrangementProperties properties;

    public ArrangementRules(ArrangementProperties properties) {
        this.properties = properties;
    }

    /** The meeting less the arrangement's lead days, never moved (not a statutory term). */
    public OffsetDateTime instructionDeadline(OffsetDateTime meeting, int leadDays) {
        return stored(instruction.deadline(day(meeting), leadDays));
    }

    /** The instruction deadline passed without an instruction. */
    public boolean instructionMissed(OffsetDateTime givenOn, OffsetDateTime deadline, OffsetDateTime now) {
        return instruction.escalate(Optional.ofNullable(givenOn).map(ArrangementRules::day), day(deadline), day(now));
    }

    /** The meeting is over (the day after it at the earliest), so its member is to report back. */
    public boolean meetingHeld(OffsetDateTime meeting, OffsetDateTime now) {
        return day(now).isAfter(day(meeting));
    }

    /** The councils' term of a procedure of this kind, from the day the daily board sent it. */
    public Term term(RepoNode procedure) {
        ProcedureKind kind = ProcedureKind.valueOf(procedure.text(PROP_WGR_PROCEDURE_KIND));
        LegalTerm t = terms.zienswijzeTerm(kind, day(procedure.date(PROP_WGR_SENT_ON)), properties.frameworkZienswijzeWeeks());
        return new Term(stored(t.deadline()), t.article(), t.recessNote().orElse(null));
    }

    /**
     * What a zienswijze record says once judged against the term: given on or before its last day GIVEN, after it
     * OUT_OF_TIME, a council that declared none NONE. A zienswijze recorded as given without a date counts from today.
     */
    public String zienswijzeStatus(String recorded, OffsetDateTime givenOn, OffsetDateTime termEnds, OffsetDateTime now) {
        boolean declaredNone = ZIENSWIJZE_NONE.equals(recorded);
        Optional<LocalDate> given = declaredNone ? Optional.empty() : Optional.of(day(givenOn != null ? givenOn : now));
        return ZienswijzeStatus.of(given, declaredNone, day(termEnds), day(now)).name();
    }

    /** The term ended and nothing came from the council, which did not declare it gives none. */
    public boolean zienswijzeMissed(OffsetDateTime termEnds, OffsetDateTime now) {
        return ZienswijzeStatus.escalate(Optional.empty(), false, day(termEnds), day(now));
    }

    /** What is still open of a proposal's toetsingskader: empty when complete. */
    public Open openQuestions(RepoNode proposal) {
        Result<ChecklistAnswers> answers = ChecklistAnswers.parse(proposal.texts(PROP_CHECKLIST_ANSWERS),
                proposal.texts(PROP_CHECKLIST_NOT_APPLICABLE), "voorstel " + proposal.name());
        if (!answers.isOk()) {
            return new Open(List.of(), answers.problems().stream().map(Problem::describe).toList());
        }
        ChecklistPolicy.Check check = checklist.check(answers.value(), "voorstel " + proposal.name());
        List<String> lines = new ArrayList<>();
        check.unanswered().forEach(q -> lines.add(q.id() + " " + q.dutch() + " / " + q.english()));
        check.notApplicableWithoutReason().forEach(q -> lines.add(q.id() + " n.v.t. zonder reden / not applicable without a reason"));
        check.problems().forEach(p -> lines.add(p.describe()));
        return new Open(check.openQuestionIds(), lines);
    }

    /** The open questions' ids (for {@code rb:checklistOpenQuestions}) and one line each for the griffie (with any problem). */
    public record Open(List<String> ids, List<String> lines) {
        public boolean none() {
            return ids.isEmpty() && lines.isEmpty();
        }
    }

    private static LocalDate day(OffsetDateTime t) {
        return t.atZoneSameInstant(NL).toLocalDate();
    }

    private static OffsetDateTime stored(LocalDate day) {
        return day.atStartOfDay().atOffset(ZoneOffset.UTC);
    }
}
