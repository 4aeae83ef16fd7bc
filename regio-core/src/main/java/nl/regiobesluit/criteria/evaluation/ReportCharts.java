package nl.regiobesluit.criteria.evaluation;

import nl.regiobesluit.shared.report.BarCharts;
import nl.regiobesluit.shared.report.ReportFiles;
import nl.regiobesluit.routing.CouncilOutcome;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryMarker;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The report's charts, drawn by JFreeChart: the lead-time histogram with the two-month target, the decisions per
 * council (stacked by outcome) and the power of each municipality per decision rule. Municipalities are categories on
 * a horizontal chart so that their names have the room to stay whole; the exact numbers are in the tables beside each chart.
 */
final class ReportCharts {

    static final int WIDTH = 720;
    static final int HEIGHT = 360;

    /** Okabe–Ito colours: distinguishable for colour-blind readers and in greyscale print. */
    private static final Color BLUE = BarCharts.BLUE;
    private static final Color[] OUTCOME_COLORS = {new Color(0x009e73), new Color(0x56b4e9), new Color(0xd55e00), new Color(0xe69f00)};
    private static final Color PINK = new Color(0xcc79a7);
    private static final Color MARKER = new Color(0xd55e00);
    static final CouncilOutcome[] OUTCOMES = {CouncilOutcome.ADOPTED, CouncilOutcome.ADOPTED_WITH_AMENDMENTS,
            CouncilOutcome.REJECTED, CouncilOutcome.POSTPONED};

    /** One chart of the report before it is drawn: its name in the PNG's file name, its title and the JFreeChart. */
    record Figure(String name, Words title, JFreeChart chart) {

        byte[] png() {
            return ReportFiles.png(chart, WIDTH, HEIGHT, name);
        }
    }

    private final Evaluation evaluation;
    private final ReportText text;

    ReportCharts(Evaluation evaluation, ReportText text) {
        this.evaluation = evaluation;
        this.text = text;
    }

    /** The figures in report order; none when the selection is empty. */
    List<Figure> figures() {
        if (evaluation.isEmpty()) {
            return List.of();
        }
        List<Figure> figures = new ArrayList<>();
        figures.add(leadTimes());
        if (!evaluation.councils().isEmpty()) {
            figures.add(councils());
        }
        int n = 1;
        for (Evaluation.PowerUnderRule rule : evaluation.power()) {
            figures.add(power("macht-" + n++, rule));
        }
        return figures;
    }

    private Figure leadTimes() {
        Words title = new Words("Doorlooptijd in dagen", "lead time in days");
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String series = new Words("besluiten", "decisions").both();
        String target = null;
        for (Evaluation.Bucket b : evaluation.leadTimes().buckets()) {
            data.addValue(b.count(), series, b.label());
            if (b.fromDay() <= Evaluation.TARGET_LINE_DAYS && (b.toDay() == null || Evaluation.TARGET_LINE_DAYS <= b.toDay())) {
                target = b.label();
            }
        }
        JFreeChart chart = barChart(title, new Words("dagen", "days"), new Words("besluiten", "decisions"), data, PlotOrientation.VERTICAL, false);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.getRenderer().setSeriesPaint(0, BLUE);
        chart.removeLegend();
        // Two calendar months are 59 to 62 days: the marker sits on the class that holds day 61.
        CategoryMarker marker = new CategoryMarker(target, MARKER, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[]{6f, 4f}, 0f));
        marker.setDrawAsLine(true);
        marker.setLabel(new Words("termijn twee maanden", "two-month target").both());
        marker.setLabelFont(new Font(Font.SANS_SERIF, Font.BOLD, 11));
        marker.setLabelPaint(MARKER);
        // The label ends at the line and runs to its left, where the plot has room: to the right it would be cut off.
        marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        marker.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        marker.setLabelOffset(new RectangleInsets(4, 6, 4, 6));
        plot.addDomainMarker(marker, Layer.FOREGROUND);
        integerAxis(plot);
        // Room above the highest bar for the marker's label.
        plot.getRangeAxis().setUpperMargin(0.15);
        return new Figure("doorlooptijd", title, chart);
    }

    private Figure councils() {
        Words title = new Words("Besluiten per gemeenteraad", "decisions per council");
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (CouncilOutcome o : OUTCOMES) {
            for (Evaluation.CouncilTally c : evaluation.councils()) {
                data.addValue(c.count(o), text.councilOutcome(o).both(), c.municipality());
            }
        }
        JFreeChart chart = barChart(title, new Words("gemeenteraad", "council"), new Words("besluiten", "decisions"), data,
                PlotOrientation.HORIZONTAL, true);
        CategoryPlot plot = chart.getCategoryPlot();
        for (int i = 0; i < OUTCOMES.length; i++) {
            plot.getRenderer().setSeriesPaint(i, OUTCOME_COLORS[i]);
        }
        integerAxis(plot);
        return new Figure("raden", title, chart);
    }

    private Figure power(String name, Evaluation.PowerUnderRule rule) {
        Words ruleWords = text.rule(rule.rule());
        Words scheme = text.scheme(rule.scheme());
        Words title = new Words("Macht per gemeente (" + scheme.nl() + ", " + ruleWords.nl() + ")",
                "power per municipality (" + scheme.en() + ", " + ruleWords.en() + ")");
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Evaluation.MeanPower m : rule.municipalities()) {
            data.addValue(m.banzhaf().toDouble(), "Banzhaf", m.municipality());
            data.addValue(m.shapleyShubik().toDouble(), "Shapley-Shubik", m.municipality());
        }
        JFreeChart chart = barChart(title, new Words("gemeente", "municipality"), new Words("aandeel in de macht", "share of power"), data,
                PlotOrientation.HORIZONTAL, false);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.getRenderer().setSeriesPaint(0, BLUE);
        plot.getRenderer().setSeriesPaint(1, PINK);
        NumberAxis values = (NumberAxis) plot.getRangeAxis();
        values.setNumberFormatOverride(NumberFormat.getPercentInstance(ReportText.DUTCH));
        return new Figure(name, title, chart);
    }

    private static JFreeChart barChart(Words title, Words categories, Words values, DefaultCategoryDataset data,
                                       PlotOrientation orientation, boolean stacked) {
        JFreeChart chart = BarCharts.bar(title.both(), categories.both(), values.both(), data, orientation, stacked);
        ((BarRenderer) chart.getCategoryPlot().getRenderer()).setItemMargin(0.05);
        return chart;
    }

    /** Counts of decisions: whole numbers on the axis. */
    private static void integerAxis(CategoryPlot plot) {
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.forLanguageTag("nl")));
    }
}
