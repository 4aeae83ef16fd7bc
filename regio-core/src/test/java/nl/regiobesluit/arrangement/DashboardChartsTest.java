package nl.regiobesluit.arrangement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What each chart's bars show, per series and arrangement, against the figures worked out by hand in
 * {@link DashboardTest} (Voorschoten on 30 June 2027; Economie071 has one meeting and no procedures). Review #4.
 */
class DashboardChartsTest {

    private static final String RDV = "Regionale Dienst Voorbeeld";
    private static final String E071 = "Economie071 Voorbeeld";
    private static Map<String, Map<String, Map<String, Number>>> charts;

    @BeforeAll
    static void build() throws Exception {
        System.setProperty("java.awt.headless", "true");
        Dashboard d = Dashboard.of(DashboardTest.fixture(), "Voorschoten", DashboardTest.ON, 6, InstructionPolicy.standard(),
                WgrTerms.standard(), EvaluationPolicy.standard(), Toetsingskader.shipped());
        charts = new LinkedHashMap<>();
        new DashboardCharts(d).figures().forEach(f -> charts.put(f.name(), f.data()));
    }

    /** Series label to {RDV value, E071 value}, as whole numbers. */
    private static Map<String, List<Integer>> whole(String chart) {
        Map<String, List<Integer>> out = new LinkedHashMap<>();
        charts.get(chart).forEach((series, values) -> {
            assertThat(values).as(chart + " " + series).containsOnlyKeys(RDV, E071);
            out.put(series, List.of(values.get(RDV).intValue(), values.get(E071).intValue()));
        });
        return out;
    }

    @Test
    void thereAreTheFiveCharts() {
        assertThat(charts).containsOnlyKeys("stukken", "instructies", "zienswijzen", "bestuur", "begroting");
    }

    @Test
    void papersChartShowsInTimeLateAndUnknownPerArrangement() {
        // RDV: 18 Mar and 8 Jul in time, 24 Jun late, 20 Jan unknown. E071: 12 May in time.
        assertThat(whole("stukken")).containsExactlyInAnyOrderEntriesOf(Map.of(
                "op tijd / in time", List.of(2, 1), "te laat / late", List.of(1, 0), "onbekend / unknown", List.of(1, 0)));
    }

    @Test
    void instructionsChartShowsInTimeLateOpenAndMissed() {
        // RDV: 18 Mar in time, 20 Jan late, 8 Jul open, 24 Jun missed. E071: 12 May missed.
        assertThat(whole("instructies")).containsExactlyInAnyOrderEntriesOf(Map.of(
                "op tijd / in time", List.of(1, 0), "te laat / late", List.of(1, 0), "nog open / open", List.of(1, 0),
                "gemist / missed", List.of(1, 1)));
    }

    @Test
    void zienswijzenChartShowsGivenOutOfTimeNoneAndPending() {
        // RDV: begroting given, regeling wijzigen out of time, voorlopige jaarrekening none, kadernota pending.
        assertThat(whole("zienswijzen")).containsExactlyInAnyOrderEntriesOf(Map.of(
                "gegeven / given", List.of(1, 0), "te laat / out of time", List.of(1, 0), "geen / none", List.of(1, 0),
                "nog open / pending", List.of(1, 0)));
    }

    @Test
    void boardChartShowsWhatTheBoardDidWithTheZienswijzenGiven() {
        // RDV: begroting partly adopted, regeling wijzigen not adopted.
        assertThat(whole("bestuur")).containsExactlyInAnyOrderEntriesOf(Map.of(
                "overgenomen / adopted", List.of(0, 0), "deels overgenomen / partly adopted", List.of(1, 0),
                "niet overgenomen / not adopted", List.of(1, 0), "nog niet beantwoord / not answered yet", List.of(0, 0)));
    }

    @Test
    void budgetChartShowsTheCouncilsShareInPercent() {
        // "Voorschoten=13,5" in RDV, "Voorschoten=8" in E071.
        assertThat(charts.get("begroting")).containsOnlyKeys("aandeel / share");
        assertThat(charts.get("begroting").get("aandeel / share").get(RDV).doubleValue()).isEqualTo(13.5);
        assertThat(charts.get("begroting").get("aandeel / share").get(E071).doubleValue()).isEqualTo(8.0);
    }
}
