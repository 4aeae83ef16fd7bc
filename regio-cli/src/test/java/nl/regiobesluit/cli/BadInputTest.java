package nl.regiobesluit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static nl.regiobesluit.cli.RegioCommandTest.assertOneLineRefusal;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each bad input of issue 10 (tried as a new user would) is refused with exit 2 and one line of at most 300 characters,
 * Dutch first with English alongside, naming the file, line and field or the rule or member; an Excel export is read.
 */
class BadInputTest {

    private static final String HEADER = "municipality,valid_votes,council_seats,party,seats\n";
    private static final String THREE = HEADER + "Aa,100,2,X,1\nAa,100,2,Y,1\nBb,80,1,X,1\nCc,60,1,Z,1\n";

    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private CliRun vote(Path composition, String rule, String yes) {
        return CliRun.regio("vote", "--composition", composition.toString(), "--scheme", "C", "--rule", rule, "--yes", yes);
    }

    @Test
    void votesNearTheRangeOfALongAreRefusedInsteadOfGivingANegativeWeight() throws IOException {
        // Once: weights of -100 % and exit 0, because the sum of the valid votes wrapped around.
        Path big = file("big.csv", HEADER + "A,9223372036854775807,1,X,1\nB,1,1,Y,1\n");
        assertOneLineRefusal(CliRun.regio("weights", "--composition", big.toString(), "--scheme", "A"),
                "regel 2, veld 'valid_votes': te groot: 9223372036854775807 (hoogstens 1000000000)",
                "line 2, field 'valid_votes': too large: 9223372036854775807 (at most 1000000000)");
        Path seats = file("seats.csv", HEADER + "A,100,9223372036854775807,X,9223372036854775807\n");
        assertOneLineRefusal(CliRun.regio("weights", "--composition", seats.toString(), "--scheme", "C"),
                "regel 2, veld 'council_seats': te groot", "line 2, field 'council_seats': too large");
    }

    @Test
    @Timeout(10)
    void aThresholdWithAHugeExponentIsRefusedAtOnce() throws IOException {
        // Once: 112 s and 1.6 GB before it was refused.
        assertOneLineRefusal(vote(file("c.csv", THREE), "qualified:1e-99999999", "Aa/X"),
                "veld 'rule': 'qualified:1e-99999999': de drempel moet tussen 0.5 en 1 liggen, hoogstens 9 decimalen",
                "field 'rule': 'qualified:1e-99999999': threshold must be between 0.5 and 1, at most 9 decimals");
    }

    @Test
    void aRuleOfOnlyACommaIsBadInputNotAnInternalError() throws IOException {
        // Once: exit 3 (ArrayIndexOutOfBoundsException).
        assertOneLineRefusal(vote(file("c.csv", THREE), ",", "Aa/X"),
                "veld 'rule': ',': geen regel voor de eerste komma", "field 'rule': ',': no rule before the first comma");
    }

    @Test
    void aRuleOptionGivenTwiceIsRefusedNotLastWins() throws IOException {
        assertOneLineRefusal(vote(file("c.csv", THREE), "majority,base=cast,base=all", "Aa/X"),
                "optie 'base' staat twee keer", "option 'base' is given twice");
    }

    @Test
    void aRuleThatCanNeverPassIsRefusedWithTheReason() throws IOException {
        Path c = file("c.csv", THREE);
        assertOneLineRefusal(vote(c, "double:0.65:99", "Aa/X"),
                "kan nooit slagen: vraagt 99 gemeenten met een meerderheid voor, er nemen er 3 deel",
                "can never pass: needs 99 municipalities with a majority in favour, only 3 take part");
        assertOneLineRefusal(CliRun.regio("power", "--composition", c.toString(), "--scheme", "C", "--rule", "double:0.65:3",
                        "--municipalities", "Aa,Bb"),
                "vraagt 3 gemeenten met een meerderheid voor, er nemen er 2 deel", "only 2 take part");
        assertOneLineRefusal(vote(c, "qualified>:1", "Aa/X"),
                "meer dan 100% haalt geen enkele stemming", "no vote can reach more than 100%");
    }

    @Test
    void aMunicipalitiesListOfOnlyACommaIsRefusedNotReadAsAll() throws IOException {
        Path c = file("c.csv", THREE);
        assertOneLineRefusal(CliRun.regio("weights", "--composition", c.toString(), "--scheme", "C", "--municipalities", ","),
                "--municipalities: naam 1 van 2 is leeg in ','", "--municipalities: name 1 of 2 is empty in ','");
        assertOneLineRefusal(CliRun.regio("weights", "--composition", c.toString(), "--scheme", "C", "--municipalities", " "),
                "--municipalities noemt geen gemeente", "--municipalities names no municipality");
        assertOneLineRefusal(vote(c, "majority", "Aa/X,,Bb/X"), "--yes: naam 2 van 3 is leeg", "--yes: name 2 of 3 is empty");
    }

