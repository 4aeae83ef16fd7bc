package nl.regiobesluit.voting;

import nl.regiobesluit.ProjectFiles;
import nl.regiobesluit.shared.Problem;
import nl.regiobesluit.shared.Result;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class CompositionCsvTest {

    private static final String HEADER = "municipality,valid_votes,council_seats,party,seats\n";

    private static Problem onlyProblem(String csv) {
        Result<Composition> r = CompositionCsv.parse("test.csv", csv, null);
        assertThat(r.isOk()).as("should be rejected").isFalse();
        assertThat(r.problems()).hasSize(1);
        return r.problems().get(0);
    }

    @Test
    void readsTheFiveMunicipalitiesAndThirtyOnePartyGroupsOf2014() {
        Composition c = CompositionCsv.read(ProjectFiles.election2014(), LocalDate.of(2014, 3, 19)).value();
        assertThat(c.municipalityNames()).containsExactly("Leiden", "Leiderdorp", "Oegstgeest", "Voorschoten", "Zoeterwoude");
        assertThat(c.members()).hasSize(31);
        assertThat(c.validFrom()).isEqualTo(LocalDate.of(2014, 3, 19));
    }

    @Test
    void keepsUnknownExtraColumnsAsAttributes() {
        Composition c = CompositionCsv.read(ProjectFiles.election2014(), null).value();
        assertThat(c.extraColumns()).containsExactly("party_family");
        assertThat(c.member(new MemberId("Oegstgeest", "Progressief Oegstgeest")).orElseThrow().attributes())
                .containsEntry("party_family", "combinatie");
    }

    @Test
    void populationAndPartyVotesMayBeEmpty() {
        Composition c = CompositionCsv.parse("t.csv",
                "municipality,valid_votes,population,council_seats,party,seats,party_votes\nA,100,,3,X,2,\nA,100,,3,Y,1,40\n", null).value();
        assertThat(c.municipality("A").orElseThrow().population()).isNull();
        assertThat(c.member(new MemberId("A", "Y")).orElseThrow().votes()).isEqualTo(40L);
    }

    @Test
    void writingAndReadingBackGivesAnEqualComposition() {
        Composition c = CompositionCsv.read(ProjectFiles.election2014(), null).value();
        Composition again = CompositionCsv.parse(c.source(), CompositionCsv.write(c), null).value();
        assertThat(again).isEqualTo(c);
    }

    @Test
    void anUnreadableFileIsNamed() {
        Result<Composition> r = CompositionCsv.read(Path.of("does/not/exist.csv"), null);
        assertThat(r.problems().get(0).describe()).isEqualTo("does/not/exist.csv: kan het bestand niet lezen: het bestaat niet"
                + " / does/not/exist.csv: cannot read file: no such file");
    }

    @Test
    void aMissingColumnIsNamedWithItsLine() {
        Problem p = onlyProblem("municipality,valid_votes,party,seats\nA,1,X,1\n");
        assertThat(p.describe()).isEqualTo("test.csv, regel 1, veld 'council_seats': kolom ontbreekt (nodig: municipality,valid_votes,council_seats,party,seats)"
                + " / test.csv, line 1, field 'council_seats': missing column (the header needs municipality,valid_votes,council_seats,party,seats)");
    }

    @Test
    void seatsThatDoNotAddUpToTheCouncilSizeAreRejected() {
        Problem p = onlyProblem(HEADER + "A,100,5,X,3\nA,100,5,Y,1\n");
        assertThat(p.describe()).isEqualTo("test.csv, regel 2, veld 'seats': de zetels van de fracties van A tellen op tot 4, maar council_seats is 5"
                + " / test.csv, line 2, field 'seats': seats of the party groups of A add up to 4, but council_seats is 5");
    }

    @Test
    void aDuplicatePartyInOneMunicipalityIsRejected() {
        Problem p = onlyProblem(HEADER + "A,100,2,X,1\nA,100,2,X,1\n");
        assertThat(p.describe()).isEqualTo("test.csv, regel 3, veld 'party': fractie 'X' staat twee keer in A (ook op regel 2)"
                + " / test.csv, line 3, field 'party': party group 'X' appears twice in A (also on line 2)");
    }

    @Test
    void theSamePartyInTwoMunicipalitiesIsTwoMembers() {
        Composition c = CompositionCsv.parse("t", HEADER + "A,100,1,X,1\nB,100,1,X,1\n", null).value();
        assertThat(c.members()).hasSize(2);
    }

    @Test
    void aNegativeNumberIsRejected() {
        Problem p = onlyProblem(HEADER + "A,-100,1,X,1\n");
        assertThat(p.describe()).isEqualTo("test.csv, regel 2, veld 'valid_votes': mag niet negatief zijn: -100"
                + " / test.csv, line 2, field 'valid_votes': must not be negative: -100");
    }

    @Test
    void aNumberThatIsNoNumberIsRejected() {
        Problem p = onlyProblem(HEADER + "A,100,1,X,one\n");
        assertThat(p.describe()).isEqualTo("test.csv, regel 2, veld 'seats': geen geheel getal: 'one' / test.csv, line 2, field 'seats': not a whole number: 'one'");
    }

    @Test
    void disagreeingMunicipalityValuesAreRejected() {
        Problem p = onlyProblem(HEADER + "A,100,2,X,1\nA,101,2,Y,1\n");
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.field()).isEqualTo("valid_votes");
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsIsRejected() {
        Problem p = onlyProblem(HEADER + "A,100,1,X\n");
        assertThat(p.describe()).isEqualTo("test.csv, regel 2: heeft 4 velden, maar de kolomnamen noemen er 5 / test.csv, line 2: has 4 fields, but the header has 5");
    }

    @Test
    void anEmptyFileIsRejected() {
        assertThat(onlyProblem("").message()).startsWith("empty file");
    }

    @Test
    void commentsAndQuotedFieldsAreRead() {
        Composition c = CompositionCsv.parse("t", "# a comment\n" + HEADER + "A,100,1,\"X, Y\",1\n", null).value();
        assertThat(c.members().get(0).name()).isEqualTo("X, Y");
    }

    // --- Excel exports: what griffies have. Dutch Excel saves "CSV (gescheiden door lijstscheidingsteken)" with ';' as
    // the list separator of the Dutch regional settings, in the Windows-1252 code page, with CRLF line ends; "CSV UTF-8"
    // is the same with UTF-8 and a byte-order mark (Microsoft support: "Import or export text (.txt or .csv) files").

    private static final String FRISIAN = "municipality;valid_votes;council_seats;party;seats\r\n"
            + "Súdwest-Fryslân;40000;3;FNP;2\r\n"
            + "Súdwest-Fryslân;40000;3;CDA;1\r\n"
            + "Noardeast-Fryslân;20000;1;FNP;1\r\n"
            + ";;;;\r\n";

    @Test
    void aDutchExcelCsvInWindows1252WithSemicolonsAndCrlfIsRead() {
        byte[] bytes = FRISIAN.getBytes(java.nio.charset.Charset.forName("windows-1252"));
        Composition c = CompositionCsv.parse("excel.csv", bytes, null).value();
        assertThat(c.municipalityNames()).containsExactly("Súdwest-Fryslân", "Noardeast-Fryslân");
        assertThat(c.members()).extracting(PartyGroup::id).containsExactly(
                new MemberId("Súdwest-Fryslân", "FNP"), new MemberId("Súdwest-Fryslân", "CDA"), new MemberId("Noardeast-Fryslân", "FNP"));
        assertThat(nl.regiobesluit.shared.TextInput.decode("excel.csv", bytes).value().encoding()).isEqualTo("Windows-1252");
    }

    @Test
    void aDutchExcelCsvUtf8WithByteOrderMarkIsReadTheSame() {
        byte[] text = FRISIAN.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);
        Composition withBom = CompositionCsv.parse("excel.csv", bytes, null).value();
        Composition windows = CompositionCsv.parse("excel.csv", FRISIAN.getBytes(java.nio.charset.Charset.forName("windows-1252")), null).value();
        assertThat(withBom).isEqualTo(windows);
        assertThat(nl.regiobesluit.shared.TextInput.decode("excel.csv", bytes).value().encoding()).isEqualTo("UTF-8");
    }

    @Test
    void the2014CompositionSavedByDutchExcelGivesTheSameComposition() throws Exception {
        Composition original = CompositionCsv.read(ProjectFiles.election2014(), null).value();
        String excel = java.nio.file.Files.readString(ProjectFiles.election2014()).replace(",", ";").replace("\n", "\r\n");
        Composition fromExcel = CompositionCsv.parse(original.source(), excel.getBytes(java.nio.charset.Charset.forName("windows-1252")), null).value();
        assertThat(fromExcel).isEqualTo(original);
    }

    @Test
    void bytesThatAreNeitherUtf8NorWindows1252AreNamedWithTheirLine() {
        // 0x81 is undefined in Windows-1252 and cannot start a UTF-8 character.
        byte[] bytes = (HEADER + "A,100,1,X,1\nB,100,1,Y,1\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        bytes[HEADER.length() + "A,100,1,X,1\nB,100,1,".length()] = (byte) 0x81;
        Problem p = CompositionCsv.parse("x.csv", bytes, null).problems().get(0);
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.describe()).contains("byte 0x81 is geen UTF-8").contains("byte 0x81 is not UTF-8").contains("Windows-1252");
    }

    @Test
    void aBinaryFileIsRefusedAsNoText() {
        Problem p = CompositionCsv.parse("x.csv", new byte[]{'a', 0, 'b'}, null).problems().get(0);
        assertThat(p.describe()).contains("NUL");
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedBeforeItIsParsed() {
        Problem p = CompositionCsv.parse("big.csv", new byte[(int) CompositionCsv.MAX_BYTES + 1], null).problems().get(0);
        assertThat(p.describe()).isEqualTo("big.csv: te groot: meer dan 4194304 bytes / big.csv: too large: more than 4194304 bytes");
    }

    @Test
    void anEndlessDeviceIsReadNoFurtherThanTheLimit() {
        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isReadable(zero), "no /dev/zero on this system");
        assertThat(CompositionCsv.read(zero, null).problems().get(0).message()).isEqualTo("too large: more than 4194304 bytes");
    }

    @Test
    void numbersNearTheRangeOfALongAreRefusedBeforeAnySumIsMade() {
        Problem p = onlyProblem(HEADER + "A,9223372036854775807,1,X,1\nB,1,1,Y,1\n");
        assertThat(p.describe()).isEqualTo("test.csv, regel 2, veld 'valid_votes': te groot: 9223372036854775807 (hoogstens 1000000000)"
                + " / test.csv, line 2, field 'valid_votes': too large: 9223372036854775807 (at most 1000000000)");
        assertThat(CompositionCsv.parse("test.csv", HEADER + "A,1,99999999999999999999999,X,1001\n", null).problems())
                .extracting(Problem::field).containsExactly("council_seats", "seats");
    }

    @Test
    void digitsOtherThanAsciiAndSignsAreNoWholeNumber() {
        assertThat(onlyProblem(HEADER + "A,\u0665,1,X,1\n").field()).isEqualTo("valid_votes");
        assertThat(onlyProblem(HEADER + "A,+5,1,X,1\n").field()).isEqualTo("valid_votes");
        assertThat(onlyProblem(HEADER + "A,\"55.146\",1,X,1\n").describe()).contains("(write it without dots or spaces)");
    }

    @Test
    void anUnclosedQuoteNamesTheLineOnWhichItsRowStarts() {
        Problem p = onlyProblem(HEADER + "A,100,2,X,1\n\n# note\nA,100,2,\"Y,1\nB,100,1,Z,1\nC,100,1,Z,1\n");
        assertThat(p.line()).isEqualTo(5);
        assertThat(p.message()).isEqualTo("a quoted value is never closed (the row starts on this line)");
    }

    @Test
    void aLineBreakInsideAQuotedNameIsRefusedWithItsLine() {
        Problem p = onlyProblem(HEADER + "A,100,1,\"X\nY\",1\n");
        assertThat(p.describe()).isEqualTo("test.csv, regel 2, veld 'party': bevat een regeleinde of stuurteken: 'X\\u000AY'"
                + " / test.csv, line 2, field 'party': holds a line break or control character: 'X\\u000AY'");
    }

    @Test
    void emptyTrailingColumnsAndEmptyRowsOfAnExcelSheetAreIgnored() {
        Composition c = CompositionCsv.parse("t", "municipality,valid_votes,council_seats,party,seats,,\nA,100,1,X,1,,\n,,,,,,\n", null).value();
        assertThat(c.members()).hasSize(1);
        assertThat(c.extraColumns()).isEmpty();
    }

    @Test
    void aTabSeparatedExportIsReadToo() {
        Composition c = CompositionCsv.parse("t", "municipality\tvalid_votes\tcouncil_seats\tparty\tseats\nA\t100\t1\tX, Y\t1\n", null).value();
        assertThat(c.members().get(0).name()).isEqualTo("X, Y");
    }

    @Test
    void aNameLongerThanTheLimitIsRefusedAndQuotedShort() {
        String longName = "A".repeat(CompositionCsv.MAX_NAME + 1);
        Problem p = onlyProblem(HEADER + longName + ",100,1,X,1\n");
        assertThat(p.field()).isEqualTo("municipality");
        assertThat(p.describe().length()).isLessThan(300);
    }

    @Test
    void excelsSeparatorHintLineIsSkippedAndLineNumbersStayThoseOfTheFile() {
        Composition c = CompositionCsv.parse("t", "sep=;\r\nmunicipality;valid_votes;council_seats;party;seats\r\nA;100;1;X;1\r\n", null).value();
        assertThat(c.members()).hasSize(1);
        Problem p = onlyProblem("sep=;\nmunicipality;valid_votes;council_seats;party;seats\nA;100;1;X;one\n");
        assertThat(p.line()).isEqualTo(3);
    }
}
