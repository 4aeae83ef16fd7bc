package nl.regiobesluit.routing.arrangement;

import static nl.regiobesluit.model.RbModel.*;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.regiobesluit.arrangement.Toetsingskader;
import nl.regiobesluit.routing.arrangement.deadlines.ArrangementDeadlineRoute;
import nl.regiobesluit.routing.testsupport.RoutingTestSupport;
import nl.regiobesluit.routing.testsupport.SimNode;
import org.junit.jupiter.api.Test;

/**
 * The joint arrangements' routes (issue 15) against the simulated Alfresco: board papers, Wgr procedures, zienswijzen,
 * the scheduled check and the toetsingskader gate. The route tests run on the system clock, so their dates lie years in
 * the past; the expected dates are counted here from the rule (weeks after sending, days before the meeting).
 */
class ArrangementRoutesTest extends RoutingTestSupport {

    private static final String REGIOGRIFFIER_MAIL = "regiogriffier@regio.test";

    @Test
    void boardPapersGiveEachCouncilOfTheRegionOneCoverNoteAndOneMailHoweverOftenTheEventComes() throws Exception {
        // Katwijk takes part but is outside this region: it has no council folder here, so it gets nothing.
        SimNode gr = arrangement(List.of("Leiden", "Oegstgeest", "Katwijk"), 10);
        SimNode papers = meeting(gr, LocalDate.of(2020, 5, 14));
        String created = EVENTS.nodeCreated(papers.id());

        publishAndWait(created, created);
        publishAndWait(created);

        List<SimNode> notes = ALFRESCO.targets(papers.id(), ASSOC_GR_MEETING_COVER_NOTES);
        assertThat(notes).extracting(n -> n.property(PROP_COVER_NOTE_MUNICIPALITY)).containsExactlyInAnyOrder("Leiden", "Oegstgeest");
        // ten days before Thursday 14 May 2020, the arrangement's own number
        assertThat(notes).allSatisfy(n -> assertThat(day(n.property(PROP_INSTRUCTION_DEADLINE))).isEqualTo(LocalDate.of(2020, 5, 4)));
        assertThat(ALFRESCO.children("folder-raad-leiden")).filteredOn(n -> TYPE_COVER_NOTE.equals(n.nodeType())).hasSize(1);
        assertThat(mailsTo("griffie@leiden.test")).hasSize(1);
        assertThat(mailsTo("griffie@oegstgeest.test")).hasSize(1);
        assertThat(mailsTo("griffie@zoeterwoude.test")).isEmpty();
        assertThat(ALFRESCO.node(papers.id()).property(PROP_AGENDA_FILED_ON)).isNotNull();
    }

    @Test
    void aMeetingMovedToAnotherDayMovesItsCoverNotesDatesAndSendsNoSecondMail() throws Exception {
        SimNode gr = arrangement(List.of("Leiden"), 7);
        SimNode papers = meeting(gr, LocalDate.of(2020, 5, 14));
        publishAndWait(EVENTS.nodeCreated(papers.id()));

        publishAndWait(EVENTS.nodeUpdated(papers.id(), ALFRESCO.edit(papers.id(), GRIFFIER,
                Map.of(PROP_GR_MEETING_DATE, stored(LocalDate.of(2020, 5, 28))))));

        SimNode note = noteOf(papers, "Leiden");
        assertThat(day(note.property(PROP_INSTRUCTION_DEADLINE))).isEqualTo(LocalDate.of(2020, 5, 21));
        assertThat(day(note.property(PROP_REPORT_BACK_DUE))).isEqualTo(LocalDate.of(2020, 5, 28));
        assertThat(ALFRESCO.targets(papers.id(), ASSOC_GR_MEETING_COVER_NOTES)).hasSize(1);
        assertThat(mailsTo("griffie@leiden.test")).hasSize(1);
    }

