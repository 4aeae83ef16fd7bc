package nl.regiobesluit.e2e;

import static nl.regiobesluit.e2e.Harness.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.regiobesluit.cli.RegioCommand;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Voorschoten's half-yearly dashboard of its joint arrangements ({@code ./regio dashboard}, issue 15 item 4) from what
 * the three scenarios of {@link ArrangementScenariosTest} left: their state files are put back into the simulated
 * repository ({@link ArrangementScenarioImport}, all into the one arrangement they describe) and the command reads
 * Alfresco's register over HTTP as griffier.voorschoten. Every figure is counted here from the scenarios' story.
 */
@Order(2)
@SimulatorOnly("it puts the scenarios' final state into the simulated repository; against a real Alfresco run "
        + "./regio dashboard --alfresco $ACS_URL on the register the scenarios left")
class ArrangementDashboardTest extends E2eTestSupport {

    @Test
    void voorschotensDashboardCountsWhatTheThreeScenariosRecorded(@TempDir Path dir) throws Exception {
        ArrangementScenarioImport.Imported budget = ArrangementScenarioImport.load("gr-begroting");
        ArrangementScenarioImport.load("ab-vergadering", budget.arrangement());
        ArrangementScenarioImport.load("toetreding", budget.arrangement());

        Path html = dir.resolve("dashboard.html");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = RegioCommand.run(List.of("dashboard", "--municipality", "Voorschoten", "--on", "2024-09-30",
                        "--alfresco", ALFRESCO.baseUrl(), "--user", griffier("Voorschoten"), "--out", html.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("1 regelingen / arrangements, 1 voorstellen / proposals");
        String page = Files.readString(html);
        String gr = "<tr><td>Regionale Dienst Leidse regio</td>";
        // ab-vergadering: one meeting, papers filed 14 June, 13 days before the instruction deadline of 27 June (at
        // least the default 10 days of preparation: in time); Voorschoten instructed on 25 June (in time), reported back.
        assertThat(page).contains(gr + "<td class=\"num\">1</td><td class=\"num\">1</td><td class=\"num\">0</td><td class=\"num\">0</td>"
                + "<td class=\"num\">1</td><td class=\"num\">0</td><td class=\"num\">0</td><td class=\"num\">0</td><td class=\"num\">1</td></tr>");
        // gr-begroting: one procedure; Voorschoten gave its zienswijze on the term's last day (given, in time); the board
        // adopted it and answered in writing on 4 July.
        assertThat(page).contains(gr + "<td class=\"num\">1</td><td class=\"num\">1</td><td class=\"num\">0</td><td class=\"num\">0</td>"
                + "<td class=\"num\">0</td><td class=\"num\">1</td><td class=\"num\">0</td><td class=\"num\">0</td><td class=\"num\">0</td>"
                + "<td class=\"num\">1</td></tr>");
        // the register: five participants, Voorschoten's budget share 15%
        assertThat(page).contains(gr + "<td>Openbaar lichaam");
        assertThat(page).contains("<td class=\"num\">5</td><td class=\"num\">15% (2025)</td>");
        // last evaluated 1 September 2021, every four years: next on 1 September 2025, not yet due on 30 September 2024
        assertThat(page).contains(gr + "<td>1 september 2025</td><td>nog niet <span class=\"en\">not yet");
        // toetreding: 29 questions answered, J4 not applicable with its reason, none open
        assertThat(page).contains("29 beantwoord, 1 n.v.t. met reden, 0 open.");
        try (var pngs = Files.list(dir)) {
            assertThat(pngs.filter(p -> p.toString().endsWith(".png")).count()).isPositive();
        }
    }
}
