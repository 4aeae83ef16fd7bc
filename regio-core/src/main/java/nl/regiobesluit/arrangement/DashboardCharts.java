package nl.regiobesluit.arrangement;

import nl.regiobesluit.shared.report.BarCharts;
import nl.regiobesluit.shared.report.ReportFiles;
import nl.regiobesluit.criteria.evaluation.Words;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * The dashboard's charts, drawn by JFreeChart as the evaluation report's are (criteria.evaluation.ReportCharts):
 * horizontal stacked bars with the arrangements as categories, Okabe–Ito colours, whole numbers on the axis. The exact
 * numbers are in the tables beside each chart.
 */
final class DashboardCharts {

    static final int WIDTH = 720;
    /** At least this high; a council in many arrangements gets {@link #PER_ARRANGEMENT} pixels per bar, so names stay legible. */
    static final int HEIGHT = 320;
    static final int PER_ARRANGEMENT = 36;
    private static final int FRAME = 140;

    private static final Color GREEN = new Color(0x009e73);
    private static final Color SKY = new Color(0x56b4e9);
    private static final Color VERMILION = new Color(0xd55e00);
    private static final Color ORANGE = new Color(0xe69f00);
    private static final Color GREY = new Color(0x999999);
    private static final Color BLUE = BarCharts.BLUE;

    /** A chart before it is drawn: its name in the PNG file name, its title, the chart. */
    record Figure(String name, Words title, JFreeChart chart, int height) {
        /**
         * What the bars show, read back from the chart's own dataset: per series (its label, Dutch / English) the value
         * per arrangement. Tests check this against hand-worked figures, so a series wired to the wrong figure shows.
         */
        Map<String, Map<String, Number>> data() {
            CategoryDataset d = chart.getCategoryPlot().getDataset();
            Map<String, Map<String, Number>> out = new LinkedHashMap<>();
            for (int row = 0; row < d.getRowCount(); row++) {
                Map<String, Number> values = new LinkedHashMap<>();
                for (int col = 0; col < d.getColumnCount(); col++) {
                    values.put(d.getColumnKey(col).toString(), d.getValue(row, col));
                }
                out.put(d.getRowKey(row).toString(), values);
            }
            return out;
        }

        byte[] png() {
            return ReportFiles.png(chart, WIDTH, height, name);
        }
    }

    private record Series(Words name, Color colour, ToIntFunction<Dashboard.ArrangementFigures> value) { }

    private final Dashboard dashboard;

    DashboardCharts(Dashboard dashboard) {
        this.dashboard = dashboard;
    }

    /** The figures in report order; none when the council takes part in no arrangement. */
    List<Figure> figures() {
        if (dashboard.arrangements().isEmpty()) {
            return List.of();
        }
        List<Figure> out = new ArrayList<>();
        out.add(stacked("stukken", new Words("Vergaderstukken op tijd of te laat", "meeting papers in time or late"), new Words("vergaderingen", "meetings"),
                List.of(new Series(new Words("op tijd", "in time"), GREEN, Dashboard.ArrangementFigures::papersInTime),
                        new Series(new Words("te laat", "late"), VERMILION, Dashboard.ArrangementFigures::papersLate),
                        new Series(new Words("onbekend", "unknown"), GREY, Dashboard.ArrangementFigures::papersUnknown))));
        out.add(stacked("instructies", new Words("Instructies aan het AB-lid", "instructions to the AB member"), new Words("vergaderingen", "meetings"),
                List.of(new Series(new Words("op tijd", "in time"), GREEN, Dashboard.ArrangementFigures::instructionsInTime),
                        new Series(new Words("te laat", "late"), ORANGE, Dashboard.ArrangementFigures::instructionsLate),
                        new Series(new Words("nog open", "open"), SKY, Dashboard.ArrangementFigures::instructionsOpen),
                        new Series(new Words("gemist", "missed"), VERMILION, Dashboard.ArrangementFigures::instructionsMissed))));
        out.add(stacked("zienswijzen", new Words("Zienswijzen van de raad", "zienswijzen of the council"), new Words("procedures", "procedures"),
                List.of(new Series(new Words("gegeven", "given"), GREEN, Dashboard.ArrangementFigures::zienswijzenGiven),
                        new Series(new Words("te laat", "out of time"), ORANGE, Dashboard.ArrangementFigures::zienswijzenOutOfTime),
                        new Series(new Words("geen", "none"), VERMILION, Dashboard.ArrangementFigures::zienswijzenNone),
                        new Series(new Words("nog open", "pending"), SKY, Dashboard.ArrangementFigures::zienswijzenPending))));
        out.add(stacked("bestuur", new Words("Wat het bestuur met de zienswijzen deed", "what the board did with the zienswijzen"),
                new Words("zienswijzen", "zienswijzen"),
                List.of(new Series(new Words("overgenomen", "adopted"), GREEN, Dashboard.ArrangementFigures::boardAdopted),
                        new Series(new Words("deels overgenomen", "partly adopted"), SKY, Dashboard.ArrangementFigures::boardPartlyAdopted),
                        new Series(new Words("niet overgenomen", "not adopted"), VERMILION, Dashboard.ArrangementFigures::boardNotAdopted),
                        new Series(new Words("nog niet beantwoord", "not answered yet"), GREY, Dashboard.ArrangementFigures::boardNotAnswered))));
        out.add(budget());
        return out;
    }

    private Figure stacked(String name, Words title, Words unit, List<Series> series) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Series s : series) {
            for (Dashboard.ArrangementFigures f : dashboard.arrangements()) {
                data.addValue(s.value().applyAsInt(f), s.name().both(), f.name());
            }
        }
        JFreeChart chart = chart(title, new Words("regeling", "arrangement"), unit, data, true);
        CategoryPlot plot = chart.getCategoryPlot();
        for (int i = 0; i < series.size(); i++) {
            plot.getRenderer().setSeriesPaint(i, series.get(i).colour());
        }
        ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.forLanguageTag("nl")));
        return new Figure(name, title, chart, height());
    }

    /** The height of every chart: the frame plus a bar's room per arrangement, never below {@link #HEIGHT}. */
    int height() {
        return Math.max(HEIGHT, FRAME + PER_ARRANGEMENT * dashboard.arrangements().size());
    }

    private Figure budget() {
        Words title = new Words("Aandeel in de begroting (%)", "budget share (%)");
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Dashboard.ArrangementFigures f : dashboard.arrangements()) {
            data.addValue(f.budgetShare().map(Number::doubleValue).orElse(0.0), new Words("aandeel", "share").both(), f.name());
        }
        JFreeChart chart = chart(title, new Words("regeling", "arrangement"), new Words("procent", "percent"), data, false);
        chart.getCategoryPlot().getRenderer().setSeriesPaint(0, BLUE);
        chart.removeLegend();
        return new Figure("begroting", title, chart, height());
    }

    private static JFreeChart chart(Words title, Words categories, Words values, DefaultCategoryDataset data, boolean stacked) {
        return BarCharts.bar(title.both(), categories.both(), values.both(), data, PlotOrientation.HORIZONTAL, stacked);
    }
}
