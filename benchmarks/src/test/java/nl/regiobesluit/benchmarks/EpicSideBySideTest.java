package nl.regiobesluit.benchmarks;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The comparison with EPIC reads EPIC's printed answers. The expected answers here are the EEC Council of 1958's
 * published power (France, Germany, Italy 4 votes, Belgium and the Netherlands 2, Luxembourg 1, quota 12): 10, 10, 10,
 * 6, 6 and 0 swings (Banzhaf 5/21, 5/21, 5/21, 1/7, 1/7, 0), Shapley–Shubik 14/60, 14/60, 14/60, 9/60, 9/60, 0 — in
 * the layout EPIC prints them ({@code -i BZ -v}: raw values as "Player i: n"; {@code -i SH}: "Pi: x" to 6 digits).
 */
class EpicSideBySideTest {

    @TempDir
    Path dir;

    /** Regiobesluit's answer for the EEC Council of 1958, and its input for EPIC. */
    @BeforeEach
    void computeTheGame() throws IOException {
        EpicSideBySide.write(dir, "eec1958", EpicSideBySide.game("eec1958"));
    }

    @Test
    void eecCouncilOf1958AgreesWithThePublishedAnswerAsEpicPrintsIt() throws IOException {
        epicPrinted(List.of("10", "10", "10", "6", "6", "0"), List.of("0.233333", "0.233333", "0.233333", "0.15", "0.15", "0"));

        assertEquals(EpicSideBySide.Verdict.AGREE, EpicSideBySide.compare(dir, "eec1958"));
    }

    @Test
    void oneDifferentSwingCountIsADisagreement() throws IOException {
        epicPrinted(List.of("10", "10", "10", "6", "6", "1"), List.of("0.233333", "0.233333", "0.233333", "0.15", "0.15", "0"));

        assertEquals(EpicSideBySide.Verdict.DIFFER, EpicSideBySide.compare(dir, "eec1958"));
    }

    @Test
    void aShapleyShubikIndexOffInTheSixthDigitIsADisagreement() throws IOException {
        epicPrinted(List.of("10", "10", "10", "6", "6", "0"), List.of("0.233334", "0.233333", "0.233333", "0.15", "0.15", "0"));

        assertEquals(EpicSideBySide.Verdict.DIFFER, EpicSideBySide.compare(dir, "eec1958"));
    }

    @Test
    void anIndexEpicRefusedIsNoDisagreement() throws IOException {
        epicPrinted(List.of("10", "10", "10", "6", "6", "0"), List.of());
        Files.writeString(dir.resolve("eec1958.SH.log"), "WARNING: Not enough memory! (total: 24683756 KiB, approximately needed: 72463694 KiB)\n");

        assertEquals(EpicSideBySide.Verdict.AGREE, EpicSideBySide.compare(dir, "eec1958"));
    }

    @Test
    void aGameEpicGaveNoAnswerForIsNotComparedRatherThanAgreed() throws IOException {
        Files.writeString(dir.resolve("eec1958.BZ.log"), "terminate called after throwing an instance of 'std::bad_alloc'\n");
        Files.writeString(dir.resolve("eec1958.SH.log"), "terminate called after throwing an instance of 'std::bad_alloc'\n");

        assertEquals(EpicSideBySide.Verdict.NOT_COMPARED, EpicSideBySide.compare(dir, "eec1958"));
    }

    @Test
    void aGameWithoutAnExactAnswerHereIsNotCompared() throws IOException {
        assertEquals(EpicSideBySide.Verdict.NOT_COMPARED, EpicSideBySide.compare(dir, "A25"));
    }

    @Test
    void theEpicInputHoldsTheQuotaThenOneWeightPerLine() throws IOException {

        assertEquals(List.of("12", "4", "4", "4", "2", "2", "1"), Files.readAllLines(dir.resolve("eec1958.csv")));
    }

    private void epicPrinted(List<String> swings, List<String> shapley) throws IOException {
        StringBuilder bz = new StringBuilder("INFO:    Start computation (Banzhaf)\n\nINFO:    Raw Banzhaf:\n");
        StringBuilder sh = new StringBuilder("INFO:    Calculation completed (55 µs)\n");
        for (int i = swings.size() - 1; i >= 0; i--) {
            bz.append("         Player ").append(i + 1).append(": ").append(swings.get(i)).append('\n');
        }
        for (int i = 0; i < shapley.size(); i++) {
            sh.append('P').append(i + 1).append(": ").append(shapley.get(i)).append('\n');
        }
        Files.writeString(dir.resolve("eec1958.BZ.log"), bz);
        Files.writeString(dir.resolve("eec1958.SH.log"), sh);
    }
}
