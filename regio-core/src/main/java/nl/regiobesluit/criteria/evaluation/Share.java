package nl.regiobesluit.criteria.evaluation;

import nl.regiobesluit.shared.Fraction;

/**
 * A count out of a total ("5 van 6"), kept as two whole numbers so the report can say both, with the exact
 * fraction beside it. A share of nothing ({@code outOf == 0}) has no fraction: it is "not applicable", not 0%.
 */
public record Share(long count, long outOf) {

    public Share {
        if (count < 0 || outOf < 0 || count > outOf) {
            throw new IllegalArgumentException("not a share: " + count + " of " + outOf);
        }
    }

    public boolean applicable() {
        return outOf > 0;
    }

    /** The exact share; calling it on a share of nothing is a bug. */
    public Fraction fraction() {
        if (outOf == 0) {
            throw new IllegalStateException("share of nothing");
        }
        return Fraction.of(count, outOf);
    }

    /** Dutch for reading, e.g. "5 van 6 (83,3%)", or "n.v.t." when there was nothing to count. */
    public String text() {
        return outOf == 0 ? "n.v.t." : count + " van " + outOf + " (" + Dutch.percent(fraction()) + ")";
    }
}
