package nl.regiobesluit.e2e;

import static nl.regiobesluit.e2e.Harness.*;
import static nl.regiobesluit.model.RbModel.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.regiobesluit.arrangement.InstructionPolicy;
import nl.regiobesluit.arrangement.Toetsingskader;
import nl.regiobesluit.routing.arrangement.deadlines.ArrangementDeadlineRoute;
import nl.regiobesluit.routing.testsupport.SimNode;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The three scenarios of issue 15 ("Grip op samenwerking"): a joint arrangement's draft budget with the councils'
 * zienswijzen, a general-board meeting with its cover notes and instructions, and a proposal to join a cooperation held
 * at its toetsingskader. Each runs through the real routing-service as Alfresco would drive it and writes the final
 * state to {@code target/scenarios/<name>.json} ({@link ArrangementScenarioOutput}). Expected dates are computed here
 * from the law's rule (Wgr art. 35 lid 3: twelve weeks after sending; the arrangement's seven days before the
 * meeting), not taken from the service.
 */
@Order(1) // the dashboard test reads the state files these scenarios write
@SimulatorOnly("it arranges joint arrangements in the simulated repository and publishes their events itself")
class ArrangementScenariosTest extends E2eTestSupport {

    @BeforeEach
    void noRefusalsYet() {
        ServiceRefusals.reset();
    }

    /** The service account, with only the rights access.json gives it, was refused nothing (no 401, no 403). */
    @AfterEach
    void theServiceAccountWasRefusedNothing() {
        assertThat(ServiceRefusals.refused()).as("requests of %s that Alfresco refused", SERVICE_USER).isEmpty();
    }

    // ------------------------------------------------------------------ gr-begroting

