package nl.regiobesluit.cli;

import nl.regiobesluit.shared.Result;
import nl.regiobesluit.voting.Composition;
import nl.regiobesluit.voting.CompositionCsv;
import nl.regiobesluit.voting.DecisionRule;
import nl.regiobesluit.voting.VoteEngine;
import nl.regiobesluit.voting.Weights;
import nl.regiobesluit.voting.WeightingScheme;

import java.nio.file.Path;
import java.util.List;

/** Reads the options every command shares, turning rejections into one-line failures. */
final class Inputs {

    private Inputs() {
    }

    static <T> T orFail(Result<T> result) {
        if (!result.isOk()) {
            throw CliFailure.of(result.problems());
        }
        return result.value();
    }

    static Composition composition(Options o) {
        return orFail(CompositionCsv.read(Path.of(o.required("composition")), null));
    }

    static WeightingScheme scheme(Options o) {
        return orFail(WeightingScheme.parse(o.required("scheme")));
    }

    static DecisionRule rule(Options o) {
        return orFail(DecisionRule.parse(o.required("rule")));
    }

    static List<String> municipalities(Options o) {
        List<String> list = o.list("municipalities");
        return list.isEmpty() ? null : list;
    }

    static Weights weights(Options o, Composition composition, WeightingScheme scheme) {
        return orFail(VoteEngine.weights(composition, municipalities(o), scheme));
    }

    static String format(Options o, String fallback, String... allowed) {
        String f = o.get("format", fallback);
        if (!List.of(allowed).contains(f)) {
            throw new CliFailure("unknown format '" + f + "' (expected " + String.join(" or ", allowed) + ")");
        }
        return f;
    }

    static String csvCell(String s) {
        return CompositionCsv.quote(s);
    }
}
