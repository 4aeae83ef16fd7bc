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
            PROP_RESULT_JSON, PROP_VOTE_REFUSED_BY, PROP_VOTE_REFUSED_ON,
            // the joint arrangements' routes (issue 15)
            PROP_WGR_DEADLINE, PROP_WGR_DEADLINE_BASIS, PROP_SUMMER_RECESS_NOTE, PROP_INSTRUCTION_ESCALATED,
            PROP_REPORT_BACK_REMINDED_ON, PROP_ZIENSWIJZE_ESCALATED_ON, PROP_CHECKLIST_COMPLETE,
            PROP_CHECKLIST_OPEN_QUESTIONS, PROP_CHECKLIST_CHECKED_ON);

    /** Who voted how: only a griffie member's change of these records the vote again. */
    static final Set<String> MEMBER_LISTS = Set.of(PROP_VOTES_YES, PROP_VOTES_NO, PROP_VOTES_ABSTAIN);
    /** The rest of a vote's inputs (VoteStep reads them): a change by someone outside the griffie refuses the vote too. */
    static final Set<String> OTHER_VOTE_INPUTS = Set.of(PROP_VOTE_DATE, PROP_VOTING_BODY, PROP_MUNICIPALITY);

    private final String serviceUser;

    public EventClassifier(RegiobesluitProperties properties) {
        this.serviceUser = properties.serviceUser();
    }

    /**
     * The step an event asks for. An event that would start a step without naming the user who made the change is
     * refused ({@link MalformedEventException}: dead-lettered with the reason), since the griffie check could not be
     * made. Alfresco names that user in every node event ({@code data.resource.modifiedByUser}, Alfresco's
     * NodeResource; every sample in shared/reference/alfresco/events and every node event of the recorded ACS 25.2
     * transcript carries it); peer-association events carry none, see {@link Trigger#userIsSourceModifier()}.
     */
    public Trigger classify(RepoEvent event) {
        Trigger trigger = stepFor(event);
        if (trigger.lacksUser()) {
            throw new MalformedEventException(nl.regiobesluit.shared.Problem.bilingualAt(
                    "event " + RepoEventParser.shorten(event.id()), 0, "data.resource.modifiedByUser.id",
                    "noemt geen gebruiker, dus start er geen stap",
                    "names no user, so no step is started"));
        }
        return trigger;
    }

    private Trigger stepFor(RepoEvent event) {
        if (event.peerAssoc() != null) {
            RepoEvent.PeerAssoc a = event.peerAssoc();
            if (RepoEvent.PEER_ASSOC_CREATED.equals(event.type()) && ASSOC_PROPOSAL_ADVICE.equals(a.assocType())) {
                return new Trigger(Trigger.Step.COMMITTEE, a.sourceId(), null,
                        "committee-link:" + a.sourceId() + ":" + a.targetId(), "advice linked to proposal",
                        Trigger.VoteChange.NONE, true);
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
                    "votes recorded on " + node.nodeType(), voteChange(event), false);
        }
        return switch (node.nodeType()) {
            case TYPE_PROPOSAL -> proposal(node);
            case TYPE_ADVICE -> new Trigger(Trigger.Step.COMMITTEE_ADVICE, node.id(), node.modifiedBy(),
                    "committee-advice:" + node.id() + ":" + node.property(PROP_ADVICE_KIND) + ":" + node.property(PROP_RESULT_PASSED),
                    "advice recorded");
            case TYPE_COUNCIL_DECISION -> councilDecision(node);
            case TYPE_GR_MEETING -> new Trigger(Trigger.Step.GR_PAPERS, node.id(), node.modifiedBy(),
                    "gr-papers:" + node.id() + ":" + node.property(PROP_GR_MEETING_DATE), "board papers filed");
            case TYPE_WGR_PROCEDURE -> new Trigger(Trigger.Step.WGR_PROCEDURE, node.id(), node.modifiedBy(),
                    "wgr-procedure:" + node.id() + ":" + node.property(PROP_WGR_PROCEDURE_KIND) + ":" + node.property(PROP_WGR_SENT_ON)
                            + ":" + node.property(PROP_WGR_BOARD_MEETING_DATE), "Wgr procedure filed");
            case TYPE_ZIENSWIJZE -> zienswijze(node);
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
        if (node.hasAspect(ASPECT_TOETSINGSKADER)) {
            // Held at the toetsingskader until its checklist is complete: every change of the answers is a new attempt.
            return new Trigger(Trigger.Step.INTAKE, node.id(), node.modifiedBy(), "intake:" + node.id() + ":checklist:"
                    + checklistFingerprint(node), "proposal submitted with its toetsingskader");
        }
        return new Trigger(Trigger.Step.INTAKE, node.id(), node.modifiedBy(), "intake:" + node.id(), "proposal submitted");
    }

    private static String checklistFingerprint(RepoEvent.Node node) {
        String answers = String.valueOf(node.property(PROP_CHECKLIST_ANSWERS)) + "|" + node.property(PROP_CHECKLIST_NOT_APPLICABLE);
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(answers.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash, 0, 12);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    private Trigger zienswijze(RepoEvent.Node node) {
        Object status = node.property(PROP_ZIENSWIJZE_STATUS);
        if (status == null || ZIENSWIJZE_PENDING.equals(status)) {
            return Trigger.ignore(node.id(), "zienswijze still pending");
        }
        return new Trigger(Trigger.Step.ZIENSWIJZE, node.id(), node.modifiedBy(), "zienswijze:" + node.id() + ":" + status + ":"
                + node.property(PROP_ZIENSWIJZE_DATE), "zienswijze recorded " + status);
    }

    private Trigger councilDecision(RepoEvent.Node node) {
        Object outcome = node.property(PROP_COUNCIL_OUTCOME);
        if (outcome == null || OUTCOME_PENDING.equals(outcome)) {
            return Trigger.ignore(node.id(), "council decision still pending");
        }
        return new Trigger(Trigger.Step.COLLECT, node.id(), node.modifiedBy(), "collect:" + node.id() + ":" + outcome,
                "council decided " + outcome);
    }

    /** Never coerced: Alfresco sends a d:boolean as a JSON boolean, and the parser refuses anything else for it. */
    private static Boolean asBoolean(Object value) {
        return value instanceof Boolean b ? b : null;
    }

    /**
     * What this event changed of the vote. Alfresco's node.Updated holds in {@code resourceBefore.properties} exactly
     * the properties that changed (their old values, null where absent) and {@code resourceBefore.aspectNames} when the
     * aspects changed (recorded ACS 25.2 transcript: "record vote", "add aspect rb:votes only"); a node.Created carries
     * whatever its creator set.
     */
    static Trigger.VoteChange voteChange(RepoEvent event) {
        RepoEvent.Node node = event.node();
        if (node == null || !node.hasAspect(ASPECT_VOTES)) {
            return Trigger.VoteChange.NONE;
        }
        if (RepoEvent.NODE_CREATED.equals(event.type())) {
            return Trigger.VoteChange.MEMBER_LISTS;
        }
        RepoEvent.Before before = event.before();
        if (before == null) {
            // Nothing says what changed: take it that the vote did, so an outsider's edit is never taken for the griffie's.
            return Trigger.VoteChange.MEMBER_LISTS;
        }
        if (before.aspectNames() != null && !before.aspectNames().contains(ASPECT_VOTES)) {
            return Trigger.VoteChange.MEMBER_LISTS;
        }
        Set<String> changed = before.properties() == null ? Set.of() : before.properties().keySet();
        if (changed.stream().anyMatch(MEMBER_LISTS::contains)) {
            return Trigger.VoteChange.MEMBER_LISTS;
        }
        return changed.stream().anyMatch(OTHER_VOTE_INPUTS::contains) ? Trigger.VoteChange.OTHER_INPUTS : Trigger.VoteChange.NONE;
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
