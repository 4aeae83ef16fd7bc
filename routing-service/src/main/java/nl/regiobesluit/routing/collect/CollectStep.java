package nl.regiobesluit.routing.collect;

import static nl.regiobesluit.model.RbModel.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.regiobesluit.routing.AdviceKind;
import nl.regiobesluit.routing.CouncilOutcome;
import nl.regiobesluit.routing.Deviation;
import nl.regiobesluit.routing.RoutePolicy;
import nl.regiobesluit.routing.RouteProgress;
import nl.regiobesluit.routing.RouteStatus;
import nl.regiobesluit.routing.alfresco.AlfrescoRepository;
import nl.regiobesluit.routing.alfresco.RepoNode;
import nl.regiobesluit.routing.camel.RouteHeaders;
import nl.regiobesluit.routing.committee.CommitteeStep;
import nl.regiobesluit.routing.config.RegiobesluitProperties;
import nl.regiobesluit.routing.config.ThemeSettings;
import org.apache.camel.Header;
import org.springframework.stereotype.Component;

/**
 * Collect: one council's decision. A decision that deviates from the advice gets a follow-up agenda item
 * for the regiocommissie; the route is complete when every participating council has a non-PENDING
 * decision, as read from Alfresco — never by counting messages.
 */
@Component
public class CollectStep {

    /** What collecting one decision found. */
    public record Result(String proposalId, String municipality, boolean deviates, boolean complete) {
    }

    private final AlfrescoRepository alfresco;
    private final ThemeSettings settings;
    private final CommitteeStep committee;
    private final RegiobesluitProperties properties;

    public CollectStep(AlfrescoRepository alfresco, ThemeSettings settings, CommitteeStep committee, RegiobesluitProperties properties) {
        this.alfresco = alfresco;
        this.settings = settings;
        this.committee = committee;
        this.properties = properties;
    }

    /** Null when the decision is still pending, belongs to no proposal, or its route is already closed. */
    public Result collect(@Header(RouteHeaders.NODE_ID) String decisionId) {
        RepoNode decision = alfresco.node(decisionId);
        CouncilOutcome outcome = CouncilOutcome.parse(decision.text(PROP_COUNCIL_OUTCOME)).orElse(CouncilOutcome.PENDING);
        if (!outcome.isDecided()) {
            return null;
        }
        List<RepoNode> proposals = alfresco.sources(decisionId, ASSOC_PROPOSAL_COUNCIL_DECISIONS);
        if (proposals.isEmpty()) {
            return null;
        }
        RepoNode proposal = alfresco.node(proposals.get(0).id());
        // Any open route: a quick council may decide before dispatch has finished marking the proposal DISPATCHED.
        // A decided route too: decisions that arrive together, or late, still get their deviation, follow-up and
        // their place in the record's indicators ('ja, mits' holds after closing as well).
        RouteStatus status = RouteStatus.parse(proposal.text(PROP_ROUTE_STATUS)).orElse(null);
        if (status == null || !(status.isOpen() || status == RouteStatus.DECIDED)) {
            return null;
        }
        RoutePolicy policy = committee.policy(proposal);
        String municipality = decision.text(PROP_MUNICIPALITY);
        RepoNode advice = policy.bodyRole() == RoutePolicy.BodyRole.NONE ? null : committee.readyAdvice(proposal.id(), policy.bodyRole());
        AdviceKind adviceKind = advice == null ? null : AdviceKind.parse(advice.text(PROP_ADVICE_KIND)).orElse(null);
        boolean deviates = Deviation.deviates(adviceKind, outcome);
        if (!Boolean.valueOf(deviates).equals(decision.bool(PROP_DEVIATES_FROM_ADVICE))) {
            alfresco.update(decisionId, Map.of(PROP_DEVIATES_FROM_ADVICE, deviates), null);
        }
        if (deviates) {
            ensureFollowUp(proposal, municipality, outcome);
        }
        return new Result(proposal.id(), municipality, deviates, progress(proposal, policy).everyCouncilDecided());
    }

    public RouteProgress progress(RepoNode proposal, RoutePolicy policy) {
        List<String> councils = policy.councils(settings.participants(proposal.text(PROP_THEME),
                proposal.texts(PROP_PARTICIPATING_MUNICIPALITIES)));
        Map<String, CouncilOutcome> outcomes = new LinkedHashMap<>();
        for (RepoNode d : alfresco.targets(proposal.id(), ASSOC_PROPOSAL_COUNCIL_DECISIONS)) {
            String m = d.text(PROP_MUNICIPALITY);
            if (m != null) {
                outcomes.put(m, CouncilOutcome.parse(d.text(PROP_COUNCIL_OUTCOME)).orElse(CouncilOutcome.PENDING));
            }
        }
        return new RouteProgress(councils, outcomes);
    }

    /** One follow-up item per council per proposal, however often the decision's event arrives. */
    private void ensureFollowUp(RepoNode proposal, String municipality, CouncilOutcome outcome) {
        boolean exists = alfresco.sources(proposal.id(), ASSOC_AGENDA_ITEM_PROPOSAL).stream()
                .anyMatch(a -> AGENDA_ITEM_DEVIATION_FOLLOW_UP.equals(a.text(PROP_AGENDA_ITEM_KIND))
                        && municipality.equals(a.text(PROP_FOLLOW_UP_MUNICIPALITY)));
        if (exists) {
            return;
        }
        String folder = properties.region().committee().agendaFolder();
        if (folder == null || folder.isBlank()) {
            throw new IllegalStateException("regiobesluit.region.committee.agenda-folder is not configured");
        }
        Map<String, Object> props = new LinkedHashMap<>();
        props.put(PROP_AGENDA_ITEM_KIND, AGENDA_ITEM_DEVIATION_FOLLOW_UP);
        props.put(PROP_FOLLOW_UP_MUNICIPALITY, municipality);
        props.put("cm:title", "Verantwoording afwijking " + municipality + " (" + outcome + "): " + proposal.label(PROP_PROPOSAL_NUMBER));
        RepoNode item = alfresco.createOrAdopt(folder, "Afwijking " + municipality + " - " + proposal.name(), TYPE_AGENDA_ITEM, props,
                proposal.id(), ASSOC_AGENDA_ITEM_PROPOSAL);
        alfresco.link(item.id(), proposal.id(), ASSOC_AGENDA_ITEM_PROPOSAL);
    }
}
