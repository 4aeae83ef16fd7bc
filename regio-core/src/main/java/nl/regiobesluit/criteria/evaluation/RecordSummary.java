package nl.regiobesluit.criteria.evaluation;

import nl.regiobesluit.criteria.RouteFacts;
import nl.regiobesluit.criteria.RouteIndicators;
import nl.regiobesluit.routing.CooperationModel;
import nl.regiobesluit.routing.RoutePolicy;
import nl.regiobesluit.shared.Result;
import nl.regiobesluit.voting.DecisionRule;
import nl.regiobesluit.voting.power.PowerIndices;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the evaluation needs of one finalized decision record ({@code rb:decisionRecord} with its
 * {@code rb:modelCriteria} and {@code rb:voteResult} aspects): enough to aggregate, nothing to recompute.
 * The indicators are taken as stored on the record, because the record is what the region decided on;
 * the per-council decisions are kept beside them for the table per council.
 *
 * @param id             the record's identification (archive identification or node id)
 * @param title          the title of the proposal
 * @param decidedOn      the day the route closed ({@code rb:decidedOn}); selects the record into a period
 * @param model          the cooperation model it was decided under
 * @param ambition       the ambition (theme) of the regional vision, e.g. {@code WONEN}; may be null
 * @param policyDomain   the policy domain, e.g. {@code RUIMTE_EN_WONEN}; may be null
 * @param theme          the proposal's theme ({@code rb:theme}: free text the griffie types in Share's "Thema" field,
 *                       which also picks the routing service's per-theme settings); may be null
 * @param municipalities the participating municipalities
 * @param councils       each routed council's decision (empty when the regional body decided itself)
 * @param outcome        whether the route ended in a regional decision ({@code rb:recordOutcome})
 * @param indicators     the indicators measured from the route ({@code rb:modelCriteria})
 * @param power          the power of each municipality in the vote, or null when there was no weighted vote
 */
public record RecordSummary(String id, String title, LocalDate decidedOn, CooperationModel model, String ambition,
                            String policyDomain, String theme, List<String> municipalities, List<RouteFacts.CouncilFact> councils,
                            RoutePolicy.RecordOutcome outcome, RouteIndicators indicators, VotePower power) {

    /**
     * The power of each municipality under the scheme and rule the vote used (from {@code rb:resultPowerSummary}),
     * as exact normalized Banzhaf and Shapley–Shubik indices.
     */
    public record VotePower(String scheme, String rule, List<PowerIndices.MunicipalityPower> municipalities) {

        public VotePower {
            Objects.requireNonNull(scheme, "scheme");
            Objects.requireNonNull(rule, "rule");
            municipalities = List.copyOf(municipalities);
        }

        /**
         * How the evaluation groups votes: the same scheme and rule give comparable power. The rule is written in its
         * canonical form when it parses, so "qualified:0.70" and "qualified:7/10,base=all" are one group.
         */
        public String ruleLabel() {
            return "schema " + scheme + ", " + canonicalRule();
        }

        public String canonicalRule() {
            Result<DecisionRule> parsed = DecisionRule.parse(rule);
            return parsed.isOk() ? parsed.value().spec() : rule;
        }
    }

    public RecordSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(decidedOn, "decidedOn");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(indicators, "indicators");
        title = title == null ? "" : title;
        theme = theme == null || theme.isBlank() ? null : theme.trim();
        municipalities = List.copyOf(municipalities);
        councils = List.copyOf(councils);
        // Readers of stored records check these as rejections; a summary built in code that breaks them is a bug.
        if (indicators.amended() > indicators.adopted()) {
            throw new IllegalArgumentException("record " + id + ": " + indicators.amended() + " councils amended but only "
                    + indicators.adopted() + " adopted (adopted includes amended)");
        }
        if (indicators.deviationsAccountedFor() > indicators.deviations()) {
            throw new IllegalArgumentException("record " + id + ": " + indicators.deviationsAccountedFor()
                    + " deviations accounted for but only " + indicators.deviations() + " made");
        }
    }

    public boolean consensusWithoutVote() {
        return indicators.consensusWithoutVote();
    }

    /** The one municipality whose votes alone made the difference, or null. */
    public String decisiveMunicipality() {
        return indicators.decisiveMunicipality();
    }

    /** Whether a regional body (regiocommissie, regioraad, general board) deliberated, so consensus could be sought. */
    public boolean hadRegionalBody() {
        return model.policy().bodyRole() != RoutePolicy.BodyRole.NONE;
    }

    public boolean hadWeightedVote() {
        return power != null;
    }
}
