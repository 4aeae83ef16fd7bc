package nl.regiobesluit.routing.arrangement;

import static nl.regiobesluit.model.RbModel.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.regiobesluit.routing.alfresco.RepoNode;
import org.junit.jupiter.api.Test;

/**
 * The service's side of the Wgr rules: the summer recess and the decree days from configuration, and the board's
 * sending against its send-by day. Expected days are counted here by hand.
 */
class ArrangementRulesTest {

    private static ArrangementRules rules(String recess, List<String> decreeDays) {
        return new ArrangementRules(new ArrangementProperties(7, 8, Duration.ofHours(1), Duration.ofMinutes(2), recess, decreeDays));
    }

    private static RepoNode procedure(String kind, LocalDate sentOn, Map<String, Object> more) {
        Map<String, Object> props = new LinkedHashMap<>(more);
        props.put(PROP_WGR_PROCEDURE_KIND, kind);
        props.put(PROP_WGR_SENT_ON, sentOn + "T00:00:00.000+0000");
        return new RepoNode("p", "p.pdf", TYPE_WGR_PROCEDURE, List.of(), props, "regiogriffier", null);
    }

    @Test
    void theConfiguredRecessIsTheOneNoted() {
        // joining sent Monday 15 June 2020: eight weeks end Monday 10 August; a recess of 15 July to 15 August holds
        // 15..31 July (17 days) and 1..10 August (10 days) of the term
        ArrangementRules.Term term = rules("07-15:08-15", List.of()).term(procedure(WGR_PROCEDURE_TOETREDING, LocalDate.of(2020, 6, 15), Map.of()));

        assertThat(term.ends()).isEqualTo(OffsetDateTime.parse("2020-08-10T00:00Z"));
        assertThat(term.summerRecessNote()).contains("2020-07-15 t/m 2020-08-10, 27 dagen").contains("27 days");
    }

    @Test
    void aRecessOutsideTheTermLeavesNoNote() {
        ArrangementRules.Term term = rules("08-11:08-31", List.of()).term(procedure(WGR_PROCEDURE_TOETREDING, LocalDate.of(2020, 6, 15), Map.of()));

        assertThat(term.summerRecessNote()).isNull();
    }

    @Test
    void aConfiguredDecreeDayMovesAnArticleOneTermAsAHolidayDoes() {
        // sent Friday 20 March 2026; eight weeks end Friday 15 May 2026, the day after Ascension (Easter 5 April + 39
        // days = 14 May). Without a decree it is a working day; declared a holiday (Atw art. 3 lid 3) the term runs
        // to Monday 18 May.
        RepoNode change = procedure(WGR_PROCEDURE_REGELING_WIJZIGEN, LocalDate.of(2026, 3, 20), Map.of());

        assertThat(rules("07-01:08-31", List.of()).term(change).ends()).isEqualTo(OffsetDateTime.parse("2026-05-15T00:00Z"));
        assertThat(rules("07-01:08-31", List.of("2026-05-15")).term(change).ends()).isEqualTo(OffsetDateTime.parse("2026-05-18T00:00Z"));
    }

    @Test
    void anUnreadableRecessOrDecreeDayFailsNamingTheSetting() {
        assertThatThrownBy(() -> rules("1 juli tot 31 augustus", List.of()))
                .hasMessageContaining("regiobesluit.arrangements.recess").hasMessageContaining("'1 juli tot 31 augustus'");
        assertThatThrownBy(() -> rules("08-31:07-01", List.of())).hasMessageContaining("regiobesluit.arrangements.recess");
        assertThatThrownBy(() -> rules("07-01:08-31", List.of("2026-05-15", "15-05-2026")))
                .hasMessageContaining("regiobesluit.arrangements.decree-days[1]").hasMessageContaining("'15-05-2026'");
    }

    @Test
    void kadersSentOnThe29thOfAprilAreInTimeAndOnThe30thLate() {
        // Wgr art. 34b: the framework for the budget 2025 before 30 April 2024, so 29 April is the last day
        ArrangementRules r = rules("07-01:08-31", List.of());

        assertThat(r.sentLate(procedure(WGR_PROCEDURE_KADERNOTA, LocalDate.of(2024, 4, 29), Map.of(PROP_WGR_BUDGET_YEAR, 2025)))).isEmpty();
        assertThat(r.sentLate(procedure(WGR_PROCEDURE_KADERNOTA, LocalDate.of(2024, 4, 30), Map.of(PROP_WGR_BUDGET_YEAR, 2025))))
                .hasValueSatisfying(note -> assertThat(note).contains("te laat").contains("2024-04-29").contains("Wgr art. 34b")
                        .contains("sent this document late"));
    }

    @Test
    void provisionalAccountsAreDueBeforeThe30thOfAprilOfTheYearAfterTheirYear() {
        ArrangementRules r = rules("07-01:08-31", List.of());

        assertThat(r.sentLate(procedure(WGR_PROCEDURE_VOORLOPIGE_JAARREKENING, LocalDate.of(2024, 4, 15), Map.of(PROP_WGR_BUDGET_YEAR, 2023))))
                .isEmpty();
        assertThat(r.sentLate(procedure(WGR_PROCEDURE_VOORLOPIGE_JAARREKENING, LocalDate.of(2024, 5, 2), Map.of(PROP_WGR_BUDGET_YEAR, 2023))))
                .hasValueSatisfying(note -> assertThat(note).contains("2024-04-29"));
    }

    @Test
    void withoutTheBoardMeetingOrTheYearNothingIsJudgedLate() {
        ArrangementRules r = rules("07-01:08-31", List.of());

        assertThat(r.sentLate(procedure(WGR_PROCEDURE_BEGROTING, LocalDate.of(2024, 3, 1), Map.of()))).isEmpty();
        assertThat(r.sentLate(procedure(WGR_PROCEDURE_KADERNOTA, LocalDate.of(2024, 6, 1), Map.of()))).isEmpty();
        assertThat(r.sentLate(procedure(WGR_PROCEDURE_TOETREDING, LocalDate.of(2024, 6, 1), Map.of()))).isEmpty();
    }
}