    @Test
    void aDailyBoardMeetingsPapersGoWithACoverNoteButNoInstructionDeadlineAndAreNeverEscalated() throws Exception {
        SimNode gr = arrangement(List.of("Leiden"), 7);
        SimNode papers = ALFRESCO.addNode(gr.id(), "Agenda DB 2020-05-14.pdf", TYPE_GR_MEETING, GRIFFIER, List.of(),
                Map.of(PROP_GR_MEETING_DATE, stored(LocalDate.of(2020, 5, 14)), PROP_GR_MEETING_KIND, GR_MEETING_DAGELIJKS_BESTUUR));
        publishAndWait(EVENTS.nodeCreated(papers.id()));

        runCheck();

        SimNode note = noteOf(papers, "Leiden");
        assertThat(note.property(PROP_INSTRUCTION_DEADLINE)).isNull();
        assertThat(day(note.property(PROP_REPORT_BACK_DUE))).isEqualTo(LocalDate.of(2020, 5, 14));
        assertThat(mailsTo(REGIOGRIFFIER_MAIL)).as("no instruction to miss").isEmpty();
        assertThat(mailsTo("griffie@leiden.test")).satisfiesExactlyInAnyOrder(m -> {
            assertThat(m.getSubject()).contains("GR-stukken");
            assertThat((String) m.getContent()).contains("ter informatie").contains("for information").doesNotContain("uiterlijk");
        }, m -> assertThat(m.getSubject()).contains("Terugkoppeling"));
    }

    @Test
    void papersFiledOutsideAnArrangementsFolderAreNotRouted() throws Exception {
        SimNode papers = ALFRESCO.addNode("folder-regiocommissie", "Agenda AB.pdf", TYPE_GR_MEETING, GRIFFIER, List.of(),
                Map.of(PROP_GR_MEETING_DATE, stored(LocalDate.of(2020, 5, 14))));
        String before = ALFRESCO.snapshot();

        publishAndWait(EVENTS.nodeCreated(papers.id()));

        assertThat(ALFRESCO.snapshot()).isEqualTo(before);
        assertThat(SMTP.getReceivedMessages()).isEmpty();
        assertThat(deadLetters.size()).isZero();
    }

    @Test
    void papersFiledBySomeoneOutsideTheGriffieAreRefusedAndReported() throws Exception {
        SimNode gr = arrangement(List.of("Leiden"), 7);
        SimNode papers = ALFRESCO.addNode(gr.id(), "Agenda AB.pdf", TYPE_GR_MEETING, OUTSIDER, List.of(),
                Map.of(PROP_GR_MEETING_DATE, stored(LocalDate.of(2020, 5, 14))));

        publishAndWait(EVENTS.nodeCreated(papers.id()));

        assertThat(ALFRESCO.targets(papers.id(), ASSOC_GR_MEETING_COVER_NOTES)).isEmpty();
        assertThat(mailsTo(REGIOGRIFFIER_MAIL)).singleElement()
                .satisfies(m -> assertThat((String) m.getContent()).contains("vergaderstukken van een gemeenschappelijke regeling indienen"));
    }

    @Test
    void aZienswijzeGivenAfterTheEightWeeksOfArticleOneIsRecordedOutOfTime() throws Exception {
        // Wgr art. 1 lid 3: eight weeks after receipt on Monday 6 January 2020 (sent Friday 3 January) is Monday
        // 2 March 2020, a working day.
        SimNode gr = arrangement(List.of("Leiden", "Zoeterwoude"), 7);
        SimNode change = ALFRESCO.addNode(gr.id(), "Wijziging.pdf", TYPE_WGR_PROCEDURE, GRIFFIER, List.of(),
                Map.of(PROP_WGR_PROCEDURE_KIND, WGR_PROCEDURE_REGELING_WIJZIGEN, PROP_WGR_SENT_ON, stored(LocalDate.of(2020, 1, 3)),
                        PROP_WGR_RECEIVED_ON, stored(LocalDate.of(2020, 1, 6))));
        publishAndWait(EVENTS.nodeCreated(change.id()));
        SimNode record = zienswijzeOf(change, "Zoeterwoude");

        publishAndWait(EVENTS.nodeUpdated(record.id(), ALFRESCO.edit(record.id(), griffierOf("Zoeterwoude"),
                Map.of(PROP_ZIENSWIJZE_STATUS, ZIENSWIJZE_GIVEN, PROP_ZIENSWIJZE_DATE, stored(LocalDate.of(2020, 3, 3))))));

        SimNode procedure = ALFRESCO.node(change.id());
        assertThat(day(procedure.property(PROP_WGR_DEADLINE))).isEqualTo(LocalDate.of(2020, 3, 2));
        assertThat(procedure.property(PROP_WGR_DEADLINE_BASIS)).isEqualTo("Wgr art. 1 lid 3");
        assertThat(ALFRESCO.node(record.id()).property(PROP_ZIENSWIJZE_STATUS)).isEqualTo(ZIENSWIJZE_OUT_OF_TIME);
        assertThat(zienswijzeOf(change, "Leiden").property(PROP_ZIENSWIJZE_STATUS)).isEqualTo(ZIENSWIJZE_PENDING);
    }

