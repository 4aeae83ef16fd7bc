package nl.regiobesluit.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mozilla.javascript.JavaScriptException;

/**
 * What the vote-members control does with the composition and the three lists, run in Rhino (no browser, no network).
 * The names are neutral on purpose: members are region data.
 */
class VoteLogicTest {

    /** Three municipalities, deliberately not in alphabetical order; one party group name in quotes. */
    private static final String COMPOSITION = """
            municipality,valid_votes,population,council_seats,party,seats,party_votes
            Gemeente B,1000,,5,Fractie 1,3,600
            Gemeente B,1000,,5,Fractie 2,2,400
            Gemeente A,2000,,7,Fractie 1,4,1100
            Gemeente A,2000,,7,"Lijst \"\"Samen\"\"",2,600
            Gemeente A,2000,,7,Fractie 3,1,300
            Gemeente C,500,,3,Fractie 2,3,500
            """;

    private final VoteScript js = new VoteScript().put("csv", COMPOSITION);

    @AfterEach
    void close() {
        js.close();
    }

    private void compose() {
        js.eval("var c = L.parseComposition(csv); var s = L.emptySelection(); var all = L.allMembers(c, []);");
    }

    private String list(String vote) {
        return js.eval("L.serialise(s, all, '" + vote + "')");
    }

    // ------------------------------------------------------------------------------------------------ the script

