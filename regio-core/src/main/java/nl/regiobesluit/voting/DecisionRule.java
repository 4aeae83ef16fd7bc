package nl.regiobesluit.voting;

import nl.regiobesluit.shared.Fraction;
import nl.regiobesluit.shared.Problem;
import nl.regiobesluit.shared.Result;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A decision rule of a body: a weight threshold (reached exactly passes only when {@code inclusive}), measured
 * against a {@link Base}, optionally with a minimum number of municipalities that each have a majority of their
 * own weight in favour (double majority) and a quorum of weight present. A tie (yes weight equals no weight) fails.
 *
 * <p>Simple majority is "more than half"; unanimity is "all of the base"; qualified and double majorities take
 * a threshold between 1/2 and 1.
 */
public record DecisionRule(Kind kind, Fraction threshold, boolean inclusive, int minMunicipalities, Base base, Fraction quorum) {

    public enum Kind { MAJORITY, QUALIFIED, UNANIMITY, DOUBLE }

    /** What the yes weight is a share of: the weight of the votes cast (yes + no) or of all members. */
    public enum Base { CAST, ALL }

    public DecisionRule {
        if (threshold.compareTo(Fraction.HALF) < 0 || threshold.compareTo(Fraction.ONE) > 0) {
            throw new IllegalArgumentException("threshold must be between 1/2 and 1: " + threshold);
        }
    }

    public static DecisionRule majority(Base base) {
        return new DecisionRule(Kind.MAJORITY, Fraction.HALF, false, 0, base, null);
    }

    public static DecisionRule qualified(Fraction threshold, boolean inclusive, Base base) {
        return new DecisionRule(Kind.QUALIFIED, threshold, inclusive, 0, base, null);
    }

    public static DecisionRule unanimity(Base base) {
        return new DecisionRule(Kind.UNANIMITY, Fraction.ONE, true, 0, base, null);
    }

    public static DecisionRule doubleMajority(Fraction threshold, int minMunicipalities, Base base) {
        return new DecisionRule(Kind.DOUBLE, threshold, true, minMunicipalities, base, null);
    }

    public DecisionRule withQuorum(Fraction quorum) {
        return new DecisionRule(kind, threshold, inclusive, minMunicipalities, base, quorum);
    }

