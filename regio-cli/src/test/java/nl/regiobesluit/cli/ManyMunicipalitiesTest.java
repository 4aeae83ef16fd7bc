package nl.regiobesluit.cli;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static nl.regiobesluit.cli.CliRun.regio;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * No valid vote goes without an answer (issue 14): scheme A over 20 to 50 municipalities, whose weights need a common
 * denominator of more than 61 bits and whose power is out of exact reach, still gets its outcome and a labelled
 * estimate with exit 0; only {@code power --method exact} says on stderr that it gave an estimate, with exit 4.
 */
class ManyMunicipalitiesTest {

    @TempDir
    Path dir;

    /** Councils of 13–45 seats over 8 party groups, valid votes 3,000–63,000, drawn with a fixed seed. */
    private Path region(int municipalities) throws IOException {
        SplittableRandom random = new SplittableRandom(municipalities);
        StringBuilder csv = new StringBuilder("municipality,valid_votes,council_seats,party,seats\n");
        for (int m = 1; m <= municipalities; m++) {
            int council = 13 + random.nextInt(33);
            int[] seats = new int[8];
            java.util.Arrays.fill(seats, 1);
            for (int s = 8; s < council; s++) {
                seats[random.nextInt(8)]++;
            }
            int votes = 3_000 + random.nextInt(60_000);
            for (int g = 0; g < 8; g++) {
                csv.append("Gemeente").append(m).append(',').append(votes).append(',').append(council).append(",Partij")
                        .append(g + 1).append(',').append(seats[g]).append('\n');
            }
        }
        Path file = dir.resolve("regio-" + municipalities + ".csv");
        Files.writeString(file, csv);
        return file;
    }

    private static String members(int municipalities, int group) {
        List<String> out = new ArrayList<>();
        for (int m = 1; m <= municipalities; m++) {
            out.add("Gemeente" + m + "/Partij" + group);
        }
        return String.join(",", out);
    }

    @ParameterizedTest
    @ValueSource(ints = {20, 25, 30, 50})
    void aVoteOfSchemeAOverManyMunicipalitiesHasItsOutcomeAndAStoredResultThatVerifies(int municipalities) throws IOException {
        Path region = region(municipalities);

        CliRun vote = regio("vote", "--composition", region.toString(), "--scheme", "A", "--rule", "majority",
                "--yes", members(municipalities, 1) + "," + members(municipalities, 2), "--no", members(municipalities, 3),
                "--format", "json");

        assertThat(vote.exit()).as(vote.err()).isZero();
        assertThat(vote.err()).isEmpty();
        assertThat(vote.out()).contains("\"passed\"").contains("schatting / estimate: exact power analysis is out of reach");
        Path stored = dir.resolve("uitslag-" + municipalities + ".json");
        Files.writeString(stored, vote.out());
        CliRun verify = regio("verify", stored.toString());
        assertThat(verify.exit()).as(verify.out() + verify.err()).isZero();
        // /3 where the weights need more than 61 bits (most of these regions), /2 otherwise: the stored version, recomputed.
        String version = vote.out().replaceAll("(?s).*\"computationVersion\" : \"(regiobesluit-vote/[23])\".*", "$1");
        if (municipalities == 50) {
            assertThat(version).isEqualTo("regiobesluit-vote/3"); // fifty councils of 13–45 seats: far over 61 bits
        }
        assertThat(verify.out()).isEqualTo("identical / identiek (" + version + ")" + System.lineSeparator());
    }

    @ParameterizedTest
    @ValueSource(ints = {20, 25, 30, 50})
    void exactPowerOutOfReachIsAnEstimateSaidOnStderrWithItsOwnExitCode(int municipalities) throws IOException {
        Path region = region(municipalities);

        CliRun exact = regio("power", "--composition", region.toString(), "--scheme", "A", "--rule", "majority");

        assertThat(exact.exit()).isEqualTo(PowerCommand.ESTIMATE_INSTEAD_OF_EXACT);
        assertThat(exact.err()).contains("exact power out of reach, an estimate given").contains("combinations per half");
        assertThat(exact.out().lines().filter(l -> l.startsWith("member,")).count()).isEqualTo(8L * municipalities);
    }

    @ParameterizedTest
    @ValueSource(strings = {"double:0.5:3", "qualified:0.70", "unanimity"})
    void everyRuleOverTwentyFiveMunicipalitiesGivesAnOutcome(String rule) throws IOException {
        Path region = region(25);

        CliRun vote = regio("vote", "--composition", region.toString(), "--scheme", "A", "--rule", rule,
                "--yes", members(25, 1) + "," + members(25, 2), "--no", members(25, 3));

        assertThat(vote.exit()).as(vote.err()).isZero();
        assertThat(vote.err()).isEmpty();
    }
}
