package nl.regiobesluit.routing.behaviour;

import nl.regiobesluit.criteria.RouteIndicators;
import nl.regiobesluit.routing.CooperationModel;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import static nl.regiobesluit.model.RbModel.*;

/**
 * The {@code rb:modelCriteria} properties of a decision record: the cooperation model, ambition and policy domain
 * it was decided under, and the indicators measured from its route (each informs the criteria named in
 * {@link nl.regiobesluit.criteria.Indicator}). The judgment properties are left to people.
 */
public final class ModelCriteriaProperties {

    private ModelCriteriaProperties() {
    }

    public static Map<String, Object> of(RouteIndicators i, CooperationModel model, String ambition, String policyDomain,
                                         OffsetDateTime computedOn) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(PROP_CRITERIA_COOPERATION_MODEL, model == null ? null : model.name());
        p.put(PROP_CRITERIA_AMBITION, ambition);
        p.put(PROP_CRITERIA_POLICY_DOMAIN, policyDomain);
        p.put(PROP_LEAD_TIME_DAYS, i.leadTimeDays());
        p.put(PROP_MET_TARGET, i.metTarget());
        p.put(PROP_CONSENSUS_WITHOUT_VOTE, i.consensusWithoutVote());
        p.put(PROP_COUNCILS_ADOPTED, i.adopted());
        p.put(PROP_COUNCILS_AMENDED, i.amended());
        p.put(PROP_COUNCILS_REJECTED, i.rejected());
        p.put(PROP_COUNCILS_POSTPONED, i.postponed());
        p.put(PROP_DEVIATIONS, i.deviations());
        p.put(PROP_DEVIATIONS_ACCOUNTED_FOR, i.deviationsAccountedFor());
        p.put(PROP_SOCIETAL_PARTNER_COUNT, i.societalPartners());
        p.put(PROP_DECISIVE_MUNICIPALITY, i.decisiveMunicipality());
        p.put(PROP_ONE_VOICE, i.oneVoice());
        p.put(PROP_CRITERIA_COMPUTED_ON, computedOn == null ? null : computedOn.toString());
        return p;
    }

    /** The properties that measure the route: equal values mean nothing needs writing again. */
    public static Map<String, Object> measured(Map<String, Object> properties) {
        Map<String, Object> m = new LinkedHashMap<>(properties);
        m.remove(PROP_CRITERIA_COMPUTED_ON);
        return m;
    }
}
