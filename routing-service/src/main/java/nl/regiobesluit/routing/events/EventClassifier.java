package nl.regiobesluit.routing.events;

import static nl.regiobesluit.model.RbModel.*;

import java.util.Objects;
import java.util.Set;
import nl.regiobesluit.routing.config.RegiobesluitProperties;
import org.springframework.stereotype.Component;

/**
 * Decides which step an event concerns. It looks only at the event; every step then reads the node
 * fresh from Alfresco, so a stale or reordered event cannot move a route backwards.
 */
@Component
public class EventClassifier {

    /** Properties only the service writes: an update that changed nothing else is the service's own echo. */
    static final Set<String> SERVICE_PROPERTIES = Set.of(PROP_SUBMITTED_ON, PROP_DEADLINE, PROP_OVERDUE, PROP_ESCALATED_ON,
            PROP_DEVIATES_FROM_ADVICE, PROP_RESULT_SCHEME, PROP_RESULT_RULE, PROP_RESULT_PASSED, PROP_RESULT_YES_SHARE,
            PROP_RESULT_YES_SHARE_PCT, PROP_RESULT_YES_WEIGHT_PER_MUNICIPALITY, PROP_RESULT_DECISIVE_MUNICIPALITIES,
            PROP_RESULT_BLOCKING_MUNICIPALITIES, PROP_RESULT_PIVOTAL_MUNICIPALITIES, PROP_RESULT_POWER_SUMMARY,
            PROP_RESULT_WGR_ALLOWED, PROP_RESULT_COMPOSITION_DATE, PROP_RESULT_COMPUTATION_VERSION, PROP_RESULT_INPUT_HASH,
            PROP_RESULT_JSON);

    private final String serviceUser;

    public EventClassifier(RegiobesluitProperties properties) {
        this.serviceUser = properties.serviceUser();
    }

    public Trigger classify(RepoEvent event) {
        if (event.peerAssoc() != null) {
            RepoEvent.PeerAssoc a = event.peerAssoc();
            if (RepoEvent.PEER_ASSOC_CREATED.equals(event.type()) && ASSOC_PROPOSAL_ADVICE.equals(a.assocType())) {
                return new Trigger(Trigger.Step.COMMITTEE, a.sourceId(), null,
                        "committee-link:" + a.sourceId() + ":" + a.targetId(), "advice linked to proposal");
            }
            return Trigger.ignore(a.sourceId(), "association " + a.assocType() + " is not part of the route");
        }
        RepoEvent.Node node = event.node();
        if (node == null) {
            return Trigger.ignore(null, event.type() + " is not part of the route");
        }
        if (!RepoEvent.NODE_CREATED.equals(event.type()) && !RepoEvent.NODE_UPDATED.equals(event.type())) {
            return Trigger.ignore(node.id(), event.type() + " is not part of the route");
        }
        if (serviceUser.equals(node.modifiedBy())) {
            return Trigger.ignore(node.id(), "the service's own write");
        }
        if (isOnlyServiceChange(event)) {
            return Trigger.ignore(node.id(), "only service-owned properties changed");
        }
        if (TYPE_DECISION_RECORD.equals(node.nodeType()) && Boolean.TRUE.equals(asBoolean(node.property(PROP_FINALIZED)))
                && !node.hasAspect("cm:lockable")) {
            // Marked final and not yet protected: complete the archival metadata, then lock (or declare) the record.
            return new Trigger(Trigger.Step.FINALIZE, node.id(), node.modifiedBy(), "finalize:" + node.id() + ":" + event.id(),
                    "decision record marked final");
        }
        if (node.hasAspect(ASPECT_VOTES) && !TYPE_PROPOSAL.equals(node.nodeType())) {
            // The decision-record behaviour: (re)compute the weighted result. Keyed on the event, not on the votes:
            // a vote corrected back to an earlier state must be computed again; the stored input fingerprint keeps
            // two events for one change from writing twice.
            return new Trigger(Trigger.Step.VOTE, node.id(), node.modifiedBy(), "vote:" + node.id() + ":" + event.id(),
                    "votes recorded on " + node.nodeType());
        }
        return switch (node.nodeType()) {
            case TYPE_PROPOSAL -> proposal(node);
            case TYPE_ADVICE -> new Trigger(Trigger.Step.COMMITTEE_ADVICE, node.id(), node.modifiedBy(),
                    "committee-advice:" + node.id() + ":" + node.property(PROP_ADVICE_KIND) + ":" + node.property(PROP_RESULT_PASSED),
                    "advice recorded");
            case TYPE_COUNCIL_DECISION -> councilDecision(node);
            default -> Trigger.ignore(node.id(), "type " + node.nodeType() + " is not part of the route");
        };
    }

    private Trigger proposal(RepoEvent.Node node) {
        if (!node.hasAspect(ASPECT_ROUTED)) {
            return Trigger.ignore(node.id(), "proposal is not routed");
        }
        if (!STATUS_SUBMITTED.equals(node.property(PROP_ROUTE_STATUS))) {
            return Trigger.ignore(node.id(), "proposal status " + node.property(PROP_ROUTE_STATUS) + " starts nothing");
        }
        return new Trigger(Trigger.Step.INTAKE, node.id(), node.modifiedBy(), "intake:" + node.id(), "proposal submitted");
    }

    private Trigger councilDecision(RepoEvent.Node node) {
        Object outcome = node.property(PROP_COUNCIL_OUTCOME);
        if (outcome == null || OUTCOME_PENDING.equals(outcome)) {
            return Trigger.ignore(node.id(), "council decision still pending");
        }
        return new Trigger(Trigger.Step.COLLECT, node.id(), node.modifiedBy(), "collect:" + node.id() + ":" + outcome,
                "council decided " + outcome);
    }

    private static Boolean asBoolean(Object value) {
        return value == null ? null : value instanceof Boolean b ? b : Boolean.valueOf(value.toString());
    }

    private static boolean isOnlyServiceChange(RepoEvent event) {
        RepoEvent.Before before = event.before();
        if (!RepoEvent.NODE_UPDATED.equals(event.type()) || before == null || before.properties() == null
                || before.properties().isEmpty()) {
            return false;
        }
        boolean aspectsChanged = before.aspectNames() != null
                && !Objects.equals(Set.copyOf(before.aspectNames()), Set.copyOf(event.node().aspectNames()));
        return !aspectsChanged && SERVICE_PROPERTIES.containsAll(before.properties().keySet());
    }
}
