package nl.regiobesluit.voting;

import nl.regiobesluit.shared.Excerpt;
import nl.regiobesluit.shared.Fraction;
import nl.regiobesluit.shared.Problem;
import nl.regiobesluit.shared.Result;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

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

    /** Longest rule text read: the longest sensible rule, {@code qualified>:0.123456789,base=cast,quorum=0.123456789}, has 55. */
    public static final int MAX_TEXT = 200;
    /** Largest minimum number of municipalities in a double majority: the Netherlands has 342 municipalities. */
    public static final int MAX_MUNICIPALITIES = 9_999;

    // A share is a decimal with at most 9 decimals (0.70, .7, 1) or a fraction of two numbers of at most 10 digits (2/3, and what {@link #spec()} writes for 9 decimals):
    // checked on the text, so that "1e-99999999" is refused at once instead of expanded into a hundred-million-digit number.
    private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,9}(\\.[0-9]{1,9})?|\\.[0-9]{1,9}");
    private static final Pattern RATIO = Pattern.compile("[0-9]{1,10}\\s*/\\s*[0-9]{1,10}");

    /**
     * Parses {@code majority}, {@code qualified:0.70} (≥), {@code qualified>:0.70} (>), {@code unanimity},
     * {@code double:0.65:3}, each optionally followed by {@code ,base=cast|all} (default all) and {@code ,quorum=0.5},
     * each option at most once. Thresholds and quorums are decimals between 0 and 1 with at most 9 decimals, or
     * fractions such as {@code 2/3}. A rule no vote can ever pass ({@code qualified>:1}) is refused; whether a rule can
     * pass for the participants of a vote is {@link RuleAttainability}'s question.
     */
    public static Result<DecisionRule> parse(String text) {
        if (text == null || text.isBlank()) {
            return bad("", "geen regel opgegeven", "no rule given");
        }
        String shown = Excerpt.quoted(text.strip(), 30);
        if (text.length() > MAX_TEXT) {
            return bad(shown, "langer dan " + MAX_TEXT + " tekens", "longer than " + MAX_TEXT + " characters");
        }
        String[] parts = text.strip().split(",", -1);
        String headText = parts[0].strip();
        if (headText.isEmpty()) {
            return bad(shown, "geen regel voor de eerste komma", "no rule before the first comma");
        }
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i].strip();
            if (part.isEmpty()) {
                return bad(shown, "lege optie (een komma te veel)", "empty option (one comma too many)");
            }
            if (part.matches("[0-9]+") && i == 1 && headText.matches(".*:[0-9]+")) {
                return bad(shown, "schrijf een decimaalpunt, geen komma (0.70)", "write a decimal point, not a comma (0.70)");
            }
            String[] kv = part.split("=", 2);
            if (kv.length != 2) {
                return bad(shown, "optie " + Excerpt.quoted(part, 16) + " is geen sleutel=waarde", "option " + Excerpt.quoted(part, 16) + " is not key=value");
            }
            String key = kv[0].strip().toLowerCase(Locale.ROOT);
            if (options.put(key, kv[1].strip().toLowerCase(Locale.ROOT)) != null) {
                // Last-wins would silently drop what the user wrote first.
                return bad(shown, "optie " + Excerpt.quoted(key, 16) + " staat twee keer", "option " + Excerpt.quoted(key, 16) + " is given twice");
            }
        }
        Base base = Base.ALL;
        String baseText = options.remove("base");
        if (baseText != null) {
            if (!baseText.equals("cast") && !baseText.equals("all")) {
                return bad(shown, "base moet 'cast' of 'all' zijn, niet " + Excerpt.quoted(baseText, 16),
                        "base must be 'cast' or 'all', not " + Excerpt.quoted(baseText, 16));
            }
            base = Base.valueOf(baseText.toUpperCase(Locale.ROOT));
        }
        Fraction quorum = null;
        String quorumText = options.remove("quorum");
        if (quorumText != null) {
            quorum = share(quorumText);
            if (quorum == null) {
                return bad(shown, "quorum moet een deel tussen 0 en 1 zijn, hoogstens 9 decimalen: " + Excerpt.quoted(quorumText, 16),
                        "quorum must be a share between 0 and 1, at most 9 decimals: " + Excerpt.quoted(quorumText, 16));
            }
        }
        if (!options.isEmpty()) {
            String unknown = Excerpt.quoted(options.keySet().iterator().next(), 16);
            return bad(shown, "onbekende optie " + unknown + " (bekend: base, quorum)", "unknown option " + unknown + " (known: base, quorum)");
        }
        String[] head = headText.split(":", -1);
        String name = head[0].strip().toLowerCase(Locale.ROOT);
        DecisionRule rule;
        switch (name) {
            case "majority" -> {
                if (head.length != 1) {
                    return bad(shown, "majority heeft geen drempel", "majority takes no threshold");
                }
                rule = majority(base);
            }
            case "unanimity" -> {
                if (head.length != 1) {
                    return bad(shown, "unanimity heeft geen drempel", "unanimity takes no threshold");
                }
                rule = unanimity(base);
            }
            case "qualified", "qualified>" -> {
                if (head.length != 2) {
                    return bad(shown, "schrijf qualified:0.70 (ten minste) of qualified>:0.70 (meer dan)",
                            "write qualified:0.70 (at least) or qualified>:0.70 (more than)");
                }
                Fraction t = threshold(head[1]);
                if (t == null) {
                    return badThreshold(shown, head[1]);
                }
                boolean inclusive = name.equals("qualified");
                if (!inclusive && t.equals(Fraction.ONE)) {
                    return bad(shown, "meer dan 100% haalt geen enkele stemming; bedoelt u unanimity?",
                            "no vote can reach more than 100%; do you mean unanimity?");
                }
                rule = qualified(t, inclusive, base);
            }
            case "double" -> {
                if (head.length != 3) {
                    return bad(shown, "schrijf double:DREMPEL:GEMEENTEN, bijvoorbeeld double:0.65:3",
                            "write double:THRESHOLD:MUNICIPALITIES, e.g. double:0.65:3");
                }
                Fraction t = threshold(head[1]);
                if (t == null) {
                    return badThreshold(shown, head[1]);
                }
                String count = head[2].strip();
                if (!count.matches("[0-9]{1,4}")) {
                    return bad(shown, "het minimum aantal gemeenten is geen geheel getal tot " + MAX_MUNICIPALITIES + ": " + Excerpt.quoted(count, 16),
                            "minimum number of municipalities is not a whole number up to " + MAX_MUNICIPALITIES + ": " + Excerpt.quoted(count, 16));
                }
                int min = Integer.parseInt(count);
                if (min < 1) {
                    return bad(shown, "het minimum aantal gemeenten moet ten minste 1 zijn", "minimum number of municipalities must be at least 1");
                }
                rule = doubleMajority(t, min, base);
            }
            default -> {
                return bad(shown, "onbekende regel (verwacht majority, qualified:T, qualified>:T, unanimity of double:T:N)",
                        "unknown rule (expected majority, qualified:T, qualified>:T, unanimity or double:T:N)");
            }
        }
        return Result.ok(quorum == null ? rule : rule.withQuorum(quorum));
    }

    /** A threshold between 1/2 and 1, or null. */
    private static Fraction threshold(String text) {
        Fraction t = share(text);
        return t == null || t.compareTo(Fraction.HALF) < 0 ? null : t;
    }

    private static Result<DecisionRule> badThreshold(String shown, String threshold) {
        return bad(shown, "de drempel moet tussen 0.5 en 1 liggen, hoogstens 9 decimalen: " + Excerpt.quoted(threshold.strip(), 16),
                "threshold must be between 0.5 and 1, at most 9 decimals: " + Excerpt.quoted(threshold.strip(), 16));
    }

    /** A share between 0 and 1 written as a short decimal or fraction (see {@link #DECIMAL}), or null. */
    static Fraction share(String text) {
        String s = text.strip();
        if (!DECIMAL.matcher(s).matches() && !RATIO.matcher(s).matches()) {
            return null;
        }
        if (s.contains("/") && s.substring(s.indexOf('/') + 1).strip().matches("0+")) {
            return null;
        }
        Fraction f = Fraction.parse(s.startsWith(".") ? "0" + s : s);
        return f.compareTo(Fraction.ONE) > 0 ? null : f;
    }

    private static Result<DecisionRule> bad(String shown, String nl, String en) {
        String prefix = shown.isEmpty() ? "" : shown + ": ";
        return Result.rejected(Problem.bilingualAt(null, 0, "rule", prefix + nl, prefix + en));
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
