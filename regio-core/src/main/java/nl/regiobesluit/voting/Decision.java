package nl.regiobesluit.voting;

import java.math.BigInteger;

import nl.regiobesluit.shared.Fraction;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a rule decides on a ballot, with the exact weights it was decided on.
 * {@code yesShare} is the yes weight as a share of the rule's base (0 when nothing was cast).
 */
public record Decision(boolean passed, Reason reason, Fraction yesWeight, Fraction noWeight, Fraction abstainWeight,
                       Fraction baseWeight, Fraction yesShare, Map<String, Fraction> yesWeightPerMunicipality,
                       List<String> municipalitiesInFavour) {

    public enum Reason {
        PASSED("aangenomen / passed"),
        THRESHOLD_NOT_MET("drempel niet gehaald / threshold not met"),
        TIE("staking van stemmen / tie"),
        NO_QUORUM("geen quorum / no quorum"),
        TOO_FEW_MUNICIPALITIES("te weinig gemeenten voor / too few municipalities in favour"),
        NO_VOTES_CAST("geen stemmen uitgebracht / no votes cast");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Decision {
        yesWeightPerMunicipality = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(yesWeightPerMunicipality));
        municipalitiesInFavour = List.copyOf(municipalitiesInFavour);
    }

    /** Applies {@code rule} to {@code ballot}: quorum, then votes cast, tie, threshold and municipalities in favour. */
    public static Decision decide(Weights weights, DecisionRule rule, Ballot ballot) {
        // Summed as numerators over the weights' common denominator and reduced once at the end: the same fractions as
        // adding them one by one, without a gcd per addition.
        BigInteger yesSum = BigInteger.ZERO;
        BigInteger noSum = BigInteger.ZERO;
        BigInteger abstainSum = BigInteger.ZERO;
        Map<String, BigInteger> yesPerSum = new LinkedHashMap<>();
        Map<String, BigInteger> basePerSum = new LinkedHashMap<>();
        for (String m : weights.municipalities()) {
            yesPerSum.put(m, BigInteger.ZERO);
            basePerSum.put(m, BigInteger.ZERO);
        }
        for (Map.Entry<MemberId, BigInteger> e : weights.scaledWeights().entrySet()) {
            MemberId member = e.getKey();
            BigInteger w = e.getValue();
            Vote vote = ballot.voteOf(member);
            String m = member.municipality();
            switch (vote) {
                case YES -> {
                    yesSum = yesSum.add(w);
                    yesPerSum.merge(m, w, BigInteger::add);
                }
                case NO -> noSum = noSum.add(w);
                case ABSTAIN -> abstainSum = abstainSum.add(w);
                case ABSENT -> {
                }
            }
            if (rule.base() == DecisionRule.Base.ALL || vote == Vote.YES || vote == Vote.NO) {
                basePerSum.merge(m, w, BigInteger::add);
            }
        }
        BigInteger d = weights.commonDenominator();
        Fraction yes = Fraction.of(yesSum, d);
        Fraction no = Fraction.of(noSum, d);
        Fraction abstain = Fraction.of(abstainSum, d);
        Map<String, Fraction> yesPer = new LinkedHashMap<>();
        Map<String, Fraction> basePer = new LinkedHashMap<>();
        yesPerSum.forEach((m, sum) -> yesPer.put(m, Fraction.of(sum, d)));
        basePerSum.forEach((m, sum) -> basePer.put(m, Fraction.of(sum, d)));
        Fraction base = rule.base() == DecisionRule.Base.ALL ? weights.total() : yes.add(no);
        Fraction share = base.isZero() ? Fraction.ZERO : yes.divide(base);
        List<String> inFavour = weights.municipalities().stream()
                .filter(m -> !basePer.get(m).isZero() && yesPer.get(m).compareTo(basePer.get(m).multiply(Fraction.HALF)) > 0)
                .toList();
        Reason reason;
        Fraction present = yes.add(no).add(abstain);
        if (rule.quorum() != null && present.compareTo(weights.total().multiply(rule.quorum())) < 0) {
            reason = Reason.NO_QUORUM;
        } else if (yes.add(no).isZero()) {
            reason = Reason.NO_VOTES_CAST;
        } else if (yes.equals(no)) {
            reason = Reason.TIE;
        } else if (!rule.thresholdMet(yes, base)) {
            reason = Reason.THRESHOLD_NOT_MET;
        } else if (inFavour.size() < rule.minMunicipalities()) {
            reason = Reason.TOO_FEW_MUNICIPALITIES;
        } else {
            reason = Reason.PASSED;
        }
        return new Decision(reason == Reason.PASSED, reason, yes, no, abstain, base, share, yesPer, inFavour);
    }
}
