package nl.regiobesluit.routing.arrangement;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The joint arrangements' routes ({@code regiobesluit.arrangements.*}, issue 15; the README documents each):
 * how many days before a board meeting the council instructs its member when the arrangement itself names no number;
 * how many weeks the councils get for a zienswijze on the financial and policy framework and the provisional accounts
 * (Wgr art. 34b sets when the board sends them, not a term for the councils: the arrangement's regulation does); and
 * how often the scheduled check looks for missed instructions, meetings to report back on and Wgr terms that ended;
 * the councils' summer recess ({@code MM-DD:MM-DD}, default 1 July to 31 August, regio-core's {@code SummerRecess}),
 * and the days a royal decree adds to the Algemene termijnenwet's holidays (art. 3 lid 3; ISO dates, default none).
 */
@ConfigurationProperties("regiobesluit.arrangements")
public record ArrangementProperties(
        @DefaultValue("7") int instructionDays,
        @DefaultValue("8") int frameworkZienswijzeWeeks,
        @DefaultValue("1h") Duration checkInterval,
        @DefaultValue("2m") Duration initialDelay,
        @DefaultValue("07-01:08-31") String recess,
        List<String> decreeDays) {

    public ArrangementProperties {
        decreeDays = decreeDays == null ? List.of() : List.copyOf(decreeDays);
    }
}
