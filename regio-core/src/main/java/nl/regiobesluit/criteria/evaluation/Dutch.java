package nl.regiobesluit.criteria.evaluation;

import nl.regiobesluit.shared.Fraction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Numbers and dates as a Dutch council reads them: decimal comma and "d MMMM yyyy" dates. The words for stored codes
 * are in the {@code evaluation-report} bundles ({@link ReportText}), not here.
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
}
