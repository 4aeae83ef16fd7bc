package nl.regiobesluit.criteria;

import nl.regiobesluit.routing.CooperationModel;
import nl.regiobesluit.shared.Fraction;
import nl.regiobesluit.shared.Problem;
import nl.regiobesluit.shared.Result;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares the cooperation models judged in 2017 with criterion weights a council gives: a model's score is
 * the weighted mean of its judgment scores (+2 … −2). Unweighted, every judged criterion weighs 1; a criterion
 * the user does not name keeps weight 1, and weight 0 leaves it out.
 */
public final class ModelComparison {

    /** One model's result: its exact weighted score and the judgments it rests on. */
    public record ModelScore(CooperationModel model, Fraction score, Map<String, Judgment> judgments) {
    }

    private ModelComparison() {
    }

    public static List<ModelScore> unweighted(AssessmentFramework framework) {
        return compare(framework, Map.of()).value();
    }

    public static Result<List<ModelScore>> compare(AssessmentFramework framework, Map<String, Fraction> weights) {
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<String, Fraction> w : weights.entrySet()) {
            var criterion = framework.criterion(w.getKey());
            if (criterion.isEmpty()) {
                problems.add(Problem.at(null, 0, "weights", "unknown criterion '" + w.getKey() + "'"));
            } else if (!criterion.get().judged()) {
                problems.add(Problem.at(null, 0, "weights", "criterion '" + w.getKey() + "' was not judged on its own in 2017, so it cannot be weighed"));
            } else if (w.getValue().signum() < 0) {
                problems.add(Problem.at(null, 0, "weights", "weight of '" + w.getKey() + "' must not be negative: " + w.getValue()));
            }
        }
        Fraction total = Fraction.ZERO;
        for (Criterion c : framework.criteria()) {
            if (c.judged()) {
                total = total.add(weights.getOrDefault(c.code(), Fraction.ONE));
            }
        }
        if (problems.isEmpty() && total.isZero()) {
            problems.add(Problem.at(null, 0, "weights", "all weights are zero: nothing to compare"));
        }
        if (!problems.isEmpty()) {
            return Result.rejected(problems);
        }
        List<ModelScore> scores = new ArrayList<>();
        for (CooperationModel model : framework.judgedModels()) {
            Fraction sum = Fraction.ZERO;
            Map<String, Judgment> judgments = new LinkedHashMap<>();
            for (Criterion c : framework.criteria()) {
                if (!c.judged()) {
                    continue;
                }
                Judgment j = framework.judgment(model, c.code()).orElseThrow();
                judgments.put(c.code(), j);
                sum = sum.add(weights.getOrDefault(c.code(), Fraction.ONE).multiply(j.score()));
            }
            scores.add(new ModelScore(model, sum.divide(total), judgments));
        }
        return Result.ok(scores);
    }

    /** Parses {@code criterion=weight,...} as a council writes it (weights may be decimals or fractions). */
    public static Result<Map<String, Fraction>> parseWeights(String text) {
        Map<String, Fraction> weights = new LinkedHashMap<>();
        for (String part : text.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            String[] kv = part.split("=", 2);
            if (kv.length != 2) {
                return Result.rejected(Problem.at(null, 0, "weights", "'" + part.trim() + "' is not criterion=weight"));
            }
            try {
                if (weights.put(kv[0].trim(), Fraction.parse(kv[1])) != null) {
                    return Result.rejected(Problem.at(null, 0, "weights", "criterion '" + kv[0].trim() + "' is given twice"));
                }
            } catch (RuntimeException e) {
                return Result.rejected(Problem.at(null, 0, "weights", "weight of '" + kv[0].trim() + "' is not a number: '" + kv[1].trim() + "'"));
            }
        }
        return Result.ok(weights);
    }
}
