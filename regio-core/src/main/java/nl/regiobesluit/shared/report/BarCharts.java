package nl.regiobesluit.shared.report;

import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The bar chart of the reports (the evaluation report and the joint-arrangement dashboard): white, flat bars, light
 * grid, labels wrapped over up to three lines. Callers colour the series and format the axes.
 */
public final class BarCharts {

    /** The grid's colour, and the palette's blue (Okabe–Ito), which both reports use for a single series. */
    public static final Color GRID = new Color(0xd9dee3);
    public static final Color BLUE = new Color(0x0072b2);

    private BarCharts() {
    }

    public static JFreeChart bar(String title, String categories, String values, DefaultCategoryDataset data,
                                 PlotOrientation orientation, boolean stacked) {
        CategoryAxis categoryAxis = new CategoryAxis(categories);
        // A label that does not fit is wrapped at spaces; JFreeChart would cut a single word that is too wide for its
        // line (org.jfree.chart.text.TextUtils#nextLineBreak), so labels get the room of three lines or the chart's width.
        categoryAxis.setMaximumCategoryLabelLines(3);
        if (orientation == PlotOrientation.HORIZONTAL) {
            categoryAxis.setMaximumCategoryLabelWidthRatio(0.35f);
        }
        NumberAxis valueAxis = new NumberAxis(values);
        BarRenderer renderer = stacked ? new StackedBarRenderer() : new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        CategoryPlot plot = new CategoryPlot(data, categoryAxis, valueAxis, renderer);
        plot.setOrientation(orientation);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(GRID);
        plot.setOutlineVisible(false);
        JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 15), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }
}
