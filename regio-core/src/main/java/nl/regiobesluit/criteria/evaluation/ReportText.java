package nl.regiobesluit.criteria.evaluation;

import nl.regiobesluit.criteria.Indicator;
import nl.regiobesluit.criteria.Judgment;
import nl.regiobesluit.criteria.Role;
import nl.regiobesluit.routing.CooperationModel;
import nl.regiobesluit.routing.CouncilOutcome;
import nl.regiobesluit.routing.RoutePolicy;
import nl.regiobesluit.shared.Fraction;
import nl.regiobesluit.shared.Result;
import nl.regiobesluit.voting.DecisionRule;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The report's words for the codes stored on records (ambition, policy domain, model, outcomes, judgments, criteria,
 * weighting schemes and decision rules), from the bundle {@code evaluation-report} (English base, {@code _nl} Dutch,
 * Alfresco's convention). Both languages are read explicitly with a no-fallback control: a plain
 * {@code ResourceBundle.getBundle(name, locale)} tries the JVM's default locale before the base bundle
 * ({@code java.util.ResourceBundle.Control#getFallbackLocale}), so on a Dutch server the "English" half would be Dutch.
 * Public for the service's e-mails, which put a decision rule in the same words.
 */
public final class ReportText {

    static final String BUNDLE = "nl.regiobesluit.criteria.evaluation.evaluation-report";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final ResourceBundle nl;
    private final ResourceBundle en;

    private ReportText(ResourceBundle nl, ResourceBundle en) {
        this.nl = nl;
        this.en = en;
    }

    public static ReportText load() {
        return new ReportText(ResourceBundle.getBundle(BUNDLE, DUTCH, NO_FALLBACK), ResourceBundle.getBundle(BUNDLE, Locale.ROOT, NO_FALLBACK));
    }

    Words words(String key) {
        return new Words(nl.getString(key), en.getString(key));
    }

    /** The words for a stored code; a value the bundle does not know (typed by hand, say) is shown as it was written. */
    Words code(String prefix, String value) {
        if (value == null || value.isBlank()) {
            return new Words("", "");
        }
        String key = prefix + "." + value.trim();
        return en.containsKey(key) ? words(key) : Words.same(value.trim());
    }

    Words model(CooperationModel model) {
        return words("model." + model.name());
    }

    Words ambition(String code) {
        return code("ambition", code);
    }

    Words policyDomain(String code) {
        return code("domain", code);
    }

    Words councilOutcome(CouncilOutcome outcome) {
        return words("councilOutcome." + outcome.name());
    }

    Words recordOutcome(RoutePolicy.RecordOutcome outcome) {
        return words("recordOutcome." + outcome.name());
    }

    Words judgment(Judgment judgment) {
        return words("judgment." + judgment.name());
    }

    Words role(Role role) {
        return words("role." + role.name());
    }

    Words criterion(String code) {
        return code("criterion", code);
    }

    Words indicator(Indicator indicator) {
        return words("indicator." + indicator.name());
    }

    /** A weighting scheme's short name, e.g. "weging A / weighting A". */
    Words scheme(String scheme) {
        return en.containsKey("scheme." + scheme) ? words("scheme." + scheme) : new Words("weging " + scheme, "weighting " + scheme);
    }

    /** What a weighting scheme weighs, e.g. "zetelaandeel maal aandeel geldige stemmen van de gemeente". */
    Words schemeExplained(String scheme) {
        return en.containsKey("schemeExplained." + scheme) ? words("schemeExplained." + scheme) : new Words("", "");
    }

    /**
     * A decision rule in words, e.g. "ten minste 70% van alle leden / at least 70% of all members". A rule that does not
     * parse cannot be put in words and is shown as stored (readers of stored records refuse such a rule first).
     */
    public Words rule(String spec) {
        Result<DecisionRule> parsed = DecisionRule.parse(spec);
        if (!parsed.isOk()) {
            return Words.same(spec);
        }
        DecisionRule r = parsed.value();
        return new Words(rule(r, nl, DUTCH), rule(r, en, Locale.ENGLISH));
    }

    private static String rule(DecisionRule r, ResourceBundle b, Locale locale) {
        String base = b.getString("rule.base." + r.base().name());
        String key = switch (r.kind()) {
            case QUALIFIED -> r.inclusive() ? "rule.QUALIFIED.inclusive" : "rule.QUALIFIED.exclusive";
            default -> "rule." + r.kind().name();
        };
        String threshold = r.threshold() == null ? "" : percent(r.threshold(), locale);
        String text = format(b.getString(key), locale, threshold, base, r.minMunicipalities());
        return r.quorum() == null ? text : text + format(b.getString("rule.quorum"), locale, percent(r.quorum(), locale));
    }

    private static String format(String pattern, Locale locale, Object... args) {
        return new MessageFormat(pattern, locale).format(args);
    }

    /** A percentage without needless decimals, in the language's notation: 70%, 66,7% / 66.7%. */
    public static String percent(Fraction f, Locale locale) {
        String p = f.toPercent(1).toPlainString();
        if (p.endsWith(".0")) {
            p = p.substring(0, p.length() - 2);
        }
        return (locale.getLanguage().equals("nl") ? p.replace('.', ',') : p) + "%";
    }
}
