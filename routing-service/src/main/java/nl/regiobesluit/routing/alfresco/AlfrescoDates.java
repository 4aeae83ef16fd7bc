package nl.regiobesluit.routing.alfresco;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;

/** Alfresco writes dates as {@code 2026-05-06T07:08:09.123+0000}; events use ISO-8601 with {@code Z}. Both are read. */
public final class AlfrescoDates {

    private static final DateTimeFormatter WRITE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
    private static final DateTimeFormatter READ = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .parseDefaulting(ChronoField.OFFSET_SECONDS, 0)
            .toFormatter();

    private AlfrescoDates() {
    }

    public static String format(OffsetDateTime date) {
        return WRITE.format(date.withOffsetSameInstant(ZoneOffset.UTC));
    }

    public static OffsetDateTime parse(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime d) {
            return d;
        }
        String s = value.toString();
        return s.isBlank() ? null : OffsetDateTime.parse(s, READ);
    }
}
