package nl.regiobesluit.arrangement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DashboardReportTest {

    private static DashboardReport report;

    @BeforeAll
    static void build() throws Exception {
        System.setProperty("java.awt.headless", "true");
        report = new DashboardReport(Dashboard.of(DashboardTest.fixture(), "Voorschoten", DashboardTest.ON, 6,
                InstructionPolicy.standard(), WgrTerms.standard(), EvaluationPolicy.standard(), Toetsingskader.shipped()));
    }

    @Test
    void theReportIsOneHtmlFileWithFiveChartsBesideIt(@TempDir Path dir) throws Exception {
        List<Path> written = report.write(dir.resolve("dashboard.html"));
        assertThat(written).extracting(p -> p.getFileName().toString()).containsExactlyInAnyOrder("dashboard.html",
                "dashboard-stukken.png", "dashboard-instructies.png", "dashboard-zienswijzen.png", "dashboard-bestuur.png",
                "dashboard-begroting.png");
        for (Path png : written.subList(1, written.size())) {
            assertThat(Files.readAllBytes(png)).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        }
    }

    @Test
    void theHtmlSaysItInDutchWithEnglishAndShowsTheFigures() {
        String html = report.html(report.charts("d"));
        assertThat(html).contains("Gemeenschappelijke regelingen van Voorschoten", "Joint arrangements of Voorschoten",
                "30 juni 2027", "Regionale Dienst Voorbeeld", "13,5% (2027)", "25%", "J. de Vries",
                "Termijnen die eraan komen", "1 juli 2027", "regeling art. 5", "1 september 2027", "binnenkort",
                "Toetreding Economie071", "niet compleet", "geen convenant: er worden taken overgedragen",
                "data:image/png;base64,", "href=\"d-stukken.png\"");
        assertThat(html).doesNotContain("Zonder Voorschoten", "Voorstel alleen Leiderdorp");
    }

    @Test
    void theSameInputGivesTheSameHtml() {
        assertThat(report.html(report.charts("d"))).isEqualTo(report.html(report.charts("d")));
    }
}
