package nl.regiobesluit.criteria.evaluation;

import java.util.List;
import java.util.Locale;

/**
 * A bar chart as a council report needs it: categories along the bottom, one or more series either stacked (outcomes
 * per council) or side by side (two power indices), and optionally a dashed vertical marker (the two-month target).
 * Values are doubles because they only decide lengths of bars; the exact numbers are in the tables beside each chart.
 *
 * @param marker position of the marker in category units (0 = left edge of the first category), or null
 */
record BarChart(String name, String title, String axisLabel, List<String> categories, List<Series> series, boolean stacked,
                boolean percentAxis, Double marker, String markerLabel) {

    static final int WIDTH = 720;
    static final int HEIGHT = 360;
    private static final double LEFT = 64;
    private static final double RIGHT = 20;
    private static final double TOP = 62;
    private static final double BOTTOM = 78;
    private static final String INK = "#1f2933";
    private static final String GRID = "#d9dee3";

    /** One series: its name in the legend, its colour, and one value per category. */
    record Series(String name, String color, List<Double> values) {

        Series {
            values = List.copyOf(values);
        }
    }

    BarChart {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("series " + s.name() + " has " + s.values().size() + " values for " + categories.size() + " categories");
            }
        }
    }

    String svg() {
        SvgCanvas canvas = new SvgCanvas(WIDTH, HEIGHT, title);
        draw(canvas);
        return canvas.svg();
    }

    byte[] png() {
        PngCanvas canvas = new PngCanvas(WIDTH, HEIGHT);
        draw(canvas);
        return canvas.png();
    }

    void draw(Canvas c) {
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double bottom = TOP + plotHeight;
        c.text(LEFT, 24, title, Canvas.Anchor.START, 15, true, INK);

        double max = 0;
        for (int i = 0; i < categories.size(); i++) {
            double total = 0;
            for (Series s : series) {
                total = stacked ? total + s.values().get(i) : Math.max(total, s.values().get(i));
            }
            max = Math.max(max, total);
        }
        double step = step(max);
        double top = Math.max(step, Math.ceil(max / step) * step);
        for (double v = 0; v <= top + step / 2; v += step) {
            double y = bottom - v / top * plotHeight;
            c.line(LEFT, y, LEFT + plotWidth, y, GRID, 1, false);
            c.text(LEFT - 8, y + 4, tick(v), Canvas.Anchor.END, 11, false, INK);
        }
        c.text(LEFT - 8, TOP - 16, axisLabel, Canvas.Anchor.START, 11, false, "#66727f");

        double slot = plotWidth / Math.max(1, categories.size());
        double barArea = slot * 0.7;
        for (int i = 0; i < categories.size(); i++) {
            double x = LEFT + i * slot + (slot - barArea) / 2;
            double base = bottom;
            for (int k = 0; k < series.size(); k++) {
                Series s = series.get(k);
                double h = s.values().get(i) / top * plotHeight;
                if (stacked) {
                    if (h > 0) {
                        c.rect(x, base - h, barArea, h, s.color());
                    }
                    base -= h;
                } else {
                    double w = barArea / series.size();
                    if (h > 0) {
                        c.rect(x + k * w, bottom - h, w - 2, h, s.color());
                    }
                }
            }
            c.text(LEFT + i * slot + slot / 2, bottom + 18, categories.get(i), Canvas.Anchor.MIDDLE, 11, false, INK);
        }
        c.line(LEFT, bottom, LEFT + plotWidth, bottom, INK, 1.5, false);

        if (marker != null) {
            double x = LEFT + marker * slot;
            c.line(x, TOP - 4, x, bottom, "#d55e00", 2, true);
            c.text(x + 6, TOP + 10, markerLabel, Canvas.Anchor.START, 11, true, "#d55e00");
        }

        double lx = LEFT;
        double ly = HEIGHT - 22;
        for (Series s : series) {
            c.rect(lx, ly - 10, 12, 12, s.color());
            c.text(lx + 18, ly, s.name(), Canvas.Anchor.START, 11, false, INK);
            lx += 26 + 6.5 * s.name().length();
        }
    }

    /** A tick step that gives at most about six grid lines: whole numbers for counts, 10% steps for shares. */
    private double step(double max) {
        if (percentAxis) {
            return max > 0.5 ? 0.2 : 0.1;
        }
        if (max <= 6) {
            return 1;
        }
        double raw = max / 5;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[]{1, 2, 5, 10}) {
            if (m * magnitude >= raw) {
                return m * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private String tick(double v) {
        return percentAxis ? String.format(Locale.ROOT, "%.0f%%", v * 100) : String.format(Locale.ROOT, "%.0f", v);
    }
}
