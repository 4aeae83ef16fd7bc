package nl.regiobesluit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.TextNode;
import nl.regiobesluit.voting.VoteEngine;
import nl.regiobesluit.voting.VoteOutcome;
import nl.regiobesluit.voting.VoteOutcomeJson;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code ./regio verify FILE} or {@code ./regio verify NODE_ID --alfresco URL [--user U]}: recomputes a stored vote
 * result (a file, or a node's {@code rb:resultJson}) from the inputs it holds and prints {@code identical / identiek}
 * (exit 0) or every difference (exit 1). On a node, the searchable summary properties the routing service writes
 * beside the JSON ({@code rb:resultPassed}, {@code rb:resultYesShare}, …) are compared with the recomputed values too,
 * where the node has them.
 */
final class VerifyCommand {

    static final String IDENTICAL = "identical / identiek";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final PrintStream out;

    VerifyCommand(PrintStream out) {
        this.out = out;
    }

    int run(List<String> args) {
        Options o = Options.parse(args, Set.of("alfresco", "user"));
        if (o.positional().size() != 1) {
            throw new CliFailure("verify takes one file or node id: ./regio verify result.json, ./regio verify NODE_ID --alfresco URL");
        }
        String target = o.positional().get(0);
        JsonNode properties = o.get("alfresco") == null ? null : AlfrescoClient.from(o).node(target).path("properties");
        String json = properties == null ? readFile(Path.of(target)) : resultJson(properties, target);
        VoteOutcomeJson.Stored stored = Inputs.orFail(VoteOutcomeJson.read(json).withSource(target));
        VoteOutcome recomputed = Inputs.orFail(VoteEngine.decide(stored.inputs()));
        List<String> differences = new ArrayList<>(VoteOutcomeJson.differences(stored.tree(), VoteOutcomeJson.toTree(recomputed)));
        if (properties != null) {
            differences.addAll(summaryDifferences(properties, recomputed));
        }
        if (differences.isEmpty()) {
            out.println(IDENTICAL + " (" + VoteEngine.VERSION + ")");
            return 0;
        }
        out.println("different / verschillend: " + differences.size() + " value(s) differ (stored → recomputed)");
        differences.forEach(d -> out.println("  " + d));
        return 1;
    }

    private static String readFile(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliFailure(file + ": cannot read file: " + e.getMessage());
        }
    }

    private static String resultJson(JsonNode properties, String nodeId) {
        JsonNode json = properties.path(RESULT_JSON);
        if (!json.isTextual()) {
            throw new CliFailure("node " + nodeId + " has no " + RESULT_JSON + " (no vote result is stored on it)");
        }
        return json.asText();
    }

    /**
     * The summary properties as the routing service writes them ({@code VoteResultProperties}): booleans, fractions
     * as text {@code p/q}, municipalities as multi-valued text, in the order of the result.
     */
    static Map<String, JsonNode> summary(VoteOutcome outcome) {
        Map<String, JsonNode> p = new LinkedHashMap<>();
        p.put("rb:resultPassed", BooleanNode.valueOf(outcome.passed()));
        p.put("rb:resultYesShare", TextNode.valueOf(outcome.decision().yesShare().toString()));
        p.put("rb:resultDecisiveMunicipalities", texts(outcome.analysis().couldPassAlone()));
        p.put("rb:resultBlockingMunicipalities", texts(outcome.analysis().couldBlockAlone()));
        p.put("rb:resultPivotalMunicipalities", texts(outcome.analysis().pivotal()));
        p.put("rb:resultComputationVersion", TextNode.valueOf(outcome.computationVersion()));
        p.put("rb:resultInputHash", TextNode.valueOf(VoteOutcomeJson.fingerprint(outcome.inputs())));
        p.put("rb:resultWgrAllowed", BooleanNode.valueOf(outcome.analysis().wgrFormalVoteAllowed()));
        return p;
    }

    /** One line {@code rb:xxx: stored → recomputed} per summary property on the node that disagrees. */
    static List<String> summaryDifferences(JsonNode properties, VoteOutcome recomputed) {
        List<String> out = new ArrayList<>();
        summary(recomputed).forEach((name, expected) -> {
            JsonNode stored = properties.get(name);
            if (stored == null || stored.isNull()) {
                return;
            }
            if (!normalized(stored, expected).equals(expected)) {
                out.add(name + ": " + stored + " → " + expected);
            }
        });
        return out;
    }

    /** Alfresco's answer in the form of the expected value: "true" as a boolean, one text as a list of one. */
    private static JsonNode normalized(JsonNode stored, JsonNode expected) {
        if (expected.isBoolean() && stored.isTextual() && (stored.asText().equals("true") || stored.asText().equals("false"))) {
            return BooleanNode.valueOf(Boolean.parseBoolean(stored.asText()));
        }
        if (expected.isArray() && stored.isValueNode()) {
            return MAPPER.createArrayNode().add(stored);
        }
        return stored;
    }

    private static ArrayNode texts(List<String> values) {
        ArrayNode array = MAPPER.createArrayNode();
        values.forEach(array::add);
        return array;
    }

    /** The property that holds the full result; named as in the rb: model. */
    static final String RESULT_JSON = "rb:resultJson";
}
