package nl.regiobesluit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.TextNode;
import nl.regiobesluit.shared.Problem;
import nl.regiobesluit.voting.VoteEngine;
import nl.regiobesluit.voting.VoteOutcome;
import nl.regiobesluit.voting.VoteOutcomeJson;
import nl.regiobesluit.voting.VoteVerification;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
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
 * (exit 0) or every difference (exit 1); a result that cannot be read as exactly one JSON value of bounded size, with
 * no key twice, is bad input (exit 2, one line). The inputs are checked against the fingerprint stored with them. On a node, the searchable summary properties the routing service writes
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
        VoteVerification verification = Inputs.orFail((properties == null ? VoteVerification.of(readFile(Path.of(target)))
                : VoteVerification.of(resultJson(properties, target))).withSource(target));
        VoteOutcome recomputed = verification.recomputed();
        List<String> differences = new ArrayList<>(verification.differences());
        if (properties != null) {
            differences.addAll(summaryDifferences(properties, recomputed));
        }
        if (differences.isEmpty()) {
            out.println(IDENTICAL + " (" + recomputed.computationVersion() + ")");
            if (VoteEngine.VERSION_1.equals(recomputed.computationVersion())) {
                out.println("  let op: een " + VoteEngine.VERSION_1 + "-uitslag heeft geen vingerafdruk van de invoer; wijzigingen"
                        + " die geen getal veranderen zijn niet te zien / note: a " + VoteEngine.VERSION_1 + " result holds no"
                        + " input fingerprint; edits that change no number cannot be seen");
            }
            return 0;
        }
        out.println("different / verschillend: " + differences.size() + " value(s) differ (stored → recomputed)");
        differences.forEach(d -> out.println("  " + d));
        return 1;
    }

    /**
     * At most {@link VoteOutcomeJson#MAX_CHARS} + 1 bytes are read, whatever the file claims to be: {@code /dev/zero}
     * or a FIFO has no size to check beforehand, and reading it whole ran out of memory.
     */
    private static byte[] readFile(Path file) {
        if (Files.isDirectory(file)) {
            throw CliFailure.of(List.of(Problem.bilingualAt(file.toString(), 0, null, "is een map, geen bestand",
                    "is a directory, not a file")));
        }
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(VoteOutcomeJson.MAX_CHARS + 1);
        } catch (java.nio.file.NoSuchFileException e) {
            throw CliFailure.of(List.of(Problem.bilingualAt(file.toString(), 0, null, "bestand bestaat niet", "no such file")));
        } catch (IOException e) {
            throw CliFailure.of(List.of(Problem.bilingualAt(file.toString(), 0, null, "kan het bestand niet lezen",
                    "cannot read the file: " + e.getClass().getSimpleName())));
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
        p.put("rb:resultInputHash", TextNode.valueOf(VoteOutcomeJson.fingerprint(outcome.inputs(), outcome.computationVersion())));
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
