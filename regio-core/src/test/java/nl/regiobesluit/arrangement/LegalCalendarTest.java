package nl.regiobesluit.arrangement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LegalCalendarTest {

    private final LegalCalendar atw = LegalCalendar.atw();

    @ParameterizedTest(name = "Easter {0} is {1}")
    @CsvSource({"2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05", "2027, 2027-03-28"})
    void easterFallsOnTheKnownSunday(int year, LocalDate easter) {
        assertThat(LegalCalendar.easterSunday(year)).isEqualTo(easter);
    }

    @Test
    void kingsDayMovesToTheSaturdayWhenTheTwentySeventhIsASunday() {
        assertThat(LegalCalendar.kingsDay(2025)).isEqualTo(LocalDate.of(2025, 4, 26));
        assertThat(LegalCalendar.kingsDay(2026)).isEqualTo(LocalDate.of(2026, 4, 27));
    }

    @ParameterizedTest(name = "{0} is extended to {1}")
    @CsvSource({
            // Rows that step past a day a royal decree could add (Atw art. 3 lid 3, e.g. the Friday after Ascension or
            // 4 May) assume no decree day: none was read here (LegalCalendar's Javadoc); see aDayAddedByDecreeCountsAsAHoliday.
            "2026-05-02, 2026-05-04",  // Saturday to Monday; assumes Mon 4 May 2026 is no decree day
            "2026-04-03, 2026-04-07",  // Good Friday, weekend, Easter Monday
            "2026-05-14, 2026-05-15",  // Ascension Day; assumes Fri 15 May 2026 is no decree day
            "2026-05-05, 2026-05-06",  // Liberation Day, every year under the Atw
            "2027-12-25, 2027-12-27",  // Christmas on a Saturday: Sunday is Boxing Day, Monday is a working day
            "2026-04-27, 2026-04-28",  // King's Day
            "2026-03-04, 2026-03-04"}) // an ordinary Wednesday stays
    void aTermEndingOnANonWorkingDayRunsToTheNextWorkingDay(LocalDate end, LocalDate extended) {
        assertThat(atw.extend(end)).isEqualTo(extended);
    }

    @Test
    void aDayAddedByDecreeCountsAsAHoliday() {
        LegalCalendar withBridgeDay = new LegalCalendar(Set.of(LocalDate.of(2026, 5, 15)));
        assertThat(withBridgeDay.extend(LocalDate.of(2026, 5, 14))).isEqualTo(LocalDate.of(2026, 5, 18));
    }
}
