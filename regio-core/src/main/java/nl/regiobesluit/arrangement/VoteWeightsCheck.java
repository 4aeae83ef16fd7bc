package nl.regiobesluit.arrangement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

import nl.regiobesluit.model.RbModel;
import nl.regiobesluit.shared.Problem;
import nl.regiobesluit.shared.Result;
import nl.regiobesluit.voting.Composition;
import nl.regiobesluit.voting.WeightingScheme;
import nl.regiobesluit.voting.Weights;

/**
 * Review #5: when an arrangement's vote weights name one of the weighting engine's schemes ({@code rb:weightsScheme}),
 * the engine computes them from a composition (the councils' seats and votes) over the participants that have a
 * weight, and every participant whose entered share differs from the engine's is one problem. Shares are compared
 * in percent at two decimals ({@link VoteWeights#percentages()}); a difference of at most {@link #TOLERANCE} percentage
 * point is rounding, not a difference.
 */
public final class VoteWeightsCheck {

    /** Both sides are rounded to two decimals, so they may differ by one in the last place. */
    public static final BigDecimal TOLERANCE = new BigDecimal("0.01");

    private VoteWeightsCheck() {
    }

    /** The problems of {@code weights} against the engine on {@code composition}; none without a scheme. */
    public static List<Problem> check(VoteWeights weights, Composition composition, String where) {
        Objects.requireNonNull(composition, "composition");
        if (weights.scheme().isEmpty() || weights.weights().isEmpty()) {
            return List.of();
        }
        Result<WeightingScheme> scheme = WeightingScheme.parse(weights.scheme().get());
        if (!scheme.isOk()) {
            return in(scheme.problems(), where);
        }
        Result<Weights> computed = composition.restrictTo(new ArrayList<>(new TreeSet<>(weights.weights().keySet())))
                .flatMap(c -> scheme.value().weigh(c));
        if (!computed.isOk()) {
            return in(computed.problems(), where);
        }
        List<Problem> problems = new ArrayList<>();
        String s = scheme.value().name();
        for (Map.Entry<String, BigDecimal> e : new TreeMap<>(weights.percentages()).entrySet()) {
            BigDecimal engine = computed.value().municipalityWeight(e.getKey()).toPercent(2);
            if (e.getValue().subtract(engine).abs().compareTo(TOLERANCE) > 0) {
                problems.add(Problem.bilingualAt(where, 0, RbModel.PROP_WEIGHTS_PER_PARTICIPANT,
                        "stemgewicht van " + e.getKey() + " (" + e.getValue().toPlainString() + "%) wijkt af van schema " + s
                                + " van de rekenmodule (" + engine.toPlainString() + "%)",
                        "vote weight of " + e.getKey() + " (" + e.getValue().toPlainString() + "%) differs from the engine's scheme "
                                + s + " (" + engine.toPlainString() + "%)"));
            }
        }
        return problems;
    }

    private static List<Problem> in(List<Problem> problems, String where) {
        return problems.stream().map(p -> p.in(where)).toList();
    }
}
