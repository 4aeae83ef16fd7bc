package nl.regiobesluit.voting;

/** A computed vote: its inputs, the version of the computation, the weights, the decision and its analysis. */
public record VoteOutcome(VoteInputs inputs, String computationVersion, Weights weights, Decision decision, VoteAnalysis analysis) {

    public boolean passed() {
        return decision.passed();
    }
}
