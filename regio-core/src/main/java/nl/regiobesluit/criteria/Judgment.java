package nl.regiobesluit.criteria;

import java.util.Optional;

/**
 * The five-point scale of the 2017 assessment, with the score used to compare models: from +2 (only
 * opportunities) to −2 (only vulnerabilities). The 2017 judgments were unweighted; weights are the user's.
 */
public enum Judgment {
    ONLY_OPPORTUNITIES(2, "alleen kansen / only opportunities"),
    MOSTLY_OPPORTUNITIES(1, "vooral kansen / mostly opportunities"),
    MIXED(0, "kansen en kwetsbaarheden / mixed"),
    MOSTLY_VULNERABILITIES(-1, "vooral kwetsbaarheden / mostly vulnerabilities"),
    ONLY_VULNERABILITIES(-2, "alleen kwetsbaarheden / only vulnerabilities");

    private final int score;
    private final String label;

    Judgment(int score, String label) {
        this.score = score;
        this.label = label;
    }

    public int score() {
        return score;
    }

    public String label() {
        return label;
    }

    public static Optional<Judgment> parse(String value) {
        for (Judgment j : values()) {
            if (j.name().equals(value.trim())) {
                return Optional.of(j);
            }
        }
        return Optional.empty();
    }
}
