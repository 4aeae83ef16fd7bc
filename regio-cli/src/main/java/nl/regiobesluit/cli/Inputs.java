package nl.regiobesluit.cli;

import nl.regiobesluit.shared.Excerpt;
import nl.regiobesluit.shared.Result;
import nl.regiobesluit.shared.TextInput;
import nl.regiobesluit.voting.Composition;
import nl.regiobesluit.voting.CompositionCsv;
import nl.regiobesluit.voting.DecisionRule;
import nl.regiobesluit.voting.RuleAttainability;
import nl.regiobesluit.voting.VoteEngine;
import nl.regiobesluit.voting.Weights;
import nl.regiobesluit.voting.WeightingScheme;

import java.nio.file.InvalidPathException;
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

    /** The composition file, read once per command (decoded as {@link nl.regiobesluit.shared.TextInput} says). */
    static Composition composition(Options o) {
        String file = o.required("composition");
        return o.once("composition", () -> {
            Path path;
            try {
                path = Path.of(file);
            } catch (InvalidPathException e) {
                throw CliFailure.bilingual("--composition: geen geldige bestandsnaam: " + Excerpt.quoted(file),
                        "--composition: not a valid file name: " + Excerpt.quoted(file));
            }
            byte[] bytes = orFail(TextInput.readBytes(path, CompositionCsv.MAX_BYTES));
            TextInput.Decoded decoded = orFail(TextInput.decode(path.toString(), bytes));
            if (decoded.encoding().equals(TextInput.WINDOWS_1252)) {
                // Dutch Excel's plain "CSV" is Windows-1252; say so, in case the file was meant to be something else.
                RegioCommand.note(Excerpt.of(path.toString(), 120) + " is geen UTF-8 en is gelezen als Windows-1252 / "
                        + Excerpt.of(path.toString(), 120) + " is not UTF-8 and was read as Windows-1252");
            }
            return orFail(CompositionCsv.parse(path.toString(), decoded.text(), null));
        });
    }

    static WeightingScheme scheme(Options o) {
        return orFail(WeightingScheme.parse(o.required("scheme")));
    }

    /**
     * The rule, refused when it cannot pass for the participants of this command (the composition, or the
     * {@code --municipalities} given): a double majority of 99 municipalities out of 5 is a mistake, not a vote.
     */
    static DecisionRule rule(Options o) {
        DecisionRule rule = orFail(DecisionRule.parse(o.required("rule")));
        if (o.has("composition") && o.has("scheme")) {
            orFail(RuleAttainability.check(rule, weights(o, composition(o), scheme(o))));
        }
        return rule;
    }

    /** The municipalities taking part; null (all) when the option is absent, refused when it names none. */
    static List<String> municipalities(Options o) {
        if (!o.has("municipalities")) {
            return null;
        }
        List<String> list = o.list("municipalities");
        if (list.isEmpty()) {
            throw CliFailure.bilingual("--municipalities noemt geen gemeente (laat de optie weg om alle gemeenten te laten meedoen)",
                    "--municipalities names no municipality (leave the option out for all municipalities)");
        }
        return list;
    }

    static Weights weights(Options o, Composition composition, WeightingScheme scheme) {
        return orFail(VoteEngine.weights(composition, municipalities(o), scheme));
    }

    static String format(Options o, String fallback, String... allowed) {
        String f = o.get("format", fallback);
        if (!List.of(allowed).contains(f)) {
            throw CliFailure.bilingual("onbekend formaat " + Excerpt.quoted(f) + " (verwacht " + String.join(" of ", allowed) + ")",
                    "unknown format " + Excerpt.quoted(f) + " (expected " + String.join(" or ", allowed) + ")");
        }
        return f;
    }

    static String csvCell(String s) {
        return CompositionCsv.quote(s);
    }
}
