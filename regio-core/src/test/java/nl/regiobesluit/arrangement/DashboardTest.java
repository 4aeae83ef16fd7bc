package nl.regiobesluit.arrangement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every figure of the dashboard against values worked out by hand from {@code dashboard-records.json} for Voorschoten
 * on 30 June 2027 (horizon six months, lead days 7, ten days to prepare); the working is in the comments.
 */
class DashboardTest {

    static final LocalDate ON = LocalDate.of(2027, 6, 30);
    private static Dashboard dashboard;

    static GrRecords fixture() throws Exception {
        try (InputStream in = DashboardTest.class.getResourceAsStream("dashboard-records.json")) {
            return GrRecordsJson.read(in, "dashboard-records.json").value();
        }
    }

    @BeforeAll
    static void compute() throws Exception {
        dashboard = Dashboard.of(fixture(), "Voorschoten", ON, 6, InstructionPolicy.standard(), WgrTerms.standard(),
                EvaluationPolicy.standard(), Toetsingskader.shipped());
    }

    private static Dashboard.ArrangementFigures figures(String name) {
        return dashboard.arrangements().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void onlyTheArrangementsVoorschotenTakesPartInAreShown() {
        assertThat(dashboard.arrangements()).extracting(Dashboard.ArrangementFigures::name)
                .containsExactlyInAnyOrder("Regionale Dienst Voorbeeld", "Economie071 Voorbeeld");
        assertThat(dashboard.horizon()).isEqualTo(LocalDate.of(2027, 12, 30));
    }

    @Test
    void theRegisterShowsTheCouncilsShareMembersAndTheWeightOfTheDay() {
        Dashboard.ArrangementFigures f = figures("Regionale Dienst Voorbeeld");
        assertThat(f.legalForm()).isEqualTo(LegalForm.OPENBAAR_LICHAAM);
        assertThat(f.participants()).isEqualTo(5);
        assertThat(f.budgetShare()).contains(new BigDecimal("13.5"));     // "Voorschoten=13,5"
        assertThat(f.budgetYear()).contains(2027);
        assertThat(f.abMembers()).containsExactly("J. de Vries");
        assertThat(f.dbMembers()).isEmpty();
        assertThat(f.voteWeightPercent()).contains(new BigDecimal("25.00")); // 2027 weights: 2 of 3+1+1+2+1 = 8
        Dashboard.ArrangementFigures e = figures("Economie071 Voorbeeld");
        assertThat(e.budgetShare()).contains(new BigDecimal("8"));
        assertThat(e.voteWeightPercent()).isEmpty();
    }

    @Test
    void papersAreInTimeWhenTenDaysRemainBeforeTheInstructionDeadline() {
        Dashboard.ArrangementFigures f = figures("Regionale Dienst Voorbeeld");
        // 18 Mar: deadline 11 Mar, papers by 1 Mar, filed 26 Feb: in time. 24 Jun: deadline 17 Jun, by 7 Jun, filed 14 Jun: late.
        // 8 Jul: deadline 1 Jul, by 21 Jun, filed 10 Jun: in time. 20 Jan: no filing date: unknown.
        assertThat(f.meetings()).isEqualTo(4);
        assertThat(f.papersInTime()).isEqualTo(2);
        assertThat(f.papersLate()).isEqualTo(1);
        assertThat(f.papersUnknown()).isEqualTo(1);
        // 12 May: deadline 5 May, by 25 Apr, filed 20 Apr: in time.
        assertThat(figures("Economie071 Voorbeeld").papersInTime()).isEqualTo(1);
    }

    @Test
    void instructionsAreInTimeLateOpenOrMissed() {
        Dashboard.ArrangementFigures f = figures("Regionale Dienst Voorbeeld");
        // 18 Mar given 10 Mar (deadline 11): in time; 20 Jan given 15 Jan (deadline 13): late;
        // 24 Jun not given, deadline 17 Jun passed: missed; 8 Jul not given, deadline 1 Jul still ahead: open.
        assertThat(f.instructionsInTime()).isEqualTo(1);
        assertThat(f.instructionsLate()).isEqualTo(1);
        assertThat(f.instructionsMissed()).isEqualTo(1);
        assertThat(f.instructionsOpen()).isEqualTo(1);
        assertThat(f.instructionsGiven()).isEqualTo(2);
        assertThat(f.reportedBack()).isEqualTo(1);
        // Economie071: no cover note for the 12 May meeting, deadline 5 May passed: missed.
        assertThat(figures("Economie071 Voorbeeld").instructionsMissed()).isEqualTo(1);
    }

    @Test
    void zienswijzenAreJudgedByTheirDateAgainstTheDeadline() {
        Dashboard.ArrangementFigures f = figures("Regionale Dienst Voorbeeld");
        // begroting: 10 May by 24 May: given. regeling wijzigen: sent 3 May, 8 weeks is Mon 28 Jun, given 29 Jun: out of time
        // (stored GIVEN). kadernota: no record, deadline 15 Aug ahead: pending. voorlopige jaarrekening: stored none.
        assertThat(f.procedures()).isEqualTo(4);
        assertThat(f.zienswijzenGiven()).isEqualTo(1);
        assertThat(f.zienswijzenOutOfTime()).isEqualTo(1);
        assertThat(f.zienswijzenNone()).isEqualTo(1);
        assertThat(f.zienswijzenPending()).isEqualTo(1);
    }

    @Test
    void aCouncilThatDeclaredNoneStaysNoneWhateverDateItsRecordCarries() {
        // Review #20: stored NONE with the date the council said so. Deadline 24 May 2027, judged on 30 Jun 2027.
        // Dated 10 May (before the deadline): the service keeps NONE (ArrangementRules.zienswijzeStatus), so must we,
        // not GIVEN. Dated 1 Jun (after it): still NONE, not OUT_OF_TIME.
        Optional<LocalDate> deadline = Optional.of(LocalDate.of(2027, 5, 24));
        GrRecords.Zienswijze before = new GrRecords.Zienswijze("Voorschoten", ZienswijzeStatus.NONE,
                Optional.of(LocalDate.of(2027, 5, 10)), BoardResponse.PENDING);
        GrRecords.Zienswijze after = new GrRecords.Zienswijze("Voorschoten", ZienswijzeStatus.NONE,
                Optional.of(LocalDate.of(2027, 6, 1)), BoardResponse.PENDING);
        assertThat(Dashboard.status(Optional.of(before), deadline, ON)).isEqualTo(ZienswijzeStatus.NONE);
        assertThat(Dashboard.status(Optional.of(after), deadline, ON)).isEqualTo(ZienswijzeStatus.NONE);
        // Before the deadline (on 20 May) a declared none is none already, not pending.
        assertThat(Dashboard.status(Optional.of(before), deadline, LocalDate.of(2027, 5, 20))).isEqualTo(ZienswijzeStatus.NONE);
    }

    @Test
    void theBoardsResponseIsCountedForEveryZienswijzeGiven() {
        Dashboard.ArrangementFigures f = figures("Regionale Dienst Voorbeeld");
        assertThat(f.boardPartlyAdopted()).isEqualTo(1);
        assertThat(f.boardNotAdopted()).isEqualTo(1);
        assertThat(f.boardAdopted()).isZero();
        assertThat(f.boardNotAnswered()).isZero();
        assertThat(f.boardAnswers()).isEqualTo(1);
    }

    @Test
    void evaluationsAreDueAfterTheirCycle() {
        // Last 1 Sep 2023 + 4 years = 1 Sep 2027, within six months of 30 Jun 2027: soon. Economie071 never evaluated: due.
        assertThat(figures("Regionale Dienst Voorbeeld").evaluationDue()).contains(LocalDate.of(2027, 9, 1));
        assertThat(figures("Regionale Dienst Voorbeeld").evaluation()).isEqualTo(EvaluationPolicy.Status.SOON);
        assertThat(figures("Economie071 Voorbeeld").evaluation()).isEqualTo(EvaluationPolicy.Status.DUE);
        assertThat(figures("Economie071 Voorbeeld").evaluationDue()).isEmpty();
    }

    @Test
    void theDeadlinesComingUpAreTheOpenOnesWithinTheHorizon() {
        assertThat(dashboard.upcoming()).extracting(Dashboard.Deadline::date).containsExactlyInAnyOrder(
                LocalDate.of(2027, 7, 1),   // instruction for 8 Jul
                LocalDate.of(2027, 7, 22),  // report back after 8 Jul
                LocalDate.of(2027, 8, 15),  // zienswijze kadernota
                LocalDate.of(2027, 9, 1));  // evaluation
        assertThat(dashboard.upcoming()).filteredOn(d -> d.date().equals(LocalDate.of(2027, 8, 15)))
                .extracting(Dashboard.Deadline::basis).containsExactly("regeling art. 5");
    }

    @Test
    void theTotalsAddUpOverTheArrangements() {
        assertThat(dashboard.totalMeetings()).isEqualTo(5);
        assertThat(dashboard.totalPapersInTime()).isEqualTo(3);
        assertThat(dashboard.totalPapersLate()).isEqualTo(1);
        assertThat(dashboard.totalInstructionsGiven()).isEqualTo(2);
        assertThat(dashboard.totalInstructionsMissed()).isEqualTo(2);
        assertThat(dashboard.totalZienswijzenGiven()).isEqualTo(2);
        assertThat(dashboard.totalEvaluationsDue()).isEqualTo(1);
    }

    @Test
    void theChecklistsOfTheProposalsConcerningVoorschotenAreShownQuestionByQuestion() {
        assertThat(dashboard.proposals()).extracting(Dashboard.ProposalChecklist::name)
                .containsExactlyInAnyOrder("Toetreding Economie071", "Uittreding Oude Regeling");
        Dashboard.ProposalChecklist join = dashboard.proposals().stream().filter(p -> p.name().startsWith("Toetreding")).findFirst().orElseThrow();
        assertThat(join.complete()).isFalse();
        assertThat(join.answered()).isEqualTo(27);
        assertThat(join.notApplicable()).isEqualTo(1);
        assertThat(join.open()).isEqualTo(2);   // S3 unanswered, E9 n.v.t. without a reason
        assertThat(join.rows()).hasSize(30);
        assertThat(join.rows()).filteredOn(r -> r.answer() == Dashboard.Answer.OPEN).extracting(Dashboard.ChecklistRow::id)
                .containsExactlyInAnyOrder("S3", "E9");
        assertThat(join.rows()).filteredOn(r -> r.id().equals("J3")).extracting(Dashboard.ChecklistRow::text)
                .containsExactly("geen convenant: er worden taken overgedragen");
        Dashboard.ProposalChecklist leave = dashboard.proposals().stream().filter(p -> p.name().startsWith("Uittreding")).findFirst().orElseThrow();
        assertThat(leave.complete()).isTrue();
        assertThat(leave.answered()).isEqualTo(30);
        assertThat(leave.action()).contains(CooperationAction.LEAVE);
    }

    @Test
    void aMunicipalityInNoArrangementGetsAnEmptyDashboard() throws Exception {
        Dashboard d = Dashboard.of(fixture(), "Noordwijk", ON, 6, InstructionPolicy.standard(), WgrTerms.standard(),
                EvaluationPolicy.standard(), Toetsingskader.shipped());
        assertThat(d.arrangements()).isEmpty();
        assertThat(d.upcoming()).isEmpty();
        assertThat(d.proposals()).extracting(Dashboard.ProposalChecklist::name).containsExactly("Uittreding Oude Regeling");
        assertThat(List.of(d.totalMeetings(), d.totalEvaluationsDue())).containsOnly(0);
    }
}
