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
 * {@code ./regio verify FILE}: recomputes a stored vote result from the inputs it holds and prints
 * {@code identical} (exit 0) or every difference (exit 1).
 */
final class VerifyCommand {

    private final PrintStream out;

    VerifyCommand(PrintStream out) {
        this.out = out;
    }

    int run(List<String> args) {
        Options o = Options.parse(args, Set.of());
        if (o.positional().size() != 1) {
            throw new CliFailure("verify takes one file: ./regio verify result.json");
        }
        Path file = Path.of(o.positional().get(0));
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliFailure(file + ": cannot read file: " + e.getMessage());
        }
        VoteOutcomeJson.Stored stored = Inputs.orFail(VoteOutcomeJson.read(json).withSource(file.toString()));
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
}