    @Test
    void anArticleOneTermEndingOnKingsDayOrASaturdayRunsToTheNextWorkingDay() throws Exception {
        // Algemene termijnenwet art. 1 lid 1 and art. 3 lid 1. Sent Monday 2 March 2020: eight weeks end Monday 27 April
        // 2020, Koningsdag (27 April is no Sunday that year), so the last day is Tuesday 28 April. Sent Saturday
        // 1 February 2020: eight weeks end Saturday 28 March, so the last day is Monday 30 March.
        SimNode gr = arrangement(List.of("Leiden"), 7);
        SimNode kingsDay = procedure(gr, WGR_PROCEDURE_REGELING_WIJZIGEN, LocalDate.of(2020, 3, 2));
        SimNode saturday = procedure(gr, WGR_PROCEDURE_TOETREDING, LocalDate.of(2020, 2, 1));

        publishAndWait(EVENTS.nodeCreated(kingsDay.id()), EVENTS.nodeCreated(saturday.id()));

        assertThat(day(ALFRESCO.node(kingsDay.id()).property(PROP_WGR_DEADLINE))).isEqualTo(LocalDate.of(2020, 4, 28));
        // no receipt date filled in: counted from sending, and the basis says so
        assertThat(ALFRESCO.node(kingsDay.id()).property(PROP_WGR_DEADLINE_BASIS)).isEqualTo("Wgr art. 1 lid 3 (gerekend vanaf"
                + " toezending, ontvangstdatum onbekend / counted from sending, date of receipt unknown)");
        assertThat(day(ALFRESCO.node(saturday.id()).property(PROP_WGR_DEADLINE))).isEqualTo(LocalDate.of(2020, 3, 30));
        assertThat(mailsTo("griffie@leiden.test")).extracting(m -> (String) m.getContent())
                .satisfiesExactlyInAnyOrder(b -> assertThat(b).contains("28 april 2020").contains("28 April 2020"),
                        b -> assertThat(b).contains("30 maart 2020").contains("30 March 2020"));
    }

