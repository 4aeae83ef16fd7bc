package nl.regiobesluit.arrangement;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;
import java.util.Set;

/**
 * How the law counts days: the Algemene termijnenwet (Atw, BWBR0002448).
 *
 * <ul>
 *   <li>Art. 1 lid 1: a term set in a statute that ends on a Saturday, Sunday or generally recognised holiday is
 *       extended to the next day that is none of these ({@link #extend}).</li>
 *   <li>Art. 1 lid 2: this does not apply to a term counted back from a moment or event (e.g. "twelve weeks before
 *       the general board decides"): such a term is not extended, so its callers do not call {@link #extend}.</li>
 *   <li>Art. 3 lid 1: the holidays are New Year's Day, Easter Monday and Whit Monday, Christmas Day and Boxing Day,
 *       Ascension Day, the day the King's birthday is celebrated, and 5 May; lid 2 adds Good Friday; lid 3 lets a
 *       royal decree add days, which {@code extraHolidays} takes (none by default: such decrees were not read here).</li>
 * </ul>
 * The texts of art. 1 and 3 were read in copies of the law (juridischwoordenboek.nl and debloggendedeurwaarder.nl
 * quote them); art. 2 (a term of three days or more holds two working days) does not matter for terms of weeks; the
 * exceptions of art. 4 were not read here. Koningsdag is 27 April, or 26 April when 27 April is a Sunday.
 * The Atw applies to terms in statutes only: not to dates the arrangement or the council sets itself.
 */
public final class LegalCalendar {

    private final Set<LocalDate> extraHolidays;

    public LegalCalendar(Set<LocalDate> extraHolidays) {
        this.extraHolidays = Set.copyOf(Objects.requireNonNull(extraHolidays, "extraHolidays"));
    }

    /** The Atw's holidays alone. */
    public static LegalCalendar atw() {
        return new LegalCalendar(Set.of());
    }

    /** A Saturday, Sunday or holiday of Atw art. 3. */
    public boolean isNonWorkingDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY || isHoliday(day);
    }

    public boolean isHoliday(LocalDate day) {
        if (extraHolidays.contains(day)) {
            return true;
        }
        int year = day.getYear();
        LocalDate easter = easterSunday(year);
        return day.equals(LocalDate.of(year, Month.JANUARY, 1))
                || day.equals(easter.minusDays(2))   // Goede Vrijdag (art. 3 lid 2)
                || day.equals(easter.plusDays(1))    // tweede Paasdag
                || day.equals(easter.plusDays(39))   // Hemelvaartsdag
                || day.equals(easter.plusDays(50))   // tweede Pinksterdag
                || day.equals(kingsDay(year))
                || day.equals(LocalDate.of(year, Month.MAY, 5))
                || day.equals(LocalDate.of(year, Month.DECEMBER, 25))
                || day.equals(LocalDate.of(year, Month.DECEMBER, 26));
    }

    /** Atw art. 1 lid 1: the term's last day, moved on to the next working day when it is not one. */
    public LocalDate extend(LocalDate lastDay) {
        LocalDate d = lastDay;
        while (isNonWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** Koningsdag: 27 April, or the Saturday 26 April when the 27th is a Sunday. */
    static LocalDate kingsDay(int year) {
        LocalDate d = LocalDate.of(year, Month.APRIL, 27);
        return d.getDayOfWeek() == DayOfWeek.SUNDAY ? d.minusDays(1) : d;
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous algorithm of Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
