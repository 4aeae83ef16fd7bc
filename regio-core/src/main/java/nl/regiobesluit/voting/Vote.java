package nl.regiobesluit.voting;

/** How one member voted. A member not listed is absent. */
public enum Vote {
    YES, NO, ABSTAIN, ABSENT
}
