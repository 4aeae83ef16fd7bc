package nl.regiobesluit.voting.power;

/**
 * Counts, modulo a prime p, for every player i and coalition size k, the coalitions of k other players that
 * i turns from losing into winning.
 */
interface SwingCounter {
    long[][] swingsBySize(long p);

    /** Which family of moduli the counter's arithmetic needs. */
    Modular modular();
}
