package nl.regiobesluit.routing.behaviour;

import nl.regiobesluit.voting.VoteOutcome;
import nl.regiobesluit.voting.VoteOutcomeJson;
import nl.regiobesluit.voting.power.PowerEstimate;
import nl.regiobesluit.voting.power.PowerIndices;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static nl.regiobesluit.model.RbModel.*;

/**
 * The {@code rb:voteResult} properties of a computed vote, as written to the node. Every number is also in
 * {@code rb:resultJson} with all its inputs, so the summary properties are for searching and reading only;
 * {@code rb:resultInputHash} tells a later event whether the stored result still answers the current votes.
 */
public final class VoteResultProperties {

    private VoteResultProperties() {
    }

    public static Map<String, Object> of(VoteOutcome outcome, LocalDate compositionDate) {
        return of(outcome, compositionDate, VoteOutcomeJson.fingerprint(outcome.inputs()));
    }

    /** As {@link #of(VoteOutcome, LocalDate)}, with the fingerprint of its inputs already taken (it is not cheap). */
    public static Map<String, Object> of(VoteOutcome outcome, LocalDate compositionDate, String inputFingerprint) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(PROP_RESULT_SCHEME, outcome.inputs().scheme().name());
        p.put(PROP_RESULT_RULE, outcome.inputs().rule().spec());
        p.put(PROP_RESULT_PASSED, outcome.passed());
        p.put(PROP_RESULT_YES_SHARE, outcome.decision().yesShare().toString());
        p.put(PROP_RESULT_YES_SHARE_PCT, outcome.decision().yesShare().toPercent(4).doubleValue());
        List<String> perMunicipality = new ArrayList<>();
        outcome.decision().yesWeightPerMunicipality().forEach((m, w) -> perMunicipality.add(m + "=" + w));
        p.put(PROP_RESULT_YES_WEIGHT_PER_MUNICIPALITY, perMunicipality);
        p.put(PROP_RESULT_DECISIVE_MUNICIPALITIES, outcome.analysis().couldPassAlone());
        p.put(PROP_RESULT_BLOCKING_MUNICIPALITIES, outcome.analysis().couldBlockAlone());
        p.put(PROP_RESULT_PIVOTAL_MUNICIPALITIES, outcome.analysis().pivotal());
        p.put(PROP_RESULT_POWER_SUMMARY, powerSummary(outcome));
        p.put(PROP_RESULT_WGR_ALLOWED, outcome.analysis().wgrFormalVoteAllowed());
        p.put(PROP_RESULT_COMPOSITION_DATE, compositionDate == null ? null : compositionDate.toString());
        p.put(PROP_RESULT_COMPUTATION_VERSION, outcome.computationVersion());
        p.put(PROP_RESULT_INPUT_HASH, inputFingerprint);
        p.put(PROP_RESULT_JSON, VoteOutcomeJson.write(outcome));
        return p;
    }

    /** One line per municipality, Dutch first: "Leiden: Banzhaf 55,78% · Shapley-Shubik 61,50%". */
    static String powerSummary(VoteOutcome outcome) {
        List<String> parts = new ArrayList<>();
        if (outcome.analysis().power().isExact()) {
            for (PowerIndices.MunicipalityPower m : outcome.analysis().power().exact().municipalities()) {
                parts.add(m.municipality() + ": Banzhaf " + m.banzhaf().toPercent(2) + "% · Shapley-Shubik "
                        + m.shapleyShubik().toPercent(2) + "%");
            }
        } else {
            for (PowerEstimate.MunicipalityEstimate m : outcome.analysis().power().estimate().municipalities()) {
                parts.add(String.format(java.util.Locale.ROOT, "%s: Banzhaf ≈ %.2f%% · Shapley-Shubik ≈ %.2f%% (schatting / estimate)",
                        m.municipality(), 100 * m.banzhaf().estimate(), 100 * m.shapleyShubik().estimate()));
            }
        }
        return String.join("; ", parts);
    }
}
