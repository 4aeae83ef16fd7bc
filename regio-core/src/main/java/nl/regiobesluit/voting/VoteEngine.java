package nl.regiobesluit.voting;

import nl.regiobesluit.shared.Fraction;
import nl.regiobesluit.shared.Problem;
import nl.regiobesluit.shared.Result;
import nl.regiobesluit.voting.power.PowerAnalysis;
import nl.regiobesluit.voting.power.WeightedGame;

import java.util.ArrayList;
import java.util.List;

/**
 * Computes a weighted vote from its inputs: the participating part of the composition, the scheme's weights,
 * the ballot checked against the members, the rule's decision, and the analysis.
 * The same inputs always give the same outcome; {@link #VERSION} names this computation.
 */
public final class VoteEngine {

    /**
     * Raised when a change to this computation could change any stored result.
     * <ul>
     * <li>{@code regiobesluit-vote/1}: the first.</li>
     * <li>{@code regiobesluit-vote/2}: the input fingerprint no longer holds where the composition was read from (a
     * machine's file path), and a result carries its fingerprint and a digest per input part. Every number is computed
     * as in /1; results /1 refused to compute (power out of reach of its exact counting) now have an estimate.</li>
     * <li>{@code regiobesluit-vote/3}: the power of a game whose weights need a common denominator of more than 61 bits
     * (scheme A over some twenty municipalities) is exact where meeting in the middle reaches it, on the exact weights;
     * where it does not, the estimate says why in those terms. Only such games are computed as /3: every other result
     * is computed exactly as /2 computes it and keeps that name, so no stored /2 result changes or gets a new version;
     * a /2 result of such a game (an estimate) is verified as /2 computed it.</li>
     * </ul>
     * Older results stay readable: {@code verify} recomputes a /1 result and writes it in the /1 form (no fingerprint
     * fields, the /1 fingerprint with the source) before comparing, because /2 computes every /1 number the same way.
     * The routing service sees a changed fingerprint on a /1 node and writes the /2 result as a new version.
     */
    public static final String VERSION = "regiobesluit-vote/2";

    /** The first computation version, whose results are still read and verified. */
    public static final String VERSION_1 = "regiobesluit-vote/1";

    /** The version of results of games with weights finer than 61 bits (see {@link #VERSION}). */
    public static final String VERSION_3 = "regiobesluit-vote/3";

    /** Versions whose stored results this engine recomputes exactly. */
    public static final java.util.List<String> READABLE_VERSIONS = java.util.List.of(VERSION_1, VERSION, VERSION_3);

    /** Bits of a common denominator beyond which a game's weights are finer than a long ({@code WeightedGame}). */
    private static final int LONG_WEIGHT_BITS = 61;

    private VoteEngine() {
    }

    public static Result<Weights> weights(Composition composition, List<String> municipalities, WeightingScheme scheme) {
        Result<Composition> part = municipalities == null ? Result.ok(composition) : composition.restrictTo(municipalities);
        return part.flatMap(scheme::weigh);
    }

    /** The version a result of these inputs is computed as now: /3 for weights finer than 61 bits, else /2. */
    public static String versionOf(VoteInputs inputs) {
        Result<Weights> weighed = weights(inputs.composition(), inputs.municipalities(), inputs.scheme());
        return weighed.isOk() ? versionOf(weighed.value()) : VERSION;
    }

    private static String versionOf(Weights weights) {
        return weights.commonDenominator().bitLength() > LONG_WEIGHT_BITS ? VERSION_3 : VERSION;
    }

    /** The result as this engine computes it now. */
    public static Result<VoteOutcome> decide(VoteInputs inputs) {
        return decide(inputs, null);
    }

    /**
     * The result as computation version {@code asVersion} computed it (null: as now), for verifying a stored result:
     * /1 and /2 refused exact power of games with weights finer than 61 bits and stored an estimate instead.
     */
    public static Result<VoteOutcome> decide(VoteInputs inputs, String asVersion) {
        boolean fineWeights = asVersion == null || VERSION_3.equals(asVersion);
        Result<Weights> weighed = weights(inputs.composition(), inputs.municipalities(), inputs.scheme());
        if (!weighed.isOk()) {
            return Result.rejected(weighed.problems());
        }
        Weights weights = weighed.value();
        Result<Ballot> ballot = Ballot.fromLists(weights, inputs.yes(), inputs.no(), inputs.abstain());
        if (!ballot.isOk()) {
            return Result.rejected(ballot.problems());
        }
        Result<WeightedGame> game = WeightedGame.of(weights, inputs.rule());
        if (!game.isOk()) {
            return Result.rejected(game.problems());
        }
        Decision decision = Decision.decide(weights, inputs.rule(), ballot.value());
        VoteAnalysis analysis = analyse(weights, inputs.rule(), ballot.value(), decision,
                PowerAnalysis.of(game.value(), fineWeights));
        return Result.ok(new VoteOutcome(inputs, fineWeights ? versionOf(weights) : VERSION, weights, decision, analysis));
    }

    static VoteAnalysis analyse(Weights weights, DecisionRule rule, Ballot ballot, Decision decision, PowerAnalysis power) {
        List<String> passAlone = new ArrayList<>();
        List<String> blockAlone = new ArrayList<>();
        List<String> pivotal = new ArrayList<>();
        Fraction largest = Fraction.ZERO;
        for (String m : weights.municipalities()) {
            if (Decision.decide(weights, rule, Ballot.bloc(weights, m, Vote.YES, Vote.NO)).passed()) {
                passAlone.add(m);
            }
            if (!Decision.decide(weights, rule, Ballot.bloc(weights, m, Vote.NO, Vote.YES)).passed()) {
                blockAlone.add(m);
            }
            if (decision.passed() && !Decision.decide(weights, rule, ballot.withoutYesOf(m)).passed()) {
                pivotal.add(m);
            }
            largest = largest.max(weights.municipalityWeight(m));
        }
        // A municipality passes alone under "at least t" exactly when its weight reaches t, so only thresholds
        // strictly above the largest municipal weight keep every municipality from passing alone; below one half
        // the simple majority (more than half) already does.
        Fraction noSinglePassAbove = largest.max(Fraction.HALF);
        return new VoteAnalysis(passAlone, blockAlone, pivotal, noSinglePassAbove, weights.differWithinMunicipality(), power);
    }

    /** Rejects a problem list as one message per line: for callers that report rather than handle. */
    public static String describe(List<Problem> problems) {
        return String.join("\n", problems.stream().map(Problem::describe).toList());
    }
}
