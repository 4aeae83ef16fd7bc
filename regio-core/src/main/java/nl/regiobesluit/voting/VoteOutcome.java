package nl.regiobesluit.voting;

/** A computed vote: its inputs, the version of the computation, the weights, the decision and its analysis. */
public record VoteOutcome(VoteInputs inputs, String computationVersion, Weights weights, Decision decision, VoteAnalysis analysis) {

    /** The same outcome, labelled with another computation version whose numbers are the same (to verify older results). */
    public VoteOutcome withComputationVersion(String version) {
        return new VoteOutcome(inputs, version, weights, decision, analysis);
    }

    public boolean passed() {
        return decision.passed();
    }
}
