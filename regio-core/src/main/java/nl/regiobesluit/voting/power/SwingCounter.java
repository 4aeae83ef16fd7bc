package nl.regiobesluit.voting.power;

/**
 * Counts, modulo a number p, for every class of interchangeable players and coalition size k, the coalitions of k
 * other players that a player of that class turns from losing into winning.
 *
 * <p>Players are interchangeable when swapping them (and, for municipalities, swapping whole municipalities alike)
 * leaves the game unchanged: they then have equal swings of every size. A body of hundreds of members has only a
 * handful of distinct weights, so counting and reconstructing per class instead of per player saves a factor of
 * n / classes.
 */
interface SwingCounter {

    /** The class of every player, numbered 0, 1, ... in order of first appearance. */
    int[] classOf();

    /** {@code result[c][k]}: swings of size k of a player of class c, modulo p; k runs over 0..n-1. */
    long[][] swingsByClass(long p);

    /** Which family of moduli the counter's arithmetic needs. */
    Modular modular();
}
