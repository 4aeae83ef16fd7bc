package nl.regiobesluit.routing.close;

import static nl.regiobesluit.model.RbModel.*;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.regiobesluit.routing.CommitteeAdvice;
import nl.regiobesluit.routing.RoutePolicy;
import nl.regiobesluit.routing.RouteProgress;
import nl.regiobesluit.routing.RouteStatus;
import nl.regiobesluit.routing.alfresco.AlfrescoDates;
import nl.regiobesluit.routing.alfresco.AlfrescoRepository;
import nl.regiobesluit.routing.alfresco.RepoNode;
import nl.regiobesluit.routing.behaviour.NodeLocks;
import nl.regiobesluit.routing.camel.RouteHeaders;
import nl.regiobesluit.routing.collect.CollectStep;
import nl.regiobesluit.routing.committee.CommitteeStep;
import nl.regiobesluit.routing.config.RegiobesluitProperties;
import org.apache.camel.Header;
import org.springframework.stereotype.Component;

/**
 * Close: the proposal becomes DECIDED and gets an rb:decisionRecord. The record's full metadata (vote result,
 * model criteria, archival) is the decision-record behaviour's; this step writes the per-council outcomes.
 */
@Component
public class CloseStep {

    private final AlfrescoRepository alfresco;
    private final CommitteeStep committee;
    private final CollectStep collect;
    private final RegiobesluitProperties properties;
    private final Clock clock;
    private final NodeLocks locks;

    public CloseStep(AlfrescoRepository alfresco, CommitteeStep committee, CollectStep collect,
                     RegiobesluitProperties properties, Clock clock, NodeLocks locks) {
        this.locks = locks;
        this.alfresco = alfresco;
        this.committee = committee;
        this.collect = collect;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Returns the decision record's id, or null when the route is not (or no longer) ready to close. Events of
     * different councils' decisions are handled at the same time, so two of them can offer one proposal to close
     * together: the lock on the proposal makes the second find it DECIDED, and a route closes exactly once.
     */
    public String close(@Header(RouteHeaders.PROPOSAL_ID) String proposalId) {
        return locks.with(proposalId, () -> closeLocked(proposalId));
    }

    private String closeLocked(String proposalId) {
        RepoNode p = alfresco.node(proposalId);
        RouteStatus status = RouteStatus.parse(p.text(PROP_ROUTE_STATUS)).orElse(null);
        if (status == null || !status.canMoveTo(RouteStatus.DECIDED)) {
            return null;
        }
        RoutePolicy policy = committee.policy(p);
        RouteProgress progress = collect.progress(p, policy);
        Boolean bodyPassed = null;
        if (policy.routesToCouncils()) {
            if (!progress.everyCouncilDecided()) {
                return null;
            }
        } else {
            RepoNode advice = committee.readyAdvice(proposalId, policy.bodyRole());
            if (advice == null) {
                return null;
            }
            bodyPassed = CommitteeStep.advice(advice).bodyPassed();
        }
        List<RepoNode> existing = alfresco.targets(proposalId, ASSOC_PROPOSAL_DECISION_RECORD);
        String recordId;
        if (existing.isEmpty()) {
            String folder = properties.region().decisionRecordFolder();
            if (folder == null || folder.isBlank()) {
                throw new IllegalStateException("regiobesluit.region.decision-record-folder is not configured");
            }
            Map<String, Object> props = new LinkedHashMap<>();
            props.put(PROP_RECORD_OUTCOME, policy.outcome(bodyPassed, progress).name());
            // The municipalities that took part, in the proposal's order: also those a regional body decided for
            // (regioraad), where no council was asked.
            List<String> participants = p.texts(PROP_PARTICIPATING_MUNICIPALITIES);
            props.put(PROP_RECORD_MUNICIPALITIES, participants.isEmpty() ? List.copyOf(progress.outcomes().keySet()) : participants);
            props.put(PROP_COUNCIL_OUTCOMES, progress.outcomes().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).sorted().toList());
            props.put(PROP_DECIDED_ON, AlfrescoDates.format(OffsetDateTime.now(clock)));
            RepoNode record = alfresco.createOrAdopt(folder, "Besluit - " + p.name(), TYPE_DECISION_RECORD, props,
                    proposalId, ASSOC_PROPOSAL_DECISION_RECORD);
            alfresco.link(proposalId, record.id(), ASSOC_PROPOSAL_DECISION_RECORD);
            recordId = record.id();
        } else {
            recordId = existing.get(0).id();
        }
        alfresco.update(proposalId, Map.of(PROP_ROUTE_STATUS, RouteStatus.DECIDED.name()), null);
        return recordId;
    }
}
