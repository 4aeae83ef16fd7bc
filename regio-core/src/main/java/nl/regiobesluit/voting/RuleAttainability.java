package nl.regiobesluit.voting;

import nl.regiobesluit.shared.Excerpt;
import nl.regiobesluit.shared.Problem;
import nl.regiobesluit.shared.Result;

/**
 * Refuses a decision rule that no ballot of these participants can pass, and says why: a double majority that asks for
 * more municipalities in favour than take part, or a rule whose threshold the full weight cannot reach.
 *
 * <p>Every rule here is monotone: a yes vote never turns a passing ballot into a failing one (more yes weight, more
 * municipalities in favour, more weight present). So the rule can pass at all exactly when the ballot in which every
 * member votes yes passes, and that is the one ballot this policy decides.
 */
public final class RuleAttainability {

    private RuleAttainability() {
    }

    public static Result<DecisionRule> check(DecisionRule rule, Weights weights) {
        Ballot everyoneYes = Ballot.of(weights.members().stream()
                .collect(java.util.stream.Collectors.toMap(m -> m, m -> Vote.YES, (a, b) -> a, java.util.LinkedHashMap::new)));
        Decision best = Decision.decide(weights, rule, everyoneYes);
        if (best.passed()) {
            return Result.ok(rule);
        }
        String shown = Excerpt.quoted(rule.spec(), 30);
        int participating = weights.municipalities().size();
        if (best.reason() == Decision.Reason.TOO_FEW_MUNICIPALITIES) {
            int canFavour = best.municipalitiesInFavour().size();
            String withWeight = canFavour < participating ? " (" + canFavour + " met gewicht)" : "";
            String withWeightEn = canFavour < participating ? " (" + canFavour + " with weight)" : "";
            return Result.rejected(Problem.bilingualAt(null, 0, "rule",
                    shown + " kan nooit slagen: vraagt " + rule.minMunicipalities() + " gemeenten met een meerderheid voor, er nemen er "
                            + participating + " deel" + withWeight,
                    shown + " can never pass: needs " + rule.minMunicipalities() + " municipalities with a majority in favour, only "
                            + participating + " take part" + withWeightEn));
        }
        return Result.rejected(Problem.bilingualAt(null, 0, "rule",
                shown + " kan nooit slagen, ook niet als alle " + participating + " gemeenten voor stemmen (" + best.reason().name() + ")",
                shown + " can never pass, not even when all " + participating + " municipalities vote yes (" + best.reason().name() + ")"));
    }
}
