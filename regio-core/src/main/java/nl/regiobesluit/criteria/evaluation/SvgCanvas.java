package nl.regiobesluit.criteria.evaluation;

import java.util.Locale;

/** Draws to an SVG element that can sit inline in XHTML; numbers are written with one decimal, always the same way. */
final class SvgCanvas implements Canvas {

    private final StringBuilder svg = new StringBuilder();
    private final int width;
    private final int height;

    SvgCanvas(int width, int height, String title) {
        this.width = width;
        this.height = height;
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\" role=\"img\" aria-label=\"")
                .append(Html.escape(title)).append("\">\n");
        svg.append("<title>").append(Html.escape(title)).append("</title>\n");
        rect(0, 0, width, height, "#ffffff");
    }

    @Override
    public void rect(double x, double y, double w, double h, String fill) {
        svg.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                .append("\" height=\"").append(n(h)).append("\" fill=\"").append(fill).append("\"/>\n");
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, String stroke, double w, boolean dashed) {
        svg.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"").append(n(w)).append('"');
        if (dashed) {
            svg.append(" stroke-dasharray=\"6 4\"");
        }
        svg.append("/>\n");
    }

    @Override
    public void text(double x, double y, String text, Anchor anchor, int size, boolean bold, String fill) {
        svg.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"")
                .append(size).append('"');
        if (anchor != Anchor.START) {
            svg.append(" text-anchor=\"").append(anchor == Anchor.MIDDLE ? "middle" : "end").append('"');
        }
        if (bold) {
            svg.append(" font-weight=\"bold\"");
        }
        svg.append(" fill=\"").append(fill).append("\">").append(Html.escape(text)).append("</text>\n");
    }

    String svg() {
        return svg + "</svg>";
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    private static String n(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
