package nl.regiobesluit.voting.power;

import nl.regiobesluit.shared.Result;

/** Exact power where it is in reach, otherwise an estimate with intervals and the reason it is not exact. */
public record PowerAnalysis(PowerIndices exact, PowerEstimate estimate, String whyEstimated) {

    /**
     * Power depends on the game alone (members, weights, rule), not on how anyone voted, and a body votes many
     * times under one game: the last analyses are kept, so importing years of votes does not redo them.
     */
    private static final int REMEMBERED = 32;
    private record Asked(WeightedGame.Key game, boolean fineWeights) {
    }

    private static final java.util.Map<Asked, PowerAnalysis> RECENT = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<Asked, PowerAnalysis> eldest) {
                    return size() > REMEMBERED;
                }
            });

    public static PowerAnalysis of(WeightedGame game) {
        return of(game, true);
    }

    /** The analysis as a computation version takes it ({@link ExactPower#compute(WeightedGame, boolean)}). */
    public static PowerAnalysis of(WeightedGame game, boolean fineWeights) {
        Asked key = new Asked(game.key(), fineWeights);
        PowerAnalysis known = RECENT.get(key);
        if (known != null) {
            return known;
        }
        PowerAnalysis analysis = analyse(game, fineWeights);
        RECENT.put(key, analysis);
        return analysis;
    }

    private static PowerAnalysis analyse(WeightedGame game, boolean fineWeights) {
        Result<PowerIndices> exact = ExactPower.compute(game, fineWeights);
        if (exact.isOk()) {
            return new PowerAnalysis(exact.value(), null, null);
        }
        return new PowerAnalysis(null, EstimatedPower.estimate(game), exact.problems().get(0).message());
    }

    public boolean isExact() {
        return exact != null;
    }
}
