package nl.regiobesluit.voting;

import java.math.BigInteger;

import nl.regiobesluit.shared.Fraction;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The exact voting weight (stemgewicht) of every member under one scheme, in composition order; they sum to 1. */
public final class Weights {

    private final WeightingScheme scheme;
    private final Map<MemberId, Fraction> byMember;
    // Weights never change, and every decision (one per municipality in the analysis of each vote) asks for these.
    private final Fraction total;
    private final List<String> municipalities;
    // Every weight over one common denominator: a decision sums numerators (BigInteger additions) and reduces each sum
    // once, where adding fractions reduced after every step (a gcd each time, most of a vote's CPU; JFR, issue 13).
    private final BigInteger commonDenominator;
    private final Map<MemberId, BigInteger> scaled;

    Weights(WeightingScheme scheme, Map<MemberId, Fraction> byMember) {
        this.scheme = scheme;
        this.byMember = Collections.unmodifiableMap(new LinkedHashMap<>(byMember));
        this.total = this.byMember.values().stream().reduce(Fraction.ZERO, Fraction::add);
        this.municipalities = this.byMember.keySet().stream().map(MemberId::municipality).distinct().toList();
        BigInteger lcm = BigInteger.ONE;
        for (Fraction w : this.byMember.values()) {
            BigInteger d = w.denominator();
            lcm = lcm.divide(lcm.gcd(d)).multiply(d);
        }
        this.commonDenominator = lcm;
        Map<MemberId, BigInteger> s = new LinkedHashMap<>();
        for (Map.Entry<MemberId, Fraction> e : this.byMember.entrySet()) {
            s.put(e.getKey(), e.getValue().numerator().multiply(lcm.divide(e.getValue().denominator())));
        }
        this.scaled = Collections.unmodifiableMap(s);
    }

    /** The denominator every weight is expressed over in {@link #scaledWeights()}. */
    public BigInteger commonDenominator() {
        return commonDenominator;
    }

    /** Each member's weight times {@link #commonDenominator()} (a whole number), in member order. */
    public Map<MemberId, BigInteger> scaledWeights() {
        return scaled;
    }

    public WeightingScheme scheme() {
        return scheme;
    }

    public List<MemberId> members() {
        return new ArrayList<>(byMember.keySet());
    }

    public Map<MemberId, Fraction> asMap() {
        return byMember;
    }

    public Fraction of(MemberId member) {
        Fraction w = byMember.get(member);
        if (w == null) {
            throw new IllegalArgumentException("not a member: " + member);
        }
        return w;
    }

    public boolean isMember(MemberId member) {
        return byMember.containsKey(member);
    }

    public Fraction total() {
        return total;
    }

    /** Municipalities in composition order. */
    public List<String> municipalities() {
        return municipalities;
    }

    public Fraction municipalityWeight(String municipality) {
        return byMember.entrySet().stream().filter(e -> e.getKey().municipality().equals(municipality))
                .map(Map.Entry::getValue).reduce(Fraction.ZERO, Fraction::add);
    }

    /**
     * True when two members of one municipality weigh differently. The Wet gemeenschappelijke regelingen
     * allows differences between municipalities in a formal general board, not within one.
     */
    public boolean differWithinMunicipality() {
        Map<String, Fraction> first = new LinkedHashMap<>();
        for (Map.Entry<MemberId, Fraction> e : byMember.entrySet()) {
            Fraction earlier = first.putIfAbsent(e.getKey().municipality(), e.getValue());
            if (earlier != null && !earlier.equals(e.getValue())) {
                return true;
            }
        }
        return false;
    }
}