    @Test
    void theScriptIsEs5AndLoadsOutsideABrowser() {
        String source = VoteScript.source();
        String code = source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)//.*$", "");
        assertThat(Pattern.compile("\\b(let|const|class)\\s|=>|`").matcher(code).find())
                .as("ES6 syntax in vote-members.js").isFalse();
        // Loading it defined the logic and the browser entry point without touching a DOM (Rhino has none).
        assertThat(js.eval("typeof Regiobesluit.VoteMembers.register")).isEqualTo("function");
        assertThat(js.eval("typeof document")).isEqualTo("undefined");
    }

    // ------------------------------------------------------------------------------------------------------ CSV

    @Test
    void csvFieldsInQuotesKeepCommasDoubledQuotesAndLineBreaks() {
        js.put("text", "a,\"b, c\",\"say \"\"hi\"\"\",\"two\nlines\"\n");
        assertThat(js.json("L.parseCsv(text)")).isEqualTo("[[\"a\",\"b, c\",\"say \\\"hi\\\"\",\"two\\nlines\"]]");
    }

    @Test
    void csvAcceptsCrLfAByteOrderMarkEmptyFieldsAndSkipsBlankLines() {
        js.put("text", "\uFEFFh1,h2\r\n\r\nx,\r\n,y\r\n\r\n");
        assertThat(js.json("L.parseCsv(text)")).isEqualTo("[[\"h1\",\"h2\"],[\"x\",\"\"],[\"\",\"y\"]]");
        js.put("text", "last,line,without,end");
        assertThat(js.json("L.parseCsv(text)")).isEqualTo("[[\"last\",\"line\",\"without\",\"end\"]]");
    }

    @Test
    void anUnclosedQuoteIsAnError() {
        js.put("text", "a,\"b\nc\n");
        assertThatThrownBy(() -> js.eval("L.parseCsv(text)")).isInstanceOf(JavaScriptException.class)
                .hasMessageContaining("unclosed quote");
    }

    // ------------------------------------------------------------------------------------------ the composition

    @Test
    void membersAreGroupedPerMunicipalityInFileOrder() {
        compose();
        assertThat(js.json("c.municipalities.map(function (m) { return m.name + ': ' + m.members.map("
                + "function (x) { return x.party; }).join(' | '); })")).isEqualTo("["
                + "\"Gemeente B: Fractie 1 | Fractie 2\","
                + "\"Gemeente A: Fractie 1 | Lijst \\\"Samen\\\" | Fractie 3\","
                + "\"Gemeente C: Fractie 2\"]");
    }

    @Test
    void aMemberIsMunicipalitySlashPartyGroupWithItsSeatsAndTheCouncilKeepsItsSize() {
        compose();
        assertThat(js.json("c.members[0]")).isEqualTo("{\"key\":\"Gemeente B/Fractie 1\",\"municipality\":\"Gemeente B\","
                + "\"party\":\"Fractie 1\",\"seats\":3,\"storable\":true,\"known\":true}");
        assertThat(js.json("c.municipalities.map(function (m) { return m.councilSeats; })")).isEqualTo("[5,7,3]");
        assertThat(js.eval("c.problems.length")).isEqualTo("0");
    }

    @Test
    void columnsAreFoundByTheirHeaderInAnyOrderAndCase() {
        js.put("text", "Party , SEATS,Municipality,extra\n Fractie 1 ,2,  Gemeente  X ,anything\n");
        assertThat(js.json("L.parseComposition(text).members.map(function (m) { return m.key + '=' + m.seats; })"))
                .isEqualTo("[\"Gemeente X/Fractie 1=2\"]");
        // Without council_seats, a council's size is the sum of its members' seats.
        assertThat(js.eval("L.parseComposition(text).municipalities[0].councilSeats")).isEqualTo("2");
    }

    @Test
    void aMissingColumnIsNamed() {
        js.put("text", "municipality,party\nGemeente X,Fractie 1\n");
        assertThatThrownBy(() -> js.eval("L.parseComposition(text)")).hasMessageContaining("no column \"seats\"");
    }

    @Test
    void aDuplicateMemberIsListedOnceAndReported() {
        js.put("text", "municipality,party,seats\nGemeente X,Fractie 1,2\ngemeente x, FRACTIE 1 ,3\n");
        assertThat(js.eval("L.parseComposition(text).members.length")).isEqualTo("1");
        assertThat(js.json("L.parseComposition(text).problems")).isEqualTo("[{\"code\":\"duplicate\",\"text\":\"gemeente x/FRACTIE 1\"}]");
    }

    @Test
    void aPartyGroupWhoseNameHoldsACommaIsShownButCannotBePicked() {
        // Share submits each list comma-separated, so such a name would come back as two members.
        js.put("text", "municipality,party,seats\nGemeente X,\"Groen, Lokaal\",2\nGemeente X,Fractie 1,3\n");
        js.eval("var c = L.parseComposition(text); var s = L.emptySelection();"
                + "L.setMunicipality(s, c, 'Gemeente X', 'yes');");
        assertThat(js.eval("c.members[0].storable")).isEqualTo("false");
        assertThat(js.json("c.problems")).isEqualTo("[{\"code\":\"comma\",\"text\":\"Gemeente X/Groen, Lokaal\"}]");
        assertThat(js.eval("L.serialise(s, c.members, 'yes')")).isEqualTo("Gemeente X/Fractie 1");
    }

    @Test
    void theRegionsOwnCompositionFileIsReadAsItIs() throws IOException {
        String root = System.getProperty("regio.repo.root");
        assumeTrue(root != null, "regio.repo.root is not set (run through Maven)");
        Path data = Path.of(root, "data");
        try (var files = Files.list(data)) {
            List<Path> compositions = files.filter(p -> p.getFileName().toString().startsWith("election_")
                    && p.toString().endsWith(".csv")).toList();
            assertThat(compositions).isNotEmpty();
            for (Path file : compositions) {
                // Expected from a plain split (these files have no quoted fields), not from names written here.
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                List<String> header = List.of(lines.get(0).split(","));
                int m = header.indexOf("municipality");
                int p = header.indexOf("party");
                Map<String, List<String>> expected = new LinkedHashMap<>();
                for (String line : lines.subList(1, lines.size())) {
                    if (!line.isBlank()) {
                        String[] f = line.split(",", -1);
                        expected.computeIfAbsent(f[m].trim(), k -> new ArrayList<>()).add(f[m].trim() + "/" + f[p].trim());
                    }
                }
                js.put("text", Files.readString(file, StandardCharsets.UTF_8));
                js.eval("var c = L.parseComposition(text);");
                assertThat(js.eval("c.problems.length")).as(file.toString()).isEqualTo("0");
                assertThat(js.eval("c.municipalities.map(function (g) { return g.name; }).join('\\n')"))
                        .as(file.toString()).isEqualTo(String.join("\n", expected.keySet()));
                assertThat(js.eval("c.members.map(function (x) { return x.key; }).join('\\n')")).as(file.toString())
                        .isEqualTo(String.join("\n", expected.values().stream().flatMap(List::stream).toList()));
            }
        }
    }

    // ---------------------------------------------------------------------------------------- stored values

    @Test
    void aStoredListIsReadFromTheCommaSeparatedFieldValue() {
        assertThat(js.json("L.parseValues(' Gemeente A/Fractie 1 ,,Gemeente B/Fractie 2, ')"))
                .isEqualTo("[\"Gemeente A/Fractie 1\",\"Gemeente B/Fractie 2\"]");
        assertThat(js.json("L.parseValues(['Gemeente A/Fractie 1', 'Gemeente B/Fractie 2,Gemeente C/Fractie 2'])"))
                .isEqualTo("[\"Gemeente A/Fractie 1\",\"Gemeente B/Fractie 2\",\"Gemeente C/Fractie 2\"]");
        assertThat(js.json("L.parseValues('')")).isEqualTo("[]");
        assertThat(js.json("L.parseValues(null)")).isEqualTo("[]");
    }

    @Test
    void storedMembersAreShownTickedInTheirOwnList() {
        compose();
        js.eval("var r = L.readStored({ yes: 'Gemeente A/Fractie 1,Gemeente C/Fractie 2', no: 'Gemeente B/Fractie 2',"
                + " abstain: '' }, c); s = r.selection;");
        assertThat(js.eval("L.voteOf(s, 'Gemeente A/Fractie 1')")).isEqualTo("yes");
        assertThat(js.eval("L.voteOf(s, 'Gemeente C/Fractie 2')")).isEqualTo("yes");
        assertThat(js.eval("L.voteOf(s, 'Gemeente B/Fractie 2')")).isEqualTo("no");
        assertThat(js.eval("L.voteOf(s, 'Gemeente B/Fractie 1')")).isEqualTo("null");
        assertThat(js.eval("r.extra.length + r.conflicts.length")).isEqualTo("0");
    }

    @Test
    void aStoredMemberMatchesWhateverItsCaseAndSpacingAndIsWrittenInTheCompositionsSpelling() {
        compose();
        js.eval("s = L.readStored({ yes: 'gemeente a / fractie 1' }, c).selection;");
        // " / " is not "/": spacing inside a name is collapsed, but the separator must be written as it is stored.
        assertThat(list("yes")).isEmpty();
        js.eval("var r = L.readStored({ yes: '  GEMEENTE A/fractie   1 ' }, c); s = r.selection;");
        assertThat(list("yes")).isEqualTo("Gemeente A/Fractie 1");
    }

    @Test
    void aStoredMemberThatIsNotInTheCompositionIsKeptNotDropped() {
        compose();
        js.eval("var r = L.readStored({ no: 'Gemeente B/Fractie 1,Gemeente Z/Oude fractie' }, c); s = r.selection;"
                + " all = L.allMembers(c, r.extra);");
        assertThat(js.json("r.extra.map(function (m) { return m.key + ' known=' + m.known; })"))
                .isEqualTo("[\"Gemeente Z/Oude fractie known=false\"]");
        assertThat(list("no")).isEqualTo("Gemeente B/Fractie 1,Gemeente Z/Oude fractie");
    }

    @Test
    void aMemberStoredInTwoListsIsKeptInTheFirstOfYesNoAbstainAndReported() {
        compose();
        js.eval("var r = L.readStored({ yes: 'Gemeente B/Fractie 1', no: 'Gemeente B/Fractie 1',"
                + " abstain: 'Gemeente B/Fractie 1' }, c); s = r.selection;");
        assertThat(js.json("r.conflicts")).isEqualTo(
                "[{\"key\":\"Gemeente B/Fractie 1\",\"kept\":\"yes\",\"dropped\":[\"no\",\"abstain\"]}]");
        assertThat(list("yes")).isEqualTo("Gemeente B/Fractie 1");
        assertThat(list("no")).isEmpty();
        assertThat(list("abstain")).isEmpty();
    }

    // ------------------------------------------------------------------------------------- picking members

    @Test
    void aMemberTickedYesCannotAlsoBeNo() {
        compose();
        js.eval("L.toggle(s, 'Gemeente A/Fractie 3', 'yes'); L.toggle(s, 'Gemeente A/Fractie 3', 'no');");
        assertThat(list("yes")).isEmpty();
        assertThat(list("no")).isEqualTo("Gemeente A/Fractie 3");
        js.eval("L.toggle(s, 'Gemeente A/Fractie 3', 'abstain');");
        assertThat(list("no")).isEmpty();
        assertThat(list("abstain")).isEqualTo("Gemeente A/Fractie 3");
    }

    @Test
    void tickingATickedBoxAgainUnticksIt() {
        compose();
        js.eval("L.toggle(s, 'Gemeente C/Fractie 2', 'yes'); L.toggle(s, 'Gemeente C/Fractie 2', 'yes');");
        assertThat(js.eval("L.voteOf(s, 'Gemeente C/Fractie 2')")).isEqualTo("null");
        assertThat(list("yes")).isEmpty();
    }

    @Test
    void anUnknownListIsRefused() {
        compose();
        assertThatThrownBy(() -> js.eval("L.setVote(s, 'Gemeente C/Fractie 2', 'maybe')"))
                .isInstanceOf(JavaScriptException.class).hasMessageContaining("unknown vote maybe");
    }

    @Test
    void wholeMunicipalityPutsAllItsMembersInOneListAndTakesThemOutOfTheOthers() {
        compose();
        js.eval("L.toggle(s, 'Gemeente A/Fractie 1', 'no'); L.toggle(s, 'Gemeente B/Fractie 1', 'no');"
                + "L.setMunicipality(s, c, 'Gemeente A', 'yes');");
        assertThat(list("yes")).isEqualTo("Gemeente A/Fractie 1,Gemeente A/Lijst \"Samen\",Gemeente A/Fractie 3");
        assertThat(list("no")).isEqualTo("Gemeente B/Fractie 1");
    }

    @Test
    void clearEmptiesOneMunicipalityAndClearAllEmptiesEveryList() {
        compose();
        js.eval("L.setMunicipality(s, c, 'Gemeente A', 'yes'); L.setMunicipality(s, c, 'Gemeente B', 'no');"
                + "L.toggle(s, 'Gemeente C/Fractie 2', 'abstain'); L.setMunicipality(s, c, 'Gemeente A', null);");
        assertThat(list("yes")).isEmpty();
        assertThat(list("no")).isEqualTo("Gemeente B/Fractie 1,Gemeente B/Fractie 2");
        js.eval("L.clearAll(s);");
        assertThat(list("no") + list("abstain")).isEmpty();
    }

    @Test
    void aListIsWrittenCommaSeparatedInGridOrderWhateverTheOrderOfTicking() {
        compose();
        js.eval("L.toggle(s, 'Gemeente C/Fractie 2', 'yes'); L.toggle(s, 'Gemeente B/Fractie 2', 'yes');"
                + "L.toggle(s, 'Gemeente A/Fractie 1', 'yes');");
        assertThat(list("yes")).isEqualTo("Gemeente B/Fractie 2,Gemeente A/Fractie 1,Gemeente C/Fractie 2");
    }

    @Test
    void theTallyCountsMembersAndSeatsPerList() {
        compose();
        js.eval("L.setMunicipality(s, c, 'Gemeente A', 'yes'); L.toggle(s, 'Gemeente B/Fractie 2', 'no');");
        assertThat(js.json("L.tally(s, all)")).isEqualTo(
                "{\"yes\":{\"members\":3,\"seats\":7},\"no\":{\"members\":1,\"seats\":2},\"abstain\":{\"members\":0,\"seats\":0}}");
    }

    // ----------------------------------------------------------------------------- finding the composition

    @Test
    void theConfiguredFileIsTakenElseTheOnlyCsvInItsFolderElseNone() {
        assertThat(js.json("L.splitPath('Data Dictionary/Regiobesluit/composition.csv')"))
                .isEqualTo("{\"folder\":\"Data Dictionary/Regiobesluit\",\"name\":\"composition.csv\"}");
        js.eval("function e(name) { return { entry: { id: 'id-' + name, name: name, isFile: true } }; }");
        assertThat(js.eval("L.pickComposition([e('a.csv'), e('composition.csv')], 'composition.csv').id"))
                .isEqualTo("id-composition.csv");
        assertThat(js.eval("L.pickComposition([e('readme.txt'), e('samenstelling.CSV')], 'composition.csv').id"))
                .isEqualTo("id-samenstelling.CSV");
        assertThat(js.eval("L.pickComposition([e('a.csv'), e('b.csv')], 'composition.csv')")).as("no dates to tell").isEqualTo("null");
        assertThat(js.eval("L.pickComposition([], 'composition.csv')")).isEqualTo("null");
    }

    @Test
    void withSeveralCompositionsTheOneUploadedLastIsOffered() {
        js.eval("function d(name, at) { return { entry: { id: 'id-' + name, name: name, isFile: true, modifiedAt: at } }; }");
        assertThat(js.eval("L.pickComposition([d('samenstelling-2018.csv', '2018-04-02T09:00:00.000+0000'), "
                + "d('samenstelling-2014.csv', '2014-04-01T09:00:00.000+0000')], 'composition.csv').id")).isEqualTo("id-samenstelling-2018.csv");
        assertThat(js.eval("L.pickComposition([d('a.csv', '2018-04-02T09:00:00.000+0000'), d('b.csv', '2018-04-02T09:00:00.000+0000')], "
                + "'composition.csv')")).as("a tie cannot tell").isEqualTo("null");
    }

    @Test
    void messagesGetTheirArguments() {
        assertThat(js.eval("L.format('{0} fracties, {1} zetels', [3, 7])")).isEqualTo("3 fracties, 7 zetels");
        assertThat(js.eval("L.format('niet gelezen ({0})', [])")).isEqualTo("niet gelezen ({0})");
    }
}
