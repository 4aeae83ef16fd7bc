package nl.regiobesluit.routing.arrangement;

import static nl.regiobesluit.model.RbModel.*;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.regiobesluit.shared.AlfrescoDay;
import nl.regiobesluit.arrangement.ChecklistAnswers;
import nl.regiobesluit.arrangement.ChecklistPolicy;
import nl.regiobesluit.arrangement.InstructionPolicy;
import nl.regiobesluit.arrangement.LegalCalendar;
import nl.regiobesluit.arrangement.LegalTerm;
import nl.regiobesluit.arrangement.ProcedureKind;
import nl.regiobesluit.arrangement.SummerRecess;
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
 * {@code d:date} values into days, with regio-core's {@link AlfrescoDay} as the dashboard does. A day is the calendar
 * day in the Netherlands; it is stored as Alfresco stores a
 * {@code d:date}, midnight UTC of that day.
 */
@Component
public class ArrangementRules {

    /**
     * The councils' term of one Wgr procedure: its last day, the article it rests on, and, where it runs through the
     * summer recess, the note saying so (null otherwise).
     */
    public record Term(OffsetDateTime ends, String article, String summerRecessNote) {
    }

    private final WgrTerms terms;
    private final InstructionPolicy instruction = InstructionPolicy.standard();
    private final Toetsingskader kader = Toetsingskader.shipped();
    private final ChecklistPolicy checklist = new ChecklistPolicy(kader);
    private final ArrangementProperties properties;

    /** Fails at start-up, with one line naming the setting, when the recess or a decree day cannot be read. */
    public ArrangementRules(ArrangementProperties properties) {
        this.properties = properties;
        this.terms = new WgrTerms(new LegalCalendar(decreeDays(properties.decreeDays())), recess(properties.recess()));
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

    /**
     * The councils' term of a procedure of this kind, from the day the daily board sent it; for making, changing,
     * joining or leaving the regulation from the day the councils received the draft ({@code rb:wgrReceivedOn}, Wgr
     * art. 1 lid 3 "na ontvangst"), from sending only when that is not filled in (the basis then says so).
     */
    public Term term(RepoNode procedure) {
        ProcedureKind kind = ProcedureKind.valueOf(procedure.text(PROP_WGR_PROCEDURE_KIND));
        Optional<LocalDate> received = Optional.ofNullable(procedure.date(PROP_WGR_RECEIVED_ON)).map(ArrangementRules::day);
        LegalTerm t = terms.zienswijzeTerm(kind, day(procedure.date(PROP_WGR_SENT_ON)), received, properties.frameworkZienswijzeWeeks());
        return new Term(stored(t.deadline()), t.article(), t.recessNote().orElse(null));
    }

    /**
     * The daily board's sending checked against its send-by policy in {@link WgrTerms}: the draft budget twelve weeks
     * before the general board decides ({@code rb:wgrBoardMeetingDate}; art. 35 lid 1), the financial and policy
     * framework before 30 April of the year before the budget year and the provisional accounts before 30 April of
     * the year after their year ({@code rb:wgrBudgetYear}, for the accounts the year they cover; art. 34b). A note
     * (Dutch, then English) when it was sent after that day; empty when in time, or when the date or year the policy
     * needs is not filled in, or the kind has no send-by day (art. 1: the regulation).
     */
    public Optional<String> sentLate(RepoNode procedure) {
        ProcedureKind kind = ProcedureKind.valueOf(procedure.text(PROP_WGR_PROCEDURE_KIND));
        LocalDate sent = day(procedure.date(PROP_WGR_SENT_ON));
        Optional<Integer> year = Optional.ofNullable((Number) procedure.property(PROP_WGR_BUDGET_YEAR)).map(Number::intValue);
        Optional<LegalTerm> sendBy = switch (kind) {
            case BEGROTING -> Optional.ofNullable(procedure.date(PROP_WGR_BOARD_MEETING_DATE)).map(d -> terms.draftBudgetSendBy(day(d)));
            case KADERNOTA -> year.map(terms::kadersSendBy);
            case VOORLOPIGE_JAARREKENING -> year.map(terms::provisionalAccountsSendBy);
            case REGELING_TREFFEN, REGELING_WIJZIGEN, TOETREDING, UITTREDING -> Optional.empty();
        };
        return sendBy.filter(t -> sent.isAfter(t.deadline())).map(t -> "Het dagelijks bestuur verzond dit stuk te laat: op " + sent
                + ", de laatste dag was " + t.deadline() + " (" + t.article() + ") / The daily board sent this document late: on "
                + sent + ", the last day was " + t.deadline() + " (" + t.article() + ")");
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

    /** {@code MM-DD:MM-DD} within one year, as the CLI's {@code --recess}. */
    static SummerRecess recess(String text) {
        return SummerRecess.parse(text).orElseThrow(() -> new IllegalStateException(
                "regiobesluit.arrangements.recess: verwacht MM-DD:MM-DD binnen een jaar, bijvoorbeeld 07-01:08-31, niet '" + text
                + "' / expected MM-DD:MM-DD within one year, for example 07-01:08-31, not '" + text + "'"));
    }

    /** ISO days ({@code 2026-05-15}) that a royal decree adds as holidays (Atw art. 3 lid 3). */
    static Set<LocalDate> decreeDays(List<String> texts) {
        Set<LocalDate> days = new HashSet<>();
        for (int i = 0; i < texts.size(); i++) {
            try {
                days.add(LocalDate.parse(texts.get(i).strip()));
            } catch (DateTimeException e) {
                throw new IllegalStateException("regiobesluit.arrangements.decree-days[" + i + "]: verwacht een datum JJJJ-MM-DD,"
                        + " niet '" + texts.get(i) + "' / expected a date YYYY-MM-DD, not '" + texts.get(i) + "'");
            }
        }
        return days;
    }

    private static LocalDate day(OffsetDateTime t) {
        return AlfrescoDay.of(t);
    }

    private static OffsetDateTime stored(LocalDate day) {
        return day.atStartOfDay().atOffset(ZoneOffset.UTC);
    }
}
