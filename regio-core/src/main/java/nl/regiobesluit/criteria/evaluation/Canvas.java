package nl.regiobesluit.criteria.evaluation;

/**
 * The few drawing operations a chart needs. A chart draws itself once against this interface, and the SVG (inline in
 * the HTML) and the PNG (beside it) are two renderings of the same drawing, so they cannot drift apart.
 * Coordinates are pixels from the top left; text is placed by its baseline.
 */
interface Canvas {

    enum Anchor { START, MIDDLE, END }

    void rect(double x, double y, double width, double height, String fill);

    void line(double x1, double y1, double x2, double y2, String stroke, double width, boolean dashed);

    void text(double x, double y, String text, Anchor anchor, int size, boolean bold, String fill);
}
