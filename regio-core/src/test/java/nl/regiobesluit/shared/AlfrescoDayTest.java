package nl.regiobesluit.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.junit.jupiter.api.Test;

class AlfrescoDayTest {

    @Test
    void aSummerDayPickedInShareArrivesAt22UtcOfTheDayBeforeAndMeansTheDayPicked() {
        // 15 Jun 2027 00:00 CEST (UTC+2) = 14 Jun 22:00 UTC.
        assertThat(AlfrescoDay.of("2027-06-14T22:00:00.000+0000")).isEqualTo(LocalDate.of(2027, 6, 15));
        assertThat(AlfrescoDay.of("2027-06-14T22:00:00Z")).isEqualTo(LocalDate.of(2027, 6, 15));
    }

    @Test
    void aWinterDayPickedInShareArrivesAt23UtcOfTheDayBeforeAndMeansTheDayPicked() {
        // 1 Mar 2027 00:00 CET (UTC+1) = 28 Feb 23:00 UTC.
        assertThat(AlfrescoDay.of("2027-02-28T23:00:00.000+0000")).isEqualTo(LocalDate.of(2027, 3, 1));
        // 22:00 UTC in winter is still 23:00 the same Dutch day.
        assertThat(AlfrescoDay.of("2027-02-28T22:00:00.000+0000")).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void midnightUtcAndOtherOffsetsAndPlainDaysKeepTheirDay() {
        assertThat(AlfrescoDay.of("2027-03-01T00:00:00.000+0000")).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(AlfrescoDay.of("2027-03-01T00:30:00+01:00")).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(AlfrescoDay.of("2027-03-01")).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(AlfrescoDay.of(OffsetDateTime.parse("2027-06-14T22:00:00Z"))).isEqualTo(LocalDate.of(2027, 6, 15));
    }

    @Test
    void textThatIsNoDateIsRefused() {
        assertThatThrownBy(() -> AlfrescoDay.of("1 maart 2027")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> AlfrescoDay.of("2027-02-30")).isInstanceOf(DateTimeParseException.class);
    }
}