    @Test
    void aMemberWhoseNameHoldsACommaCanBeListedQuoted() throws IOException {
        Path c = file("c.csv", HEADER + "Aa,100,2,\"X, lokaal\",1\nAa,100,2,Y,1\nBb,80,1,X,1\n");
        CliRun r = vote(c, "majority", "\"Aa/X, lokaal\",Aa/Y");
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("AANGENOMEN / PASSED");
    }

    @Test
    void aDutchExcelExportIsRead() throws IOException {
        // "CSV (gescheiden door lijstscheidingsteken)" from Dutch Excel: ';', Windows-1252 (é is 0xE9), CRLF.
        String text = "municipality;valid_votes;council_seats;party;seats\r\nSúdwest-Fryslân;100;2;FNP;1\r\nSúdwest-Fryslân;100;2;Café-partij;1\r\n"
                + "Noardeast-Fryslân;50;1;FNP;1\r\n;;;;\r\n";
        Path windows = Files.write(dir.resolve("excel.csv"), text.getBytes(Charset.forName("windows-1252")));
        CliRun r = CliRun.regio("weights", "--composition", windows.toString(), "--scheme", "C");
        assertThat(r.exit()).isZero();
        assertThat(r.err().lines()).containsExactly("regio: " + windows + " is geen UTF-8 en is gelezen als Windows-1252 / "
                + windows + " is not UTF-8 and was read as Windows-1252");
        assertThat(r.out().lines()).containsExactly("municipality,party,weight,weight_pct", "Súdwest-Fryslân,FNP,1/3,33.3333",
                "Súdwest-Fryslân,Café-partij,1/3,33.3333", "Noardeast-Fryslân,FNP,1/3,33.3333");
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        Path bom = Files.write(dir.resolve("excel-utf8.csv"), withBom);
        CliRun fromBom = CliRun.regio("weights", "--composition", bom.toString(), "--scheme", "C");
        assertThat(fromBom.err()).isEmpty();
        assertThat(fromBom.out()).isEqualTo(r.out());
    }

    @Test
    void anUndecodableFileNamesTheEncodingProblemAndTheLine() throws IOException {
        byte[] bytes = (HEADER + "A,100,1,X,1\nB,100,1,Q,1\n").getBytes(StandardCharsets.US_ASCII);
        bytes[bytes.length - 6] = (byte) 0x81;
        Path bad = Files.write(dir.resolve("bad.csv"), bytes);
        assertOneLineRefusal(CliRun.regio("weights", "--composition", bad.toString(), "--scheme", "C"),
                "regel 3: tekens niet te lezen: byte 0x81 is geen UTF-8 en het bestand is ook geen Windows-1252",
                "line 3: unreadable characters: byte 0x81 is not UTF-8 and the file is not Windows-1252 either");
    }

    @Test
    @Timeout(10)
    void anEndlessFileIsRefusedBySize() {
        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(zero), "no /dev/zero on this system");
        assertOneLineRefusal(CliRun.regio("weights", "--composition", zero.toString(), "--scheme", "C"),
                "/dev/zero: te groot: meer dan 4194304 bytes", "/dev/zero: too large: more than 4194304 bytes");
    }

    @Test
    void anUnknownCommandOrOptionIsRefusedInBothLanguages() {
        assertOneLineRefusal(CliRun.regio("wieghts"), "onbekende opdracht 'wieghts'", "unknown command 'wieghts'");
        assertOneLineRefusal(CliRun.regio("weights", "--sceme", "A"), "onbekende optie --sceme", "unknown option --sceme");
        assertOneLineRefusal(CliRun.regio("weights", "--scheme"), "optie --scheme heeft een waarde nodig", "option --scheme needs a value");
        assertOneLineRefusal(CliRun.regio("weights", "--scheme", "A"), "optie --composition is verplicht", "option --composition is required");
        assertOneLineRefusal(CliRun.regio("weights", "--composition", "x\0.csv", "--scheme", "A"),
                "--composition: geen geldige bestandsnaam", "--composition: not a valid file name");
    }

    @Test
    void aVeryLongPathIsShortenedToTheFileNameToKeepOneShortLine() throws IOException {
        Path deep = Files.createDirectories(dir.resolve("a".repeat(100)).resolve("b".repeat(100)));
        Path c = Files.writeString(deep.resolve("samenstelling.csv"), HEADER + "A,100,1,X,two\n");
        assertOneLineRefusal(CliRun.regio("weights", "--composition", c.toString(), "--scheme", "C"),
                "samenstelling.csv, regel 2, veld 'seats': geen geheel getal: 'two'",
                "samenstelling.csv, line 2, field 'seats': not a whole number: 'two'");
    }
}
