package nl.regiobesluit.voting.power;

import nl.regiobesluit.shared.Result;

/** Exact power where it is in reach, otherwise an estimate with intervals and the reason it is not exact. */
public record PowerAnalysis(PowerIndices exact, PowerEstimate estimate, String whyEstimated) {

    public static PowerAnalysis of(WeightedGame game) {
        Result<PowerIndices> exact = ExactPower.compute(game);
        if (exact.isOk()) {
            return new PowerAnalysis(exact.value(), null, null);
        }
        return new PowerAnalysis(null, EstimatedPower.estimate(game), exact.problems().get(0).message());
    }

    public boolean isExact() {
        return exact != null;
    }
}
