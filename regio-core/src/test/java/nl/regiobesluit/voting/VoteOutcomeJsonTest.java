package nl.regiobesluit.voting;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.regiobesluit.shared.Problem;
import nl.regiobesluit.shared.Result;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading a stored result back: bad input is refused with the JSON path of the value that is wrong, never read as
 * something else (which would make a recomputation "differ") and never named by the CSV the composition once came from.
 */
class VoteOutcomeJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static ObjectNode stored() {
        Composition c = Fixtures.election2014();
        VoteInputs in = new VoteInputs(c, null, WeightingScheme.A, DecisionRule.parse("majority").value(),
                java.time.LocalDate.of(2015, 4, 1), List.of("Leiden/D66"), List.of("Leiderdorp/VVD"), List.of());
        return VoteOutcomeJson.toTree(VoteEngine.decide(in).value());
    }

    /** The problems of reading the stored result after {@code change}. */
    private static List<String> problemsAfter(Consumer<ObjectNode> change) throws Exception {
        ObjectNode tree = stored();
        change.accept(tree);
        Result<VoteOutcomeJson.Stored> read = VoteOutcomeJson.read(MAPPER.writeValueAsString(tree));
        assertThat(read.isOk()).as("refused").isFalse();
        assertThat(read.problems()).allSatisfy(p -> {
            assertThat(p.source()).as("the caller names the stored result").isNull();
            assertThat(p.line()).as("no CSV line").isZero();
        });
        // The English half is compared here; the Dutch one is checked in aProblemOfAStoredResultIsDutchWithEnglishAlongside
        // (the composition rules' own messages get their Dutch in CompositionCsv).
        return read.problems().stream().map(p -> new Problem(p.source(), p.line(), p.field(), p.message()).describe()).toList();
    }

    private static ObjectNode at(ObjectNode tree, String pointer) {
        return (ObjectNode) tree.at(pointer);
    }

    @Test
    void anUntouchedResultReadsBackWithItsVoteDate() {
        VoteOutcomeJson.Stored stored = VoteOutcomeJson.read(stored().toString()).value();
        assertThat(stored.inputs().voteDate()).isEqualTo(java.time.LocalDate.of(2015, 4, 1));
        assertThat(stored.inputs().yes()).containsExactly("Leiden/D66");
    }

    @Test
    void aVoteDateThatIsNoIsoDateNamesTheFieldAndTheFormat() throws Exception {
        assertThat(problemsAfter(t -> at(t, "/inputs").put("voteDate", "1-4-2015")))
                .containsExactly("field 'inputs.voteDate': not a date: must be YYYY-MM-DD, not \"1-4-2015\"");
        assertThat(problemsAfter(t -> at(t, "/inputs/composition").put("validFrom", 20140319)))
                .containsExactly("field 'inputs.composition.validFrom': not a date: must be YYYY-MM-DD, not 20140319");
    }

    @Test
    void votesMustBeArraysOfMemberNames() throws Exception {
        assertThat(problemsAfter(t -> at(t, "/inputs/votes").put("yes", "x")))
                .containsExactly("field 'inputs.votes.yes': must be an array of texts, not \"x\"");
        assertThat(problemsAfter(t -> at(t, "/inputs/votes").putObject("no").put("Leiden/D66", true)))
                .containsExactly("field 'inputs.votes.no': must be an array of texts, not {\"Leiden/D66\":true}");
        assertThat(problemsAfter(t -> at(t, "/inputs/votes").putArray("abstain").add(7).addObject()))
                .containsExactly("field 'inputs.votes.abstain[0]': must be a text, not 7",
                        "field 'inputs.votes.abstain[1]': must be a text, not {}");
        assertThat(problemsAfter(t -> at(t, "/inputs/votes").remove("abstain")))
                .containsExactly("field 'inputs.votes.abstain': missing in the stored result");
        assertThat(problemsAfter(t -> at(t, "/inputs").put("votes", "Leiden/D66")))
                .containsExactly("field 'inputs.votes': must be an object with the arrays yes, no and abstain, not \"Leiden/D66\"");
        assertThat(problemsAfter(t -> at(t, "/inputs").putArray("municipalities").add(1)))
                .containsExactly("field 'inputs.municipalities[0]': must be a text, not 1");
    }

    @Test
    void aValueOfTheWrongTypeInTheCompositionIsNamedByItsJsonPath() throws Exception {
        assertThat(problemsAfter(t -> at(t, "/inputs/composition/municipalities/1/partyGroups/0").put("seats", "x")))
                .containsExactly("field 'inputs.composition.municipalities[1].partyGroups[0].seats': not a whole number: \"x\"");
        assertThat(problemsAfter(t -> at(t, "/inputs/composition/municipalities/1").put("validVotes", 1.5)))
                .containsExactly("field 'inputs.composition.municipalities[1].validVotes': not a whole number: 1.5");
        assertThat(problemsAfter(t -> at(t, "/inputs/composition/municipalities/2").put("name", 3)))
                .containsExactly("field 'inputs.composition.municipalities[2].name': must be a text, not 3");
        assertThat(problemsAfter(t -> at(t, "/inputs/composition/municipalities/2").putArray("partyGroups")))
                .containsExactly("field 'inputs.composition.municipalities[2].partyGroups': has no party groups");
        assertThat(problemsAfter(t -> at(t, "/inputs/composition/municipalities/0/partyGroups/0").remove("seats")))
                .containsExactly("field 'inputs.composition.municipalities[0].partyGroups[0].seats': missing in the stored result");
    }

    @Test
    void whatTheCompositionRulesRefuseIsNamedByTheMunicipalityAndPartyGroupNotByACsvLine() throws Exception {
        assertThat(problemsAfter(t -> at(t, "/inputs/composition/municipalities/1/partyGroups/0").put("seats", -1)))
                .containsExactly("field 'inputs.composition.municipalities[1].partyGroups[0].seats': must not be negative: -1");
        assertThat(problemsAfter(t -> at(t, "/inputs/composition/municipalities/1/partyGroups/0").put("seats", 99)))
                .hasSize(1).first().asString()
                .startsWith("field 'inputs.composition.municipalities[1].partyGroups': seats of the party groups of Leiderdorp add up to");
        String firstGroup = stored().at("/inputs/composition/municipalities/1/partyGroups/0/name").asText();
        assertThat(problemsAfter(t -> at(t, "/inputs/composition/municipalities/1/partyGroups/1").put("name", firstGroup)))
                .containsExactly("field 'inputs.composition.municipalities[1].partyGroups[1].name': party group '" + firstGroup
                        + "' appears twice in Leiderdorp (also at partyGroups[0])");
        assertThat(problemsAfter(t -> at(t, "/inputs/composition/municipalities/2").put("name", "Leiderdorp")))
                .containsExactly("field 'inputs.composition.municipalities[2].name': municipality 'Leiderdorp' appears twice"
                        + " (also inputs.composition.municipalities[1])");
    }

    @Test
    void aProblemOfAStoredResultIsDutchWithEnglishAlongside() throws Exception {
        ObjectNode tree = stored();
        at(tree, "/inputs").put("voteDate", "1-4-2015");
        assertThat(VoteOutcomeJson.read(MAPPER.writeValueAsString(tree)).problems()).extracting(Problem::describe)
                .containsExactly("veld 'inputs.voteDate': geen datum: moet JJJJ-MM-DD zijn, niet \"1-4-2015\""
                        + " / field 'inputs.voteDate': not a date: must be YYYY-MM-DD, not \"1-4-2015\"");
    }

    @Test
    void aMissingPartIsNamedByItsPath() {
        assertThat(VoteOutcomeJson.read("{\"computationVersion\":\"regiobesluit-vote/2\",\"inputs\":{}}").problems().get(0).describe())
                .isEqualTo("veld 'inputs.composition': ontbreekt in de opgeslagen uitslag / field 'inputs.composition': missing in the stored result");
    }
}
