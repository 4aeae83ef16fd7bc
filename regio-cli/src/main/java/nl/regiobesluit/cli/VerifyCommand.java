package nl.regiobesluit.cli;

import nl.regiobesluit.voting.VoteEngine;
import nl.regiobesluit.voting.VoteOutcome;
import nl.regiobesluit.voting.VoteOutcomeJson;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code ./regio verify FILE} or {@code ./regio verify NODE_ID --alfresco URL [--user U]}: recomputes a stored vote
 * result (a file, or a node's {@code rb:resultJson}) from the inputs it holds and prints {@code identical} (exit 0)
 * or every difference (exit 1).
 */
final class VerifyCommand {

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
        String json = o.get("alfresco") == null ? readFile(Path.of(target)) : readNode(o, target);
        VoteOutcomeJson.Stored stored = Inputs.orFail(VoteOutcomeJson.read(json).withSource(target));
        VoteOutcome recomputed = Inputs.orFail(VoteEngine.decide(stored.inputs()));
        List<String> differences = VoteOutcomeJson.differences(stored.tree(), VoteOutcomeJson.toTree(recomputed));
        if (differences.isEmpty()) {
            out.println("identical (" + VoteEngine.VERSION + ")");
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

    private static String readNode(Options o, String nodeId) {
        var entry = AlfrescoClient.from(o).node(nodeId);
        var json = entry.path("properties").path(RESULT_JSON);
        if (!json.isTextual()) {
            throw new CliFailure("node " + nodeId + " has no " + RESULT_JSON + " (no vote result is stored on it)");
        }
        return json.asText();
    }

    /** The property that holds the full result; named as in the rb: model. */
    static final String RESULT_JSON = "rb:resultJson";
}
