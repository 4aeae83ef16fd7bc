package nl.regiobesluit.arrangement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The half-yearly dashboard of one council's joint arrangements (issue 15), as figures: for every arrangement the
 * council takes part in, its meetings with papers in time or late, the council's instructions to its AB member, its
 * zienswijzen and what the board did with them, its budget share and vote weight, the evaluation due; the deadlines
 * coming up within the horizon; and the toetsingskader answers of the proposals that concern the council.
 * Computed here, framework-free; {@link DashboardReport} lays it out.
 */
public record Dashboard(String municipality, LocalDate on, LocalDate horizon, List<ArrangementFigures> arrangements,
                        List<Deadline> upcoming, List<ProposalChecklist> proposals) {

    public static final int DEFAULT_HORIZON_MONTHS = 6;

    /** The figures of one arrangement for the council. */
    public record ArrangementFigures(String name, LegalForm legalForm, int participants, Optional<BigDecimal> budgetShare,
                                     Optional<Integer> budgetYear, List<String> abMembers, List<String> dbMembers,
                                     Optional<BigDecimal> voteWeightPercent, int meetings, int papersInTime, int papersLate,
                                     int papersUnknown, int instructionsInTime, int instructionsLate, int instructionsOpen,
                                     int instructionsMissed, int reportedBack, int procedures, int zienswijzenGiven,
                                     int zienswijzenOutOfTime, int zienswijzenNone, int zienswijzenPending, int boardAdopted,
                                     int boardPartlyAdopted, int boardNotAdopted, int boardNotAnswered, int boardAnswers,
                                     Optional<LocalDate> evaluationDue, EvaluationPolicy.Status evaluation) {
        public int instructionsGiven() {
            return instructionsInTime + instructionsLate;
        }
    }

    /** What is due when, where it comes from. */
    public record Deadline(LocalDate date, String arrangement, String whatNl, String whatEn, String basis) {
    }

    /** One question of a proposal's toetsingskader, as answered. */
    public record ChecklistRow(String partNl, String partEn, String id, String questionNl, String questionEn, Answer answer, String text) {
    }

    public enum Answer { ANSWERED, NOT_APPLICABLE, OPEN }

    /** A proposal's toetsingskader: complete or not, with every question. */
    public record ProposalChecklist(String name, Optional<CooperationAction> action, Optional<String> arrangement,
                                    boolean complete, int answered, int notApplicable, int open, List<String> problems,
                                    List<ChecklistRow> rows) {
    }

    /** The dashboard for {@code municipality} on {@code on}, looking {@code horizonMonths} ahead. */
    public static Dashboard of(GrRecords records, String municipality, LocalDate on, int horizonMonths, InstructionPolicy instructions,
                               WgrTerms terms, EvaluationPolicy evaluations, Toetsingskader kader) {
        Objects.requireNonNull(municipality, "municipality");
        LocalDate horizon = on.plusMonths(horizonMonths);
        List<ArrangementFigures> figures = new ArrayList<>();
        List<Deadline> upcoming = new ArrayList<>();
        for (GrRecords.ArrangementRecord r : records.arrangements()) {
            JointArrangement a = r.arrangement();
            Optional<String> me = a.participant(municipality);
            if (me.isEmpty()) {
                continue;
            }
            figures.add(figures(r, me.get(), on, horizon, instructions, terms, evaluations, upcoming));
        }
        figures.sort(Comparator.comparing(ArrangementFigures::name));
        upcoming.sort(Comparator.comparing(Deadline::date).thenComparing(Deadline::arrangement).thenComparing(Deadline::whatEn));
        ChecklistPolicy policy = new ChecklistPolicy(kader);
        List<ProposalChecklist> proposals = records.proposals().stream().filter(p -> p.concerns(municipality))
                .map(p -> checklist(p, kader, policy)).sorted(Comparator.comparing(ProposalChecklist::name)).toList();
        return new Dashboard(municipality, on, horizon, figures, upcoming, proposals);
    }

    private static ArrangementFigures figures(GrRecords.ArrangementRecord r, String me, LocalDate on, LocalDate horizon,
                                              InstructionPolicy instructions, WgrTerms terms, EvaluationPolicy evaluations,
                                              List<Deadline> upcoming) {
        JointArrangement a = r.arrangement();
        int papersInTime = 0;
        int papersLate = 0;
        int papersUnknown = 0;
        int[] instr = new int[InstructionPolicy.Status.values().length];
        int reportedBack = 0;
        for (GrRecords.Meeting m : r.meetings()) {
            if (m.filedOn().isEmpty()) {
                papersUnknown++;
            } else if (instructions.papersInTime(m.filedOn().get(), m.date(), a.instructionLeadDays())) {
                papersInTime++;
            } else {
                papersLate++;
            }
            Optional<GrRecords.CoverNote> note = m.coverNoteOf(me);
            LocalDate deadline = note.flatMap(GrRecords.CoverNote::instructionDeadline)
                    .orElse(instructions.deadline(m.date(), a.instructionLeadDays()));
            Optional<LocalDate> given = note.flatMap(GrRecords.CoverNote::instructionGivenOn);
            InstructionPolicy.Status status = instructions.status(given, deadline, on);
            instr[status.ordinal()]++;
            if (status == InstructionPolicy.Status.OPEN && !deadline.isAfter(horizon)) {
                upcoming.add(new Deadline(deadline, a.name(), "instructie AB-lid voor de vergadering van " + m.date(),
                        "instruction of the AB member for the meeting of " + m.date(), "regeling: " + a.instructionLeadDays() + " dagen / days"));
            }
            if (note.flatMap(GrRecords.CoverNote::reportedBackOn).isPresent()) {
                reportedBack++;
            } else {
                note.flatMap(GrRecords.CoverNote::reportBackDue).filter(d -> !d.isBefore(on) && !d.isAfter(horizon))
                        .ifPresent(d -> upcoming.add(new Deadline(d, a.name(), "terugkoppeling na de vergadering van " + m.date(),
                                "report back after the meeting of " + m.date(), "regeling / arrangement")));
            }
        }
        int[] zw = new int[ZienswijzeStatus.values().length];
        int[] board = new int[BoardResponse.values().length];
        int answers = 0;
        for (GrRecords.Procedure p : r.procedures()) {
            if (p.boardAnswerOn().isPresent()) {
                answers++;
            }
            Optional<LegalTerm> computed = p.sentOn().map(s -> terms.zienswijzeTerm(p.kind(), s, p.receivedOn(),
                    WgrTerms.DEFAULT_ARRANGEMENT_ZIENSWIJZE_WEEKS));
            Optional<LocalDate> deadline = p.deadline().or(() -> computed.map(LegalTerm::deadline));
            Optional<GrRecords.Zienswijze> z = p.zienswijzeOf(me);
            ZienswijzeStatus status = status(z, deadline, on);
            zw[status.ordinal()]++;
            if (status == ZienswijzeStatus.GIVEN || status == ZienswijzeStatus.OUT_OF_TIME) {
                board[z.map(GrRecords.Zienswijze::boardResponse).orElse(BoardResponse.PENDING).ordinal()]++;
            }
            if (status == ZienswijzeStatus.PENDING && deadline.isPresent() && !deadline.get().isAfter(horizon)) {
                String basis = p.deadlineBasis().or(() -> computed.map(LegalTerm::article)).orElse("");
                upcoming.add(new Deadline(deadline.get(), a.name(), "zienswijze " + p.kind().dutch().toLowerCase(java.util.Locale.ROOT),
                        "zienswijze on the " + p.kind().english().toLowerCase(java.util.Locale.ROOT), basis));
            }
        }
        Optional<LocalDate> due = evaluations.dueOn(a.lastEvaluation(), a.evaluationCycleYears());
        EvaluationPolicy.Status evaluation = evaluations.status(a.lastEvaluation(), a.evaluationCycleYears(), on);
        due.filter(d -> !d.isBefore(on) && !d.isAfter(horizon)).ifPresent(d -> upcoming.add(new Deadline(d, a.name(),
                "evaluatie (elke " + a.evaluationCycleYears() + " jaar)", "evaluation (every " + a.evaluationCycleYears() + " years)",
                "regeling / arrangement")));
        Optional<BigDecimal> weight = a.weightsOn(on).map(w -> w.percentages().get(me));
        return new ArrangementFigures(a.name(), a.legalForm(), a.participants().size(), Optional.ofNullable(a.budgetShares().get(me)),
                a.budgetShareYear(), a.abMembers().getOrDefault(me, List.of()), a.dbMembers().getOrDefault(me, List.of()), weight,
                r.meetings().size(), papersInTime, papersLate, papersUnknown,
                instr[InstructionPolicy.Status.GIVEN_IN_TIME.ordinal()], instr[InstructionPolicy.Status.GIVEN_LATE.ordinal()],
                instr[InstructionPolicy.Status.OPEN.ordinal()], instr[InstructionPolicy.Status.MISSED.ordinal()], reportedBack,
                r.procedures().size(), zw[ZienswijzeStatus.GIVEN.ordinal()], zw[ZienswijzeStatus.OUT_OF_TIME.ordinal()],
                zw[ZienswijzeStatus.NONE.ordinal()], zw[ZienswijzeStatus.PENDING.ordinal()],
                board[BoardResponse.ADOPTED.ordinal()], board[BoardResponse.PARTLY_ADOPTED.ordinal()],
                board[BoardResponse.NOT_ADOPTED.ordinal()], board[BoardResponse.PENDING.ordinal()], answers, due, evaluation);
    }

    /**
     * The council's zienswijze on {@code on}: a council that declared none is none, whatever date its record carries
     * (as the service judges it, ArrangementRules.zienswijzeStatus); otherwise from its date against the deadline when
     * both are known (the policy, not the stored code, decides in time or not); a pending one whose deadline passed is
     * none; otherwise as stored. A council without a zienswijze record counts as pending.
     */
    static ZienswijzeStatus status(Optional<GrRecords.Zienswijze> z, Optional<LocalDate> deadline, LocalDate on) {
        ZienswijzeStatus stored = z.map(GrRecords.Zienswijze::status).orElse(ZienswijzeStatus.PENDING);
        if (stored == ZienswijzeStatus.NONE) {
            return ZienswijzeStatus.NONE;
        }
        Optional<LocalDate> date = z.flatMap(GrRecords.Zienswijze::date);
        if (deadline.isPresent() && (date.isPresent() || stored == ZienswijzeStatus.PENDING)) {
            return ZienswijzeStatus.of(date, false, deadline.get(), on);
        }
        return stored;
    }

    private static ProposalChecklist checklist(GrRecords.ProposalRecord p, Toetsingskader kader, ChecklistPolicy policy) {
        ChecklistPolicy.Check check = policy.check(p.answers(), p.name());
        List<ChecklistRow> rows = new ArrayList<>();
        for (Toetsingskader.Part part : kader.parts()) {
            for (Toetsingskader.Question q : part.questions()) {
                String answer = p.answers().answers().get(q.id());
                String reason = p.answers().notApplicable().get(q.id());
                Answer kind;
                String text;
                if (answer != null && !answer.isBlank()) {
                    kind = Answer.ANSWERED;
                    text = answer;
                } else if (reason != null && !reason.isBlank()) {
                    kind = Answer.NOT_APPLICABLE;
                    text = reason;
                } else {
                    kind = Answer.OPEN;
                    text = "";
                }
                rows.add(new ChecklistRow(part.dutch(), part.english(), q.id(), q.dutch(), q.english(), kind, text));
            }
        }
        int open = check.unanswered().size() + check.notApplicableWithoutReason().size();
        return new ProposalChecklist(p.name(), p.action(), p.arrangement(), check.complete(), check.answered(), check.notApplicable(),
                open, check.problems().stream().map(nl.regiobesluit.shared.Problem::describe).toList(), rows);
    }

    // ---------------------------------------------------------------- totals over the arrangements

    public int totalMeetings() {
        return arrangements.stream().mapToInt(ArrangementFigures::meetings).sum();
    }

    public int totalPapersInTime() {
        return arrangements.stream().mapToInt(ArrangementFigures::papersInTime).sum();
    }

    public int totalPapersLate() {
        return arrangements.stream().mapToInt(ArrangementFigures::papersLate).sum();
    }

    public int totalInstructionsGiven() {
        return arrangements.stream().mapToInt(ArrangementFigures::instructionsGiven).sum();
    }

    public int totalInstructionsMissed() {
        return arrangements.stream().mapToInt(ArrangementFigures::instructionsMissed).sum();
    }

    public int totalZienswijzenGiven() {
        return arrangements.stream().mapToInt(f -> f.zienswijzenGiven() + f.zienswijzenOutOfTime()).sum();
    }

    public int totalEvaluationsDue() {
        return (int) arrangements.stream().filter(f -> f.evaluation() == EvaluationPolicy.Status.DUE
                || f.evaluation() == EvaluationPolicy.Status.OVERDUE).count();
    }
}
