package nl.regiobesluit.voting.power;

/** How power indices were obtained. */
public enum PowerMethod {
    /** Exact, by counting coalitions with a pseudo-polynomial method. */
    EXACT,
    /** Exact, by enumerating all 2^n coalitions: an independent check for small bodies. */
    ENUMERATE,
    /** Estimated by sampling, with 95% intervals, where an exact answer is out of reach. */
    ESTIMATE
}
