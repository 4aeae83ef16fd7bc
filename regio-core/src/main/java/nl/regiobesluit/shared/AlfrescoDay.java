package nl.regiobesluit.shared;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/**
 * The one conversion of an Alfresco {@code d:date} or {@code d:datetime} value into the Dutch calendar day it means,
 * shared by the dashboard (arrangement.GrRecordsJson), the archival values (archive.ArchivalProperties), regio-cli
 * and the routing service.
 *
 * <p>Alfresco keeps a date as an instant and writes it in UTC: {@code org.alfresco.util.ISO8601DateFormat#format}
 * (alfresco-community-repo, core) renders every date in the UTC zone, and the REST API v1 returns it as
 * {@code 2014-11-20T00:00:00.000+0000} (seen in /work/shared/reference/alfresco/real-acs-25.2/transcript.jsonl;
 * event payloads carry {@code ...Z}). Its parser ({@code ISO8601DateFormat#parse}) takes the offset from the string.
 * So a day picked in Share as local midnight in summer time (CEST, UTC+2) comes back as 22:00 UTC of the day before,
 * in winter time (CET, UTC+1) as 23:00 UTC of the day before; Share's date picker sending local midnight is what the
 * review reported and is not verified here. The day is therefore the instant's date in Europe/Amsterdam, never the
 * first ten characters of the UTC string. A value without a time (records files: {@code 2027-03-01}) is that day.
 */
public final class AlfrescoDay {

    /** The Dutch legal calendar's zone. */
    public static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    // ISO date-time with an offset as Alfresco writes it (+0000), as ISO writes it (+01:00) or Z.
    private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendPattern("XXX").optionalEnd()
            .optionalStart().appendPattern("XX").optionalEnd()
            .toFormatter();

    private AlfrescoDay() {
    }

    /**
     * The Dutch day of an Alfresco date string: {@code YYYY-MM-DD} as it is, a date-time with an offset as the date of
     * that instant in Europe/Amsterdam. A date-time without an offset is taken as Dutch local time.
     *
     * @throws DateTimeParseException when the text is neither
     */
    public static LocalDate of(String text) {
        String t = text.strip();
        if (t.length() <= 10) {
            return LocalDate.parse(t);
        }
        TemporalAccessor parsed = DATE_TIME.parse(t);
        if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
            return of(OffsetDateTime.from(parsed));
        }
        return LocalDateTime.from(parsed).toLocalDate();
    }

    /** The Dutch day of an instant read from Alfresco (the routing service's {@code OffsetDateTime}s). */
    public static LocalDate of(OffsetDateTime instant) {
        return instant.atZoneSameInstant(NL).toLocalDate();
    }
}
