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
        assertThat(r.problems().get(0).describe()).startsWith("does/not/exist.csv: cannot read file");
    }

    @Test
    void aMissingColumnIsNamedWithItsLine() {
        Problem p = onlyProblem("municipality,valid_votes,party,seats\nA,1,X,1\n");
        assertThat(p.describe()).isEqualTo("test.csv:1: field 'council_seats': missing column (the header needs municipality,valid_votes,council_seats,party,seats)");
    }

    @Test
    void seatsThatDoNotAddUpToTheCouncilSizeAreRejected() {
        Problem p = onlyProblem(HEADER + "A,100,5,X,3\nA,100,5,Y,1\n");
        assertThat(p.describe()).isEqualTo("test.csv:2: field 'seats': seats of the party groups of A add up to 4, but council_seats is 5");
    }

    @Test
    void aDuplicatePartyInOneMunicipalityIsRejected() {
        Problem p = onlyProblem(HEADER + "A,100,2,X,1\nA,100,2,X,1\n");
        assertThat(p.describe()).isEqualTo("test.csv:3: field 'party': party group 'X' appears twice in A (also on line 2)");
    }

    @Test
    void theSamePartyInTwoMunicipalitiesIsTwoMembers() {
        Composition c = CompositionCsv.parse("t", HEADER + "A,100,1,X,1\nB,100,1,X,1\n", null).value();
        assertThat(c.members()).hasSize(2);
    }

    @Test
    void aNegativeNumberIsRejected() {
        Problem p = onlyProblem(HEADER + "A,-100,1,X,1\n");
        assertThat(p.describe()).isEqualTo("test.csv:2: field 'valid_votes': must not be negative: -100");
    }

    @Test
    void aNumberThatIsNoNumberIsRejected() {
        Problem p = onlyProblem(HEADER + "A,100,1,X,one\n");
        assertThat(p.describe()).isEqualTo("test.csv:2: field 'seats': not a whole number: 'one'");
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
        assertThat(p.describe()).isEqualTo("test.csv:2: has 4 fields, but the header has 5");
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
}
