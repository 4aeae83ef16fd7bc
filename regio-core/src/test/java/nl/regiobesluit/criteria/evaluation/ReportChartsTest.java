package nl.regiobesluit.criteria.evaluation;

import nl.regiobesluit.criteria.AssessmentFramework;
import nl.regiobesluit.criteria.RouteFacts.CouncilFact;
import nl.regiobesluit.routing.CooperationModel;
import nl.regiobesluit.routing.RoutePolicy.RecordOutcome;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryTick;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.text.TextLine;
import org.junit.jupiter.api.Test;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static nl.regiobesluit.criteria.evaluation.SixScenarios.FROM;
import static nl.regiobesluit.criteria.evaluation.SixScenarios.TO;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The charts as JFreeChart lays them out: one per figure, and every category label whole. JFreeChart wraps a label that
 * is wider than its room and cuts a single word that does not fit its line (org.jfree.chart.text.TextUtils#nextLineBreak)
 * or drops lines past the maximum with "..."; both would show a council a municipality's name in pieces.
 */
class ReportChartsTest {

    private static final AssessmentFramework FRAMEWORK = AssessmentFramework.shipped();

    private static List<ReportCharts.Figure> figures(List<RecordSummary> records) {
        Evaluation e = Evaluation.of(Selection.of(FROM, TO, null, null).value(), records, FRAMEWORK);
        return new ReportCharts(e, ReportText.load()).figures();
    }

    /** The category labels of a chart as JFreeChart lays them out at the report's size: each label as its lines. */
    private static List<List<String>> laidOutLabels(ReportCharts.Figure figure) {
        BufferedImage image = new BufferedImage(ReportCharts.WIDTH, ReportCharts.HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            ChartRenderingInfo info = new ChartRenderingInfo();
            figure.chart().draw(g2, new Rectangle2D.Double(0, 0, ReportCharts.WIDTH, ReportCharts.HEIGHT), info);
            CategoryPlot plot = figure.chart().getCategoryPlot();
            CategoryAxis axis = plot.getDomainAxis();
            List<List<String>> labels = new ArrayList<>();
            for (Object tick : axis.refreshTicks(g2, new AxisState(), info.getPlotInfo().getDataArea(), plot.getDomainAxisEdge())) {
                TextBlock block = ((CategoryTick) tick).getLabel();
                List<String> lines = new ArrayList<>();
                for (Object line : block.getLines()) {
                    lines.add(((TextLine) line).getFirstTextFragment().getText().trim());
                }
                labels.add(lines);
            }
            return labels;
        } finally {
            g2.dispose();
        }
    }

    private static void assertEveryLabelWhole(List<ReportCharts.Figure> figures) {
        for (ReportCharts.Figure f : figures) {
            CategoryPlot plot = f.chart().getCategoryPlot();
            List<String> categories = plot.getCategories().stream().map(Object::toString).toList();
            List<List<String>> laidOut = laidOutLabels(f);
            assertThat(laidOut).as(f.name()).hasSize(categories.size());
            for (int i = 0; i < categories.size(); i++) {
                // Lines may only break where the name has a space: joined with spaces they give the name back.
                assertThat(String.join(" ", laidOut.get(i))).as(f.name() + ": " + laidOut.get(i)).isEqualTo(categories.get(i));
            }
        }
    }

    @Test
    void theSixScenariosGiveOneChartPerFigure() {
        assertThat(figures(SixScenarios.all())).extracting(ReportCharts.Figure::name)
                .containsExactly("doorlooptijd", "raden", "macht-1", "macht-2");
        assertThat(figures(List.of())).isEmpty();
    }

    @Test
    void theSixScenariosChartsShowEveryNameWhole() {
        assertEveryLabelWhole(figures(SixScenarios.all()));
    }

    @Test
    void longMunicipalityNamesStayWhole() {
        // The longest Dutch municipality names, on the council chart.
        LocalDate submitted = LocalDate.of(2014, 9, 1);
        List<String> names = List.of("Súdwest-Fryslân", "Hardinxveld-Giessendam", "Alphen aan den Rijn", "Kaag en Braassem",
                "Nissewaard", "Gemeente Noordoostpolder en Urk samen");
        List<CouncilFact> councils = names.stream()
                .map(n -> new CouncilFact(n, nl.regiobesluit.routing.CouncilOutcome.ADOPTED, submitted.plusDays(30), false, false)).toList();
        RecordSummary r = SixScenarios.woningbouw();
        RecordSummary longNames = new RecordSummary("lang", "Lange namen", r.decidedOn(), CooperationModel.REGIONAL_COMMITTEE, null, null, null,
                names, councils, RecordOutcome.NO_REGIONAL_DECISION,
                new nl.regiobesluit.criteria.RouteIndicators(30, true, false, 6, 0, 0, 0, 0, 0, 0, null, false), null);
        List<ReportCharts.Figure> figures = figures(List.of(longNames));
        assertThat(figures).extracting(ReportCharts.Figure::name).containsExactly("doorlooptijd", "raden");
        assertEveryLabelWhole(figures);
    }
}
