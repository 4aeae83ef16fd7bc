package nl.regiobesluit.criteria.evaluation;

import nl.regiobesluit.routing.CooperationModel;
import nl.regiobesluit.routing.CouncilOutcome;
import nl.regiobesluit.shared.Fraction;
import nl.regiobesluit.shared.Result;
import nl.regiobesluit.voting.DecisionRule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The report's words and numbers as a Dutch council reads them: decimal comma, "d MMMM yyyy" dates, and each
 * term with its English beside it. Kept here, not in the enums, because these are the report's wording, while the
 * enums' names are the stored vocabulary. Model labels follow the platform module's message bundle.
 */
final class Dutch {

    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", NL);

    private Dutch() {
    }

    static String percent(Fraction share) {
        return decimal(share.toPercent(1)) + "%";
    }

    static String decimal(Fraction value, int scale) {
        return decimal(value.toDecimal(scale));
    }

    private static String decimal(BigDecimal value) {
        return value.toPlainString().replace('.', ',');
    }

    static String date(LocalDate day) {
        return DATE.format(day);
    }

    static String model(CooperationModel model) {
        return switch (model) {
            case REGIONAL_COMMITTEE -> "Regiocommissie met bestuurstafels";
            case LIGHT_CONSULTATION -> "Lichte samenwerking (overleg, unanimiteit)";
            case TAILORED_TRANSFER -> "Maatwerk-overdracht (modulaire GR)";
            case REGIONAL_COUNCIL -> "Regioraad (gekwalificeerde meerderheid)";
            case COMPOSITE_MUNICIPALITY -> "Samengestelde gemeente (fusie)";
        };
    }

    static String modelEnglish(CooperationModel model) {
        return switch (model) {
            case REGIONAL_COMMITTEE -> "regional committee with executive tables";
            case LIGHT_CONSULTATION -> "light consultation (unanimity)";
            case TAILORED_TRANSFER -> "tailored transfer (modular joint arrangement)";
            case REGIONAL_COUNCIL -> "regional council (qualified majority)";
            case COMPOSITE_MUNICIPALITY -> "composite municipality (merger)";
        };
    }

    /** A scheme and rule as a council reads them, e.g. "weging A, ten minste 70% van alle leden"; the spec when it does not parse. */
    static String rule(String scheme, String rule) {
        Result<DecisionRule> parsed = DecisionRule.parse(rule);
        if (!parsed.isOk()) {
            return "weging " + scheme + ", " + rule;
        }
        DecisionRule r = parsed.value();
        String base = r.base() == DecisionRule.Base.CAST ? " van de uitgebrachte stemmen" : " van alle leden";
        String head = switch (r.kind()) {
            case MAJORITY -> "gewone meerderheid" + base;
            case UNANIMITY -> "unanimiteit" + base;
            case QUALIFIED -> (r.inclusive() ? "ten minste " : "meer dan ") + percentPlain(r.threshold()) + base;
            case DOUBLE -> "ten minste " + percentPlain(r.threshold()) + base + " en " + r.minMunicipalities() + " gemeenten voor";
        };
        return "weging " + scheme + ", " + head + (r.quorum() == null ? "" : ", quorum " + percentPlain(r.quorum()));
    }

    /** A percentage without needless decimals: 70%, 66,7%. */
    private static String percentPlain(Fraction f) {
        String p = decimal(f.toPercent(1));
        return (p.endsWith(",0") ? p.substring(0, p.length() - 2) : p) + "%";
    }

    static String outcome(CouncilOutcome outcome) {
        return switch (outcome) {
            case PENDING -> "nog niet besloten";
            case ADOPTED -> "vastgesteld";
            case ADOPTED_WITH_AMENDMENTS -> "geamendeerd vastgesteld";
            case REJECTED -> "verworpen";
            case POSTPONED -> "aangehouden";
        };
    }

    static String outcomeEnglish(CouncilOutcome outcome) {
        return switch (outcome) {
            case PENDING -> "pending";
            case ADOPTED -> "adopted";
            case ADOPTED_WITH_AMENDMENTS -> "adopted with amendments";
            case REJECTED -> "rejected";
            case POSTPONED -> "postponed";
        };
    }
}
