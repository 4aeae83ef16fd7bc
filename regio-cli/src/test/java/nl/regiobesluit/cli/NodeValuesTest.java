package nl.regiobesluit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.regiobesluit.shared.Problem;
import org.junit.jupiter.api.Test;

/**
 * The day of a date read from Alfresco's REST answers. Alfresco writes every d:date and d:datetime in UTC
 * (org.alfresco.util.ISO8601DateFormat#format; transcript.jsonl of ACS 25.2: {@code 2026-12-03T18:46:56.909+0000}),
 * so a day chosen in the Netherlands at local midnight is 22:00 (summer, CEST) or 23:00 (winter, CET) UTC of the day
 * before. An archived decision must carry the Dutch day.
 */
class NodeValuesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<Problem> problems = new ArrayList<>();

    private LocalDate dayOf(String value) throws Exception {
        var node = JSON.readTree("{\"id\":\"n1\",\"properties\":{\"rb:decidedOn\":\"" + value + "\"}}");
        return new NodeValues(node, "besluit / record", problems).date("rb:decidedOn", true);
    }

    @Test
    void aDayChosenInSummerIsTheDutchDayNotTheUtcOne() throws Exception {
        assertThat(dayOf("2024-06-30T22:00:00.000+0000")).isEqualTo(LocalDate.of(2024, 7, 1));
    }

    @Test
    void aDayChosenInWinterIsTheDutchDayNotTheUtcOne() throws Exception {
        assertThat(dayOf("2024-01-14T23:00:00.000+0000")).isEqualTo(LocalDate.of(2024, 1, 15));
    }

    @Test
    void midnightUtcAndAPlainDateStayOnTheirDay() throws Exception {
        assertThat(dayOf("2014-11-20T00:00:00.000+0000")).isEqualTo(LocalDate.of(2014, 11, 20));
        assertThat(dayOf("2014-11-20")).isEqualTo(LocalDate.of(2014, 11, 20));
        assertThat(problems).isEmpty();
    }

    @Test
    void somethingThatIsNotADateIsOneProblemNamingTheNodeAndProperty() throws Exception {
        assertThat(dayOf("20-11-2014")).isNull();
        assertThat(problems).singleElement().extracting(Problem::describe).asString().contains("n1").contains("rb:decidedOn").contains("20-11-2014");
    }
}
