package nl.regiobesluit.voting.power;

import nl.regiobesluit.voting.MemberId;

import java.util.List;

/**
 * Estimated power where an exact answer is out of reach: point estimates with 95% intervals, from a
 * seeded sample so that the estimate itself can be repeated. Always labelled as an estimate.
 */
public record PowerEstimate(long permutations, long coalitions, long seed, List<MemberEstimate> members,
                            List<MunicipalityEstimate> municipalities) {

    /** An estimate with its 95% interval. */
    public record Interval(double estimate, double low, double high) {
    }

    /** {@code swingProbability}: the absolute Banzhaf index; {@code banzhaf}: normalized over all members. */
    public record MemberEstimate(MemberId member, Interval swingProbability, Interval banzhaf, Interval shapleyShubik) {
    }

    public record MunicipalityEstimate(String municipality, Interval banzhaf, Interval shapleyShubik) {
    }

    public PowerEstimate {
        members = List.copyOf(members);
        municipalities = List.copyOf(municipalities);
    }
}
