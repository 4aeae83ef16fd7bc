package nl.regiobesluit.arrangement;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * The councils' summer recess, as data: from {@code start} to {@code end} (inclusive) every year.
 *
 * <p>No law fixes it: each council sets its own meeting calendar. The default, 1 July to 31 August, is ours and wide
 * on purpose: it covers the school summer holidays of the three Dutch holiday regions, which councils' recesses
 * usually follow and which together run from early July to the end of August. Replace it with the councils' own
 * calendar ({@code --recess 07-12:08-24} or configuration). The commentary on the 2022 Wgr revision (kamerstuk 35513)
 * discusses the budget calendar against the recess; a term that runs through it is noted, never moved.
 */
public record SummerRecess(MonthDay start, MonthDay end) {

    public static final SummerRecess DEFAULT = new SummerRecess(MonthDay.of(7, 1), MonthDay.of(8, 31));

    public SummerRecess {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("the recess ends before it starts: " + start + " to " + end);
        }
    }

    /**
     * A recess written {@code MM-DD:MM-DD} within one year ({@code 07-12:08-24}), as the CLI's {@code --recess} and
     * the service's {@code regiobesluit.arrangements.recess} take it; empty when the text is not one (each caller
     * names its own option in the refusal).
     */
    public static Optional<SummerRecess> parse(String text) {
        String[] parts = text == null ? new String[0] : text.strip().split(":");
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            MonthDay start = MonthDay.parse("--" + parts[0].strip());
            MonthDay end = MonthDay.parse("--" + parts[1].strip());
            return end.isBefore(start) ? Optional.empty() : Optional.of(new SummerRecess(start, end));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The days of the recess within {@code from}..{@code to} (both inclusive), as a note in Dutch and English; empty
     * when the period does not touch a recess.
     */
    public Optional<String> noteFor(LocalDate from, LocalDate to) {
        long days = 0;
        LocalDate first = null;
        LocalDate last = null;
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            LocalDate s = start.atYear(year);
            LocalDate e = end.atYear(year);
            LocalDate a = s.isAfter(from) ? s : from;
            LocalDate b = e.isBefore(to) ? e : to;
            if (!a.isAfter(b)) {
                days += ChronoUnit.DAYS.between(a, b) + 1;
                first = first == null ? a : first;
                last = b;
            }
        }
        if (days == 0) {
            return Optional.empty();
        }
        return Optional.of("De termijn loopt door het zomerreces (" + first + " t/m " + last + ", " + days + " dagen)"
                + " / The term runs through the summer recess (" + first + " to " + last + ", " + days + " days)");
    }
}