    @Test
    void draftBudgetGetsFourZienswijzenInTimeAndZoeterwoudeNoneIsRecordedAndEscalated() throws Exception {
        REQUESTS.recordAs("gr-begroting");
        // The daily board sends the draft budget 2025 on Friday 1 March 2024. Wgr art. 35 lid 3: the councils have
        // twelve weeks from sending; 1 March + 12 weeks = Friday 24 May 2024, a working day, so the Algemene
        // termijnenwet (art. 1 lid 1) does not move it; no day of it falls in July or August.
        LocalDate sent = LocalDate.of(2024, 3, 1);
        LocalDate lastDay = sent.plusWeeks(12);
        assertThat(lastDay).isEqualTo(LocalDate.of(2024, 5, 24));
        assertThat(lastDay.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);

        onDay(sent);
        SimNode gr = arrangement("Regionale Dienst Leidse regio", LEIDSE_REGIO, 7);
        Map<String, Object> props = new LinkedHashMap<>();
        props.put(PROP_WGR_PROCEDURE_KIND, WGR_PROCEDURE_BEGROTING);
        props.put(PROP_WGR_SENT_ON, stored(sent));
        props.put(PROP_WGR_BUDGET_YEAR, 2025);
        SimNode budget = ALFRESCO.addNode(gr.id(), "Ontwerpbegroting 2025.pdf", TYPE_WGR_PROCEDURE, REGIOGRIFFIER,
                List.of("cm:titled"), props);
        publishAndWait(EVENTS.nodeCreated(budget.id()));

        SimNode procedure = ALFRESCO.node(budget.id());
        assertThat(day(procedure.property(PROP_WGR_DEADLINE))).isEqualTo(lastDay);
        assertThat(procedure.property(PROP_WGR_DEADLINE_BASIS)).isEqualTo("Wgr art. 35 lid 3");
        assertThat(procedure.property(PROP_SUMMER_RECESS_NOTE)).isNull();
        List<SimNode> records = ALFRESCO.targets(budget.id(), ASSOC_WGR_PROCEDURE_ZIENSWIJZEN);
        assertThat(records).extracting(r -> r.property(PROP_ZIENSWIJZE_MUNICIPALITY)).containsExactlyInAnyOrderElementsOf(LEIDSE_REGIO);
        assertThat(records).allSatisfy(r -> assertThat(r.property(PROP_ZIENSWIJZE_STATUS)).isEqualTo(ZIENSWIJZE_PENDING));
        for (String m : LEIDSE_REGIO) {
            assertThat(records).filteredOn(r -> m.equals(r.property(PROP_ZIENSWIJZE_MUNICIPALITY)))
                    .singleElement().satisfies(r -> assertThat(r.parentId()).isEqualTo(councilFolder(m)));
            assertThat(mailsTo(griffieMail(m))).as(m).singleElement()
                    .satisfies(mail -> assertThat(mail.getSubject()).contains("Zienswijze gevraagd"));
        }

        // Four councils give their zienswijze within the term, the last on its last day.
        Map<String, LocalDate> given = new LinkedHashMap<>();
        given.put("Leiden", LocalDate.of(2024, 4, 25));
        given.put("Leiderdorp", LocalDate.of(2024, 5, 2));
        given.put("Oegstgeest", LocalDate.of(2024, 5, 14));
        given.put("Voorschoten", lastDay);
        for (var e : given.entrySet()) {
            onDay(e.getValue());
            SimNode record = zienswijzeOf(budget, e.getKey());
            publishAndWait(EVENTS.nodeUpdated(record.id(), ALFRESCO.edit(record.id(), griffier(e.getKey()), Map.of(
                    PROP_ZIENSWIJZE_STATUS, ZIENSWIJZE_GIVEN, PROP_ZIENSWIJZE_DATE, stored(e.getValue()),
                    PROP_ZIENSWIJZE_TEXT_REF, "Raadsbesluit zienswijze ontwerpbegroting 2025 " + e.getKey()))));
        }

        // On the term's last day nothing is late yet; on Monday 27 May Zoeterwoude's none is recorded and escalated once.
        onDay(lastDay);
        runArrangementCheck();
        assertThat(mailsTo(REGIOGRIFFIER_MAIL)).isEmpty();
        onDay(LocalDate.of(2024, 5, 27));
        runArrangementCheck();
        onDay(LocalDate.of(2024, 5, 28));
        runArrangementCheck();
        assertThat(mailsTo(REGIOGRIFFIER_MAIL)).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject()).contains("Geen zienswijze").contains("Zoeterwoude");
            assertThat((String) mail.getContent()).contains("24 mei 2024").contains("24 May 2024");
        });

        // The regiocommissie's joint zienswijze and the general board's written answer, recorded by the regiogriffier on
        // the procedure; what the board did with each council's zienswijze, by that council's griffie on its record.
        // Both edits come to the service as events, as in Alfresco: it routes nothing more (the councils were asked
        // once), leaves the term it wrote, and keeps each given zienswijze GIVEN (judged by its own date, not today's).
        onDay(LocalDate.of(2024, 7, 4));
        int mailsBefore = SMTP.getReceivedMessages().length;
        publishAndWait(EVENTS.nodeUpdated(budget.id(), ALFRESCO.edit(budget.id(), REGIOGRIFFIER, Map.of(
                PROP_JOINT_ZIENSWIJZE_ON, stored(LocalDate.of(2024, 5, 16)),
                PROP_JOINT_ZIENSWIJZE_TEXT, "Gezamenlijke zienswijze van de regiocommissie op de ontwerpbegroting 2025",
                PROP_BOARD_ANSWER_ON, stored(LocalDate.of(2024, 7, 4)),
                PROP_BOARD_ANSWER_TEXT, "Het algemeen bestuur neemt de zienswijzen over, behalve de indexering (Leiderdorp)."))));
        for (String m : given.keySet()) {
            SimNode record = zienswijzeOf(budget, m);
            publishAndWait(EVENTS.nodeUpdated(record.id(), ALFRESCO.edit(record.id(), griffier(m), Map.of(PROP_BOARD_RESPONSE,
                    m.equals("Leiderdorp") ? BOARD_RESPONSE_PARTLY_ADOPTED : BOARD_RESPONSE_ADOPTED))));
        }
        assertThat(SMTP.getReceivedMessages()).as("no mail for the board's answer").hasSize(mailsBefore);
        assertThat(day(ALFRESCO.node(budget.id()).property(PROP_WGR_DEADLINE))).isEqualTo(lastDay);

        ArrangementScenarioOutput.write("gr-begroting", gr, null);
        for (var e : given.entrySet()) {
            SimNode record = zienswijzeOf(budget, e.getKey());
            assertThat(record.property(PROP_ZIENSWIJZE_STATUS)).as(e.getKey()).isEqualTo(ZIENSWIJZE_GIVEN);
            assertThat(day(record.property(PROP_ZIENSWIJZE_DATE))).isEqualTo(e.getValue());
            assertThat(record.property(PROP_ZIENSWIJZE_ESCALATED_ON)).isNull();
        }
        SimNode zoeterwoude = zienswijzeOf(budget, "Zoeterwoude");
        assertThat(zoeterwoude.property(PROP_ZIENSWIJZE_STATUS)).isEqualTo(ZIENSWIJZE_NONE);
        assertThat(day(zoeterwoude.property(PROP_ZIENSWIJZE_ESCALATED_ON))).isEqualTo(LocalDate.of(2024, 5, 27));
        assertThat(ALFRESCO.targets(budget.id(), ASSOC_WGR_PROCEDURE_ZIENSWIJZEN)).hasSize(5);
        for (String m : LEIDSE_REGIO) {
            assertThat(mailsTo(griffieMail(m))).as("one mail per council, " + m).hasSize(1);
        }
    }

    // ------------------------------------------------------------------ ab-vergadering

    @Test
    void boardPapersTwentyDaysAheadGiveEachCouncilACoverNoteAndLeiderdorpsLateInstructionIsEscalated() throws Exception {
        REQUESTS.recordAs("ab-vergadering");
        // The general board meets on Thursday 4 July 2024; its papers arrive 20 days before, on 14 June. The
        // arrangement gives its councils until 7 days before the meeting to instruct their member: 27 June 2024
        // (the arrangement's own deadline, counted back, so never moved: Atw art. 1 lid 2).
        LocalDate meeting = LocalDate.of(2024, 7, 4);
        LocalDate arrived = meeting.minusDays(20);
        LocalDate deadline = meeting.minusDays(7);
        assertThat(arrived).isEqualTo(LocalDate.of(2024, 6, 14));
        assertThat(deadline).isEqualTo(LocalDate.of(2024, 6, 27));

        onDay(arrived);
        SimNode gr = arrangement("Regionale Dienst Leidse regio", LEIDSE_REGIO, 7);
        SimNode papers = ALFRESCO.addNode(gr.id(), "Agenda AB 4 juli 2024.pdf", TYPE_GR_MEETING, REGIOGRIFFIER,
                List.of("cm:titled"), Map.of(PROP_GR_MEETING_DATE, stored(meeting), PROP_GR_MEETING_KIND, GR_MEETING_ALGEMEEN_BESTUUR));
        publishAndWait(EVENTS.nodeCreated(papers.id()));

        List<SimNode> notes = ALFRESCO.targets(papers.id(), ASSOC_GR_MEETING_COVER_NOTES);
        assertThat(notes).extracting(n -> n.property(PROP_COVER_NOTE_MUNICIPALITY)).containsExactlyInAnyOrderElementsOf(LEIDSE_REGIO);
        assertThat(notes).allSatisfy(n -> {
            assertThat(day(n.property(PROP_INSTRUCTION_DEADLINE))).isEqualTo(deadline);
            assertThat(n.parentId()).isEqualTo(councilFolder((String) n.property(PROP_COVER_NOTE_MUNICIPALITY)));
        });
        assertThat(day(ALFRESCO.node(papers.id()).property(PROP_AGENDA_FILED_ON))).isEqualTo(arrived);
        for (String m : LEIDSE_REGIO) {
            assertThat(mailsTo(griffieMail(m))).as(m).singleElement().satisfies(mail -> {
                assertThat(mail.getSubject()).contains("GR-stukken");
                assertThat((String) mail.getContent()).contains("27 juni 2024").contains("27 June 2024");
            });
        }

        // Voorschoten instructs on 25 June, in time; Leiden, Oegstgeest and Zoeterwoude on 26 June; Leiderdorp not yet.
        instruct(papers, "Voorschoten", LocalDate.of(2024, 6, 25));
        for (String m : List.of("Leiden", "Oegstgeest", "Zoeterwoude")) {
            instruct(papers, m, LocalDate.of(2024, 6, 26));
        }
        onDay(deadline);
        runArrangementCheck();
        assertThat(mailsTo(REGIOGRIFFIER_MAIL)).as("the deadline's own day is still in time").isEmpty();
        onDay(deadline.plusDays(1));
        runArrangementCheck();
        runArrangementCheck();
        assertThat(mailsTo(REGIOGRIFFIER_MAIL)).singleElement()
                .satisfies(mail -> assertThat(mail.getSubject()).contains("Instructie ontbreekt").contains("Leiderdorp"));
        // Leiderdorp's council instructs on 1 July, after the deadline.
        instruct(papers, "Leiderdorp", LocalDate.of(2024, 7, 1));

        // After the meeting: Voorschoten reported back on 5 July; the others are reminded once, on 8 July.
        onDay(LocalDate.of(2024, 7, 5));
        SimNode voorschoten = noteOf(papers, "Voorschoten");
        publishAndWait(EVENTS.nodeUpdated(voorschoten.id(), ALFRESCO.edit(voorschoten.id(), griffier("Voorschoten"),
                Map.of(PROP_REPORTED_BACK_ON, stored(LocalDate.of(2024, 7, 5))))));
        onDay(LocalDate.of(2024, 7, 8));
        runArrangementCheck();
        runArrangementCheck();

        Path record = ArrangementScenarioOutput.write("ab-vergadering", gr, null);
        // In time or late is regio-core's InstructionPolicy's judgement of the cover notes as the record holds them.
        JsonNode written = new ObjectMapper().readTree(record.toFile());
        assertThat(instructionStatus(written, "Voorschoten")).isEqualTo(InstructionPolicy.Status.GIVEN_IN_TIME);
        assertThat(instructionStatus(written, "Leiderdorp")).isEqualTo(InstructionPolicy.Status.GIVEN_LATE);
        assertThat(noteOf(papers, "Voorschoten").property(PROP_INSTRUCTION_ESCALATED)).isNotEqualTo(true);
        assertThat(noteOf(papers, "Leiderdorp").property(PROP_INSTRUCTION_ESCALATED)).isEqualTo(true);
        for (String m : List.of("Leiden", "Oegstgeest", "Zoeterwoude")) {
            assertThat(noteOf(papers, m).property(PROP_INSTRUCTION_ESCALATED)).as(m).isNotEqualTo(true);
        }
        assertThat(noteOf(papers, "Voorschoten").property(PROP_REPORT_BACK_REMINDED_ON)).isNull();
        assertThat(mailsTo(griffieMail("Voorschoten"))).as("the papers only").hasSize(1);
        for (String m : List.of("Leiden", "Leiderdorp", "Oegstgeest", "Zoeterwoude")) {
            assertThat(day(noteOf(papers, m).property(PROP_REPORT_BACK_REMINDED_ON))).as(m).isEqualTo(LocalDate.of(2024, 7, 8));
            assertThat(mailsTo(griffieMail(m))).as("the papers and one reminder, " + m).extracting(MimeMessage::getSubject)
                    .satisfiesExactlyInAnyOrder(s -> assertThat(s).contains("GR-stukken"), s -> assertThat(s).contains("Terugkoppeling"));
        }
        assertThat(mailsTo(REGIOGRIFFIER_MAIL)).hasSize(1);
    }

    // ------------------------------------------------------------------ toetreding

    @Test
    void aProposalToJoinIsHeldUntilItsToetsingskaderIsCompleteThenRouted() throws Exception {
        REQUESTS.recordAs("toetreding");
        Toetsingskader kader = Toetsingskader.shipped();
        List<String> strategic = kader.parts().get(0).questions().stream().map(Toetsingskader.Question::id).toList();
        List<String> all = kader.questions().stream().map(Toetsingskader.Question::id).toList();
        onDay(LocalDate.of(2024, 9, 2));
        SimNode gr = arrangement("Regionale Dienst Leidse regio", LEIDSE_REGIO, 7);

        // The proposal to join, with only the strategic part answered, is submitted.
        Map<String, Object> props = new LinkedHashMap<>();
        props.put(PROP_ROUTE_STATUS, STATUS_DRAFT);
        props.put(PROP_PROPOSAL_NUMBER, "U-2024-071");
        props.put(PROP_THEME, "licht");
        props.put(PROP_COOPERATION_ACTION, COOPERATION_ACTION_JOIN);
        props.put(PROP_COOPERATION_ARRANGEMENT, "Regionale Dienst Leidse regio");
        props.put(PROP_CHECKLIST_ANSWERS, answers(strategic));
        SimNode p = ALFRESCO.addNode("folder-voorstellen", "Voorstel U-2024-071.pdf", TYPE_PROPOSAL, REGIOGRIFFIER,
                List.of(ASPECT_ROUTED, ASPECT_TOETSINGSKADER, "cm:titled"), props);
        publishAndWait(EVENTS.nodeCreated(p.id()));
        publishAndWait(EVENTS.nodeUpdated(p.id(), ALFRESCO.edit(p.id(), REGIOGRIFFIER,
                Map.of(PROP_ROUTE_STATUS, STATUS_SUBMITTED, PROP_SUBMITTED_ON, stored(LocalDate.of(2024, 9, 2))))));

        List<String> rest = all.stream().filter(id -> !strategic.contains(id)).toList();
        SimNode held = ALFRESCO.node(p.id());
        assertThat(held.property(PROP_ROUTE_STATUS)).isEqualTo(STATUS_SUBMITTED);
        assertThat(held.property(PROP_DEADLINE)).isNull();
        assertThat(held.property(PROP_CHECKLIST_COMPLETE)).isEqualTo(false);
        assertThat(held.property(PROP_CHECKLIST_OPEN_QUESTIONS)).asInstanceOf(InstanceOfAssertFactories.LIST)
                .containsExactlyInAnyOrderElementsOf(rest);
        assertThat(ALFRESCO.targets(p.id(), ASSOC_PROPOSAL_COUNCIL_DECISIONS)).isEmpty();
        for (String m : LEIDSE_REGIO) {
            assertThat(mailsTo(griffieMail(m))).as(m).isEmpty();
        }
        assertThat(mailsTo(REGIOGRIFFIER_MAIL)).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject()).contains("Toetsingskader onvolledig");
            assertThat((String) mail.getContent()).contains("B1 ").contains("J5 ").doesNotContain("S1 ");
        });

        // Everything answered, but J4 marked n.v.t. without a reason: still held, now for J4 alone.
        String last = "J4";
        onDay(LocalDate.of(2024, 9, 9));
        publishAndWait(EVENTS.nodeUpdated(p.id(), ALFRESCO.edit(p.id(), REGIOGRIFFIER, Map.of(
                PROP_CHECKLIST_ANSWERS, answers(all.stream().filter(id -> !id.equals(last)).toList()),
                PROP_CHECKLIST_NOT_APPLICABLE, List.of(last + "=")))));
        assertThat(ALFRESCO.node(p.id()).property(PROP_CHECKLIST_OPEN_QUESTIONS)).isEqualTo(List.of(last));
        assertThat(ALFRESCO.node(p.id()).property(PROP_DEADLINE)).isNull();
        assertThat(mailsTo(REGIOGRIFFIER_MAIL)).hasSize(2);

        // With its reason the checklist is complete: the proposal goes into its route (light cooperation: all councils).
        onDay(LocalDate.of(2024, 9, 10));
        publishAndWait(EVENTS.nodeUpdated(p.id(), ALFRESCO.edit(p.id(), REGIOGRIFFIER, Map.of(
                PROP_CHECKLIST_NOT_APPLICABLE, List.of(last + "=Geen privaatrechtelijke vorm: toetreding tot een openbaar lichaam")))));

        ArrangementScenarioOutput.write("toetreding", gr, p);
        SimNode routed = ALFRESCO.node(p.id());
        assertThat(routed.property(PROP_CHECKLIST_COMPLETE)).isEqualTo(true);
        assertThat(routed.property(PROP_CHECKLIST_OPEN_QUESTIONS)).isNull();
        // intake: submitted on 2 September 2024 plus the default period of two months
        assertThat(day(routed.property(PROP_DEADLINE))).isEqualTo(LocalDate.of(2024, 11, 2));
        assertThat(ALFRESCO.targets(p.id(), ASSOC_PROPOSAL_COUNCIL_DECISIONS)).extracting(d -> d.property(PROP_MUNICIPALITY))
                .containsExactlyInAnyOrderElementsOf(LEIDSE_REGIO);
        for (String m : LEIDSE_REGIO) {
            assertThat(mailsTo(griffieMail(m))).as(m).hasSize(1);
        }
        // two held notices and the light cooperation's announcement
        assertThat(mailsTo(REGIOGRIFFIER_MAIL)).hasSize(3);
    }

    // ------------------------------------------------------------------ helpers

    /**
     * A joint arrangement in the register (a folder of the regiocommissie's), as the regiogriffier enters it: the budget
     * shares of 2025 and a last evaluation on 1 September 2021 with the default four-year cycle.
     */
    static SimNode arrangement(String name, List<String> participants, int leadDays) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put(PROP_ARRANGEMENT_NAME, name);
        props.put(PROP_LEGAL_FORM, LEGAL_FORM_OPENBAAR_LICHAAM);
        props.put(PROP_PARTICIPANTS, participants);
        props.put(PROP_INSTRUCTION_LEAD_DAYS, leadDays);
        props.put(PROP_BUDGET_SHARES, List.of("Leiden=45", "Leiderdorp=15", "Oegstgeest=15", "Voorschoten=15", "Zoeterwoude=10"));
        props.put(PROP_BUDGET_SHARE_YEAR, 2025);
        props.put(PROP_EVALUATION_CYCLE_YEARS, 4);
        props.put(PROP_LAST_EVALUATION_DATE, stored(LocalDate.of(2021, 9, 1)));
        return ALFRESCO.addNode(Harness.folderId("Gemeenschappelijke regelingen"), name, TYPE_JOINT_ARRANGEMENT, REGIOGRIFFIER, List.of("cm:titled"), props);
    }

    /** The instruction's status of one council's cover note in a written ab-vergadering record, on the record's last day. */
    private static InstructionPolicy.Status instructionStatus(JsonNode record, String municipality) {
        for (JsonNode note : record.path("meetings").get(0).path("coverNotes")) {
            JsonNode props = note.path("properties");
            if (municipality.equals(props.path(PROP_COVER_NOTE_MUNICIPALITY).asText())) {
                return InstructionPolicy.standard().status(Optional.of(day(props.path(PROP_INSTRUCTION_GIVEN_ON).asText())),
                        day(props.path(PROP_INSTRUCTION_DEADLINE).asText()), LocalDate.of(2024, 7, 8));
            }
        }
        throw new AssertionError("no cover note of " + municipality + " in the record");
    }

    private void instruct(SimNode papers, String municipality, LocalDate on) {
        onDay(on);
        SimNode note = noteOf(papers, municipality);
        publishAndWait(EVENTS.nodeUpdated(note.id(), ALFRESCO.edit(note.id(), griffier(municipality), Map.of(
                PROP_INSTRUCTION_GIVEN_ON, stored(on), PROP_INSTRUCTION_TEXT, "Inbreng van de raad van " + municipality))));
    }

    private static SimNode noteOf(SimNode papers, String municipality) {
        return ALFRESCO.targets(papers.id(), ASSOC_GR_MEETING_COVER_NOTES).stream()
                .filter(n -> municipality.equals(n.property(PROP_COVER_NOTE_MUNICIPALITY))).findFirst().orElseThrow();
    }

    private static SimNode zienswijzeOf(SimNode procedure, String municipality) {
        return ALFRESCO.targets(procedure.id(), ASSOC_WGR_PROCEDURE_ZIENSWIJZEN).stream()
                .filter(n -> municipality.equals(n.property(PROP_ZIENSWIJZE_MUNICIPALITY))).findFirst().orElseThrow();
    }

    private static List<String> answers(List<String> ids) {
        List<String> values = new ArrayList<>();
        ids.forEach(id -> values.add(id + "=Antwoord op " + id));
        return values;
    }

    private void runArrangementCheck() {
        producer.sendBody(ArrangementDeadlineRoute.CHECK_URI, null);
    }

    /** The scenario clock on this day, 10:00 UTC (the service and the simulator share it). */
    static void onDay(LocalDate day) {
        CLOCK.set(day.atTime(10, 0).toInstant(ZoneOffset.UTC));
    }

    /** A day as griffie staff enter a d:date: midnight UTC, in Alfresco's REST format. */
    static String stored(LocalDate day) {
        return date(day.atStartOfDay().atOffset(ZoneOffset.UTC));
    }

    static LocalDate day(Object stored) {
        assertThat(stored).as("a stored date").isNotNull();
        return LocalDate.parse(String.valueOf(stored).substring(0, 10));
    }
}