    @Test
    void aParticipantOutsideTheRegionGetsAZienswijzeRecordInTheArrangementsFolderWithoutMailAndNamesMatchWhateverTheirCase()
            throws Exception {
        SimNode gr = arrangement(List.of("leiden ", "Katwijk"), 7);
        SimNode joining = procedure(gr, WGR_PROCEDURE_TOETREDING, LocalDate.of(2020, 6, 15));
        String created = EVENTS.nodeCreated(joining.id());

        publishAndWait(created, created);
        publishAndWait(created);

        List<SimNode> records = ALFRESCO.targets(joining.id(), ASSOC_WGR_PROCEDURE_ZIENSWIJZEN);
        assertThat(records).extracting(r -> r.property(PROP_ZIENSWIJZE_MUNICIPALITY)).containsExactlyInAnyOrder("Leiden", "Katwijk");
        assertThat(zienswijzeOf(joining, "Leiden").parentId()).isEqualTo("folder-raad-leiden");
        assertThat(zienswijzeOf(joining, "Katwijk").parentId()).isEqualTo(gr.id());
        assertThat(zienswijzeOf(joining, "Katwijk").property(PROP_ZIENSWIJZE_STATUS)).isEqualTo(ZIENSWIJZE_PENDING);
        assertThat(mailsTo("griffie@leiden.test")).hasSize(1);
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aTermThatRunsThroughTheSummerRecessIsNotedOnTheProcedureAndInTheMail() throws Exception {
        // joining, sent Monday 15 June 2020: eight weeks end on Monday 10 August 2020, in the recess
        SimNode gr = arrangement(List.of("Oegstgeest"), 7);
        SimNode joining = procedure(gr, WGR_PROCEDURE_TOETREDING, LocalDate.of(2020, 6, 15));

        publishAndWait(EVENTS.nodeCreated(joining.id()));

        SimNode procedure = ALFRESCO.node(joining.id());
        assertThat(day(procedure.property(PROP_WGR_DEADLINE))).isEqualTo(LocalDate.of(2020, 8, 10));
        assertThat(procedure.property(PROP_SUMMER_RECESS_NOTE)).asString().contains("zomerreces").contains("summer recess");
        assertThat(mailsTo("griffie@oegstgeest.test")).singleElement()
                .satisfies(m -> assertThat((String) m.getContent()).contains("zomerreces").contains("10 augustus 2020").contains("10 August 2020"));
    }

    @Test
    void aDraftBudgetSentLessThanTwelveWeeksBeforeTheGeneralBoardIsNotedInEachCouncilsMail() throws Exception {
        // Wgr art. 35 lid 1: the general board decides on Thursday 14 May 2020, so the board sends by Thursday 20
        // February 2020 (84 days before); it sent on Monday 2 March.
        SimNode gr = arrangement(List.of("Leiden"), 7);
        SimNode budget = ALFRESCO.addNode(gr.id(), "Begroting 2021.pdf", TYPE_WGR_PROCEDURE, GRIFFIER, List.of(),
                Map.of(PROP_WGR_PROCEDURE_KIND, WGR_PROCEDURE_BEGROTING, PROP_WGR_SENT_ON, stored(LocalDate.of(2020, 3, 2)),
                        PROP_WGR_BOARD_MEETING_DATE, stored(LocalDate.of(2020, 5, 14))));

        publishAndWait(EVENTS.nodeCreated(budget.id()));

        assertThat(mailsTo("griffie@leiden.test")).singleElement().satisfies(m -> assertThat((String) m.getContent())
                .contains("te laat").contains("2020-02-20").contains("Wgr art. 35 lid 1").contains("sent this document late"));
    }

    @Test
    void aDraftBudgetSentInTimeCarriesNoLateNote() throws Exception {
        SimNode gr = arrangement(List.of("Leiden"), 7);
        SimNode budget = ALFRESCO.addNode(gr.id(), "Begroting 2021.pdf", TYPE_WGR_PROCEDURE, GRIFFIER, List.of(),
                Map.of(PROP_WGR_PROCEDURE_KIND, WGR_PROCEDURE_BEGROTING, PROP_WGR_SENT_ON, stored(LocalDate.of(2020, 2, 20)),
                        PROP_WGR_BOARD_MEETING_DATE, stored(LocalDate.of(2020, 5, 14))));

        publishAndWait(EVENTS.nodeCreated(budget.id()));

        assertThat(mailsTo("griffie@leiden.test")).singleElement().satisfies(m -> assertThat((String) m.getContent()).doesNotContain("te laat"));
    }

    @Test
    void theCheckEscalatesAMissedInstructionAndRemindsToReportBackEachOnce() throws Exception {
        SimNode gr = arrangement(List.of("Leiden", "Oegstgeest"), 7);
        SimNode papers = meeting(gr, LocalDate.of(2020, 5, 14));
        publishAndWait(EVENTS.nodeCreated(papers.id()));
        SimNode leiden = noteOf(papers, "Leiden");
        ALFRESCO.edit(leiden.id(), griffierOf("Leiden"), Map.of(PROP_INSTRUCTION_GIVEN_ON, stored(LocalDate.of(2020, 5, 6)),
                PROP_REPORTED_BACK_ON, stored(LocalDate.of(2020, 5, 20))));

        runCheck();
        runCheck();

        assertThat(mailsTo(REGIOGRIFFIER_MAIL)).singleElement()
                .satisfies(m -> assertThat(m.getSubject()).contains("Instructie ontbreekt").contains("Oegstgeest"));
        assertThat(noteOf(papers, "Oegstgeest").property(PROP_INSTRUCTION_ESCALATED)).isEqualTo(true);
        assertThat(noteOf(papers, "Leiden").property(PROP_INSTRUCTION_ESCALATED)).isNotEqualTo(true);
        assertThat(mailsTo("griffie@oegstgeest.test")).extracting(MimeMessage::getSubject)
                .satisfiesExactlyInAnyOrder(s -> assertThat(s).contains("GR-stukken"), s -> assertThat(s).contains("Terugkoppeling"));
        assertThat(mailsTo("griffie@leiden.test")).as("reported back already: the papers only").hasSize(1);
    }

    @Test
    void aTermEndedWithoutZienswijzeIsRecordedAsNoneAndEscalatedOnce() throws Exception {
        SimNode gr = arrangement(List.of("Leiden", "Zoeterwoude"), 7);
        SimNode budget = procedure(gr, WGR_PROCEDURE_BEGROTING, LocalDate.of(2020, 3, 2));
        publishAndWait(EVENTS.nodeCreated(budget.id()));
        SimNode leiden = zienswijzeOf(budget, "Leiden");
        publishAndWait(EVENTS.nodeUpdated(leiden.id(), ALFRESCO.edit(leiden.id(), griffierOf("Leiden"),
                Map.of(PROP_ZIENSWIJZE_STATUS, ZIENSWIJZE_GIVEN, PROP_ZIENSWIJZE_DATE, stored(LocalDate.of(2020, 5, 1))))));

        runCheck();
        runCheck();

        assertThat(zienswijzeOf(budget, "Zoeterwoude").property(PROP_ZIENSWIJZE_STATUS)).isEqualTo(ZIENSWIJZE_NONE);
        assertThat(zienswijzeOf(budget, "Leiden").property(PROP_ZIENSWIJZE_STATUS)).isEqualTo(ZIENSWIJZE_GIVEN);
        assertThat(mailsTo(REGIOGRIFFIER_MAIL)).singleElement()
                .satisfies(m -> assertThat(m.getSubject()).contains("Geen zienswijze").contains("Zoeterwoude"));
    }

    @Test
    void aChecklistWithAQuestionBothAnsweredAndNotApplicableIsHeldNamingTheProblem() throws Exception {
        List<String> answers = Toetsingskader.shipped().questions().stream()
                .map(q -> q.id() + "=antwoord").toList();
        SimNode p = ALFRESCO.addNode("folder-voorstellen", "Voorstel GR-START-1.pdf", TYPE_PROPOSAL, GRIFFIER,
                List.of(ASPECT_ROUTED, ASPECT_TOETSINGSKADER), Map.of(PROP_ROUTE_STATUS, STATUS_DRAFT, PROP_PROPOSAL_NUMBER,
                        "GR-START-1", PROP_THEME, "licht", PROP_COOPERATION_ACTION, COOPERATION_ACTION_START));
        Map<String, Object> submit = new LinkedHashMap<>();
        submit.put(PROP_ROUTE_STATUS, STATUS_SUBMITTED);
        submit.put(PROP_CHECKLIST_ANSWERS, answers);
        submit.put(PROP_CHECKLIST_NOT_APPLICABLE, List.of("E9=geen personeel over"));

        publishAndWait(EVENTS.nodeUpdated(p.id(), ALFRESCO.edit(p.id(), GRIFFIER, submit)));

        SimNode held = ALFRESCO.node(p.id());
        assertThat(held.property(PROP_CHECKLIST_COMPLETE)).isEqualTo(false);
        assertThat(held.property(PROP_DEADLINE)).isNull();
        assertThat(ALFRESCO.targets(p.id(), ASSOC_PROPOSAL_COUNCIL_DECISIONS)).isEmpty();
        assertThat(mailsTo(REGIOGRIFFIER_MAIL)).singleElement().satisfies(m -> assertThat((String) m.getContent())
                .contains("E9").contains("zowel beantwoord als n.v.t.").contains("both answered and marked n.v.t."));
    }

    @Test
    void aChecklistChangedAfterTheProposalEnteredItsRouteHoldsNothingBack() throws Exception {
        SimNode p = ALFRESCO.addNode("folder-voorstellen", "Voorstel GR-JOIN-2.pdf", TYPE_PROPOSAL, GRIFFIER,
                List.of(ASPECT_ROUTED, ASPECT_TOETSINGSKADER), Map.of(PROP_ROUTE_STATUS, STATUS_SUBMITTED, PROP_PROPOSAL_NUMBER,
                        "GR-JOIN-2", PROP_THEME, "licht", PROP_DEADLINE, "2099-01-01T00:00:00.000+0000"));
        publishAndWait(EVENTS.nodeUpdated(p.id(), ALFRESCO.edit(p.id(), GRIFFIER, Map.of(PROP_CHECKLIST_ANSWERS, List.of("S1=iets")))));

        assertThat(ALFRESCO.node(p.id()).property(PROP_CHECKLIST_COMPLETE)).isNull();
        assertThat(mailsTo(REGIOGRIFFIER_MAIL)).isEmpty();
    }

    // ------------------------------------------------------------------ arranging

    private static SimNode arrangement(List<String> participants, int leadDays) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put(PROP_ARRANGEMENT_NAME, "Regionale Dienst");
        props.put(PROP_PARTICIPANTS, participants);
        props.put(PROP_INSTRUCTION_LEAD_DAYS, leadDays);
        return ALFRESCO.addNode("folder-regiocommissie", "Regionale Dienst " + UUID.randomUUID(), TYPE_JOINT_ARRANGEMENT,
                GRIFFIER, List.of(), props);
    }

