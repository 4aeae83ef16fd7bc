package nl.regiobesluit.arrangement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The vote weights (stemverhouding) in an arrangement's general board from {@code validFrom}: a weight per
 * participant, where they come from ({@code source}, e.g. the article of the regulation) and how they were found
 * ({@code formula}); {@code scheme} names the weighting engine's scheme when the formula is one of them
 * ({@code nl.regiobesluit.voting.WeightingScheme}, stored by name; {@link GrRecordsJson} refuses a name the engine
 * does not have).
 */
public record VoteWeights(LocalDate validFrom, Map<String, BigDecimal> weights, String source, String formula,
                          Optional<String> scheme) {

    public VoteWeights {
        Objects.requireNonNull(validFrom, "validFrom");
        weights = Map.copyOf(weights);
        scheme = scheme == null ? Optional.empty() : scheme;
    }

    /** The weights as shares of their total, in percent (two decimals); empty weights give an empty map. */
    public Map<String, BigDecimal> percentages() {
        BigDecimal total = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.signum() == 0) {
            return Map.of();
        }
        java.util.Map<String, BigDecimal> out = new java.util.TreeMap<>();
        weights.forEach((m, w) -> out.put(m, w.multiply(BigDecimal.valueOf(100)).divide(total, 2, java.math.RoundingMode.HALF_UP)));
        return out;
    }
}