    /**
     * Parses {@code majority}, {@code qualified:0.70} (≥), {@code qualified>:0.70} (>), {@code unanimity},
     * {@code double:0.65:3}, each optionally followed by {@code ,base=cast|all} (default all) and {@code ,quorum=0.5}.
     * Thresholds may be decimals or fractions such as {@code 2/3}.
     */
    public static Result<DecisionRule> parse(String text) {
        String[] parts = text.trim().split(",");
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
            String[] kv = parts[i].split("=", 2);
            if (kv.length != 2) {
                return bad(text, "option '" + parts[i] + "' is not key=value");
            }
            options.put(kv[0].trim().toLowerCase(Locale.ROOT), kv[1].trim().toLowerCase(Locale.ROOT));
        }
        Base base = Base.ALL;
        String baseText = options.remove("base");
        if (baseText != null) {
            if (!baseText.equals("cast") && !baseText.equals("all")) {
                return bad(text, "base must be 'cast' or 'all', not '" + baseText + "'");
            }
            base = Base.valueOf(baseText.toUpperCase(Locale.ROOT));
        }
        Fraction quorum = null;
        String quorumText = options.remove("quorum");
        if (quorumText != null) {
            quorum = fraction(quorumText);
            if (quorum == null || quorum.signum() < 0 || quorum.compareTo(Fraction.ONE) > 0) {
                return bad(text, "quorum must be a share between 0 and 1, not '" + quorumText + "'");
            }
        }
        if (!options.isEmpty()) {
            return bad(text, "unknown option '" + options.keySet().iterator().next() + "' (known: base, quorum)");
        }
        String[] head = parts[0].trim().split(":");
        String name = head[0].toLowerCase(Locale.ROOT);
        DecisionRule rule;
        switch (name) {
            case "majority" -> {
                if (head.length != 1) {
                    return bad(text, "majority takes no threshold");
                }
                rule = majority(base);
            }
            case "unanimity" -> {
                if (head.length != 1) {
                    return bad(text, "unanimity takes no threshold");
                }
                rule = unanimity(base);
            }
            case "qualified", "qualified>" -> {
                if (head.length != 2) {
                    return bad(text, "write qualified:0.70 (at least) or qualified>:0.70 (more than)");
                }
                Fraction t = fraction(head[1]);
                if (t == null || t.compareTo(Fraction.HALF) < 0 || t.compareTo(Fraction.ONE) > 0) {
                    return bad(text, "threshold must be between 0.5 and 1, not '" + head[1] + "'");
                }
                rule = qualified(t, name.equals("qualified"), base);
            }
            case "double" -> {
                if (head.length != 3) {
                    return bad(text, "write double:THRESHOLD:MUNICIPALITIES, e.g. double:0.65:3");
                }
                Fraction t = fraction(head[1]);
                if (t == null || t.compareTo(Fraction.HALF) < 0 || t.compareTo(Fraction.ONE) > 0) {
                    return bad(text, "threshold must be between 0.5 and 1, not '" + head[1] + "'");
                }
                int min;
                try {
                    min = Integer.parseInt(head[2]);
                } catch (NumberFormatException e) {
                    return bad(text, "minimum number of municipalities is not a whole number: '" + head[2] + "'");
                }
                if (min < 1) {
                    return bad(text, "minimum number of municipalities must be at least 1");
                }
                rule = doubleMajority(t, min, base);
            }
            default -> {
                return bad(text, "unknown rule '" + head[0] + "' (expected majority, qualified:T, qualified>:T, unanimity or double:T:N)");
            }
        }
        return Result.ok(quorum == null ? rule : rule.withQuorum(quorum));
    }

    private static Fraction fraction(String s) {
        try {
            return Fraction.parse(s);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Result<DecisionRule> bad(String text, String message) {
        return Result.rejected(Problem.at(null, 0, "rule", "'" + text + "': " + message));
    }

    /** The canonical text of this rule; {@link #parse} of it gives an equal rule. */
    public String spec() {
        String head = switch (kind) {
            case MAJORITY -> "majority";
            case UNANIMITY -> "unanimity";
            case QUALIFIED -> (inclusive ? "qualified:" : "qualified>:") + threshold;
            case DOUBLE -> "double:" + threshold + ":" + minMunicipalities;
        };
        return head + ",base=" + base.name().toLowerCase(Locale.ROOT) + (quorum == null ? "" : ",quorum=" + quorum);
    }

    /** Dutch first, English second: for labels and e-mails. */
    public String describe() {
        String cmp = inclusive ? "ten minste" : "meer dan";
        String base = this.base == Base.CAST ? "van de uitgebrachte stemmen / of votes cast" : "van alle leden / of all members";
        return switch (kind) {
            case MAJORITY -> "gewone meerderheid (meer dan de helft " + base + ") / simple majority";
            case UNANIMITY -> "unanimiteit / unanimity (" + base + ")";
            case QUALIFIED -> "gekwalificeerde meerderheid: " + cmp + " " + threshold.toPercent(1) + "% " + base + " / qualified majority";
            case DOUBLE -> "dubbele meerderheid: ten minste " + threshold.toPercent(1) + "% " + base + " en ten minste "
                    + minMunicipalities + " gemeenten met een meerderheid voor / double majority";
        };
    }

    /** True when {@code yes} out of {@code base} reaches the threshold (the tie and quorum are checked elsewhere). */
    public boolean thresholdMet(Fraction yes, Fraction base) {
        int c = yes.compareTo(base.multiply(threshold));
        return inclusive ? c >= 0 : c > 0;
    }
}
