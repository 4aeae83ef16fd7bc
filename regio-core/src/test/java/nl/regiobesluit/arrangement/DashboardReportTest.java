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
    void withNothingComingUpTheDeadlinesSectionSaysSoUpToTheHorizon() throws Exception {
        // Voorschoten on 1 Jan 2029, horizon 1 Jul 2029: every meeting, procedure and report-back date of the fixture
        // lies in 2027, and the next evaluation (RDV: 1 Sep 2027; E071: never evaluated, so due now) has no date ahead.
        Dashboard later = Dashboard.of(DashboardTest.fixture(), "Voorschoten", java.time.LocalDate.of(2029, 1, 1), 6,
                InstructionPolicy.standard(), WgrTerms.standard(), EvaluationPolicy.standard(), Toetsingskader.shipped());
        assertThat(later.upcoming()).isEmpty();
        DashboardReport r = new DashboardReport(later);
        assertThat(r.html(r.charts("d"))).contains("Geen termijnen tot 1 juli 2029. <span class=\"en\">No deadlines up to 1 juli 2029.</span>");
        assertThat(report.html(report.charts("d"))).doesNotContain("Geen termijnen tot");
    }

    @Test
    void warningsComeFirstInDutchWithEnglishAndOnlyWhenThereAreAny() throws Exception {
        DashboardReport warned = new DashboardReport(Dashboard.of(DashboardTest.fixture(), "Voorschoten", DashboardTest.ON, 6,
                InstructionPolicy.standard(), WgrTerms.standard(), EvaluationPolicy.standard(), Toetsingskader.shipped()),
                List.of(nl.regiobesluit.shared.Problem.bilingualAt("W", 0, "rb:weightsPerParticipant",
                        "stemgewicht van Leiden wijkt af", "vote weight of Leiden differs")));
        String html = warned.html(warned.charts("d"));
        assertThat(html).contains("<h2>Waarschuwingen <span class=\"en\">Warnings</span></h2>",
                "stemgewicht van Leiden wijkt af", "vote weight of Leiden differs");
        assertThat(html.indexOf("Waarschuwingen")).isLessThan(html.indexOf("Kerncijfers"));
        assertThat(report.html(report.charts("d"))).doesNotContain("Waarschuwingen");
    }

    @Test
    void theSameInputGivesTheSameHtml() {
        assertThat(report.html(report.charts("d"))).isEqualTo(report.html(report.charts("d")));
    }

    @Test
    void chartsGrowWithTheNumberOfArrangementsSoEveryBarKeepsItsRoom() throws Exception {
        java.util.List<GrRecords.ArrangementRecord> many = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            many.add(new GrRecords.ArrangementRecord(new JointArrangement("R" + i, LegalForm.CONVENANT, java.util.List.of("Voorschoten"),
                    java.util.Map.of(), java.util.Map.of(), java.util.Map.of(), java.util.Optional.empty(), "", 4,
                    java.util.Optional.empty(), 7, java.util.List.of()), java.util.List.of(), java.util.List.of()));
        }
        Dashboard ten = Dashboard.of(new GrRecords(many, java.util.List.of()), "Voorschoten", DashboardTest.ON, 6,
                InstructionPolicy.standard(), WgrTerms.standard(), EvaluationPolicy.standard(), Toetsingskader.shipped());
        // 140 pixels of frame and 36 per arrangement: 500 for ten; two arrangements stay at the minimum of 320.
        assertThat(new DashboardReport(ten).charts("t")).extracting(DashboardReport.Chart::height).containsOnly(500);
        assertThat(report.charts("d")).extracting(DashboardReport.Chart::height).containsOnly(320);
        java.awt.image.BufferedImage png = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(
                new DashboardReport(ten).charts("t").get(0).png()));
        assertThat(png.getHeight()).isEqualTo(500);
    }
}