    private static SimNode meeting(SimNode arrangement, LocalDate on) {
        return ALFRESCO.addNode(arrangement.id(), "Agenda AB " + on + ".pdf", TYPE_GR_MEETING, GRIFFIER, List.of(),
                Map.of(PROP_GR_MEETING_DATE, stored(on)));
    }

    private static SimNode procedure(SimNode arrangement, String kind, LocalDate sentOn) {
        return ALFRESCO.addNode(arrangement.id(), kind + " " + sentOn + ".pdf", TYPE_WGR_PROCEDURE, GRIFFIER, List.of(),
                Map.of(PROP_WGR_PROCEDURE_KIND, kind, PROP_WGR_SENT_ON, stored(sentOn)));
    }

    private static SimNode noteOf(SimNode papers, String municipality) {
        return ALFRESCO.targets(papers.id(), ASSOC_GR_MEETING_COVER_NOTES).stream()
                .filter(n -> municipality.equals(n.property(PROP_COVER_NOTE_MUNICIPALITY))).findFirst().orElseThrow();
    }

    private static SimNode zienswijzeOf(SimNode procedure, String municipality) {
        return ALFRESCO.targets(procedure.id(), ASSOC_WGR_PROCEDURE_ZIENSWIJZEN).stream()
                .filter(n -> municipality.equals(n.property(PROP_ZIENSWIJZE_MUNICIPALITY))).findFirst().orElseThrow();
    }

    private void runCheck() {
        producer.sendBody(ArrangementDeadlineRoute.CHECK_URI, null);
    }

    private static String stored(LocalDate day) {
        return day + "T00:00:00.000+0000";
    }

    private static LocalDate day(Object stored) {
        assertThat(stored).isNotNull();
        return LocalDate.parse(String.valueOf(stored).substring(0, 10));
    }
}
