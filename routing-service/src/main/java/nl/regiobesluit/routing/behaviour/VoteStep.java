package nl.regiobesluit.routing.behaviour;

import nl.regiobesluit.routing.alfresco.AlfrescoRepository;
import nl.regiobesluit.routing.alfresco.RepoNode;
import nl.regiobesluit.routing.camel.RouteHeaders;
import nl.regiobesluit.routing.config.RegiobesluitProperties;
import nl.regiobesluit.routing.config.ThemeSettings;
import nl.regiobesluit.routing.events.Trigger;
import nl.regiobesluit.routing.mail.MailTexts;
import nl.regiobesluit.routing.mail.OutgoingMail;
import nl.regiobesluit.shared.Problem;
import nl.regiobesluit.shared.Result;
import nl.regiobesluit.voting.Composition;
import nl.regiobesluit.voting.CompositionHistory;
import nl.regiobesluit.voting.DecisionRule;
import nl.regiobesluit.voting.VoteEngine;
import nl.regiobesluit.voting.VoteInputs;
import nl.regiobesluit.voting.VoteOutcome;
import nl.regiobesluit.voting.VoteOutcomeJson;
import nl.regiobesluit.voting.WeightingScheme;
import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static nl.regiobesluit.model.RbModel.*;

/**
 * The decision-record behaviour for votes: when a node carries {@code rb:votes}, compute the weighted result with
 * regio-core on the composition in force on the vote's day, with the scheme and rule of the proposal's theme, and
 * write {@code rb:voteResult} back — only when the inputs differ from the ones the stored result was computed
 * from ({@code rb:resultInputHash}), so a repeated event or the service's own write never writes twice. The node
 * is made versionable, so a corrected vote leaves the earlier result in its version history. A finalized record
 * is never changed, and invalid votes change nothing: both are reported to the regiogriffier. A vote whose values
 * were changed outside the griffie ({@link VoteRefusal}) is not computed, whatever asks (an event, the advices'
 * refresh, the bulk run), until an event shows a griffie member recording who voted how again.
 */
@Component
public class VoteStep {

    private static final Logger LOG = LoggerFactory.getLogger(VoteStep.class);

    /**
     * What computing did: the proposal to hand on to the committee step (advice only), whether the node is a council
     * decision (which the collect step must still see), and a report to send, if any.
     */
    public record Outcome(String nodeId, String proposalId, boolean written, OutgoingMail report, boolean councilDecision,
                          String ownProposalId) {
        Outcome(String nodeId, String proposalId, boolean written, OutgoingMail report) {
            this(nodeId, proposalId, written, report, false, null);
        }
    }

    private final AlfrescoRepository alfresco;
    private final ThemeSettings settings;
    private final CompositionSource compositions;
    private final MailTexts texts;
    private final RegiobesluitProperties properties;
    private final NodeLocks locks;

    public VoteStep(AlfrescoRepository alfresco, ThemeSettings settings, CompositionSource compositions, MailTexts texts,
                    RegiobesluitProperties properties, NodeLocks locks) {
        this.alfresco = alfresco;
        this.settings = settings;
        this.compositions = compositions;
        this.texts = texts;
        this.properties = properties;
        this.locks = locks;
    }

    /**
     * For an event: {@code voteChange} says whether this event changed the member lists. Only such a change by a
     * griffie member (the route refused everyone else's before this step) records the vote again and lifts an
     * earlier refusal ({@link VoteRefusal}).
     */
    public Outcome computeForEvent(@Header(RouteHeaders.NODE_ID) String nodeId, @Header(VoteRoute.VOTE_CHANGE) String voteChange,
                                   @Header(RouteHeaders.EVENT_ID) String eventId) {
        boolean recorded = Trigger.VoteChange.MEMBER_LISTS.name().equals(voteChange);
        return locks.with(nodeId, () -> computeLocked(alfresco.node(nodeId), recorded, eventId));
    }

    /** Without an event that recorded the vote (a proposal's advices refreshed): a refused vote stays refused. */
    public Outcome compute(String nodeId) {
        return locks.with(nodeId, () -> computeLocked(alfresco.node(nodeId), false, null));
    }

    /** For the bulk run: the node as its search just returned it, properties and aspects included; a refused vote stays refused. */
    public Outcome compute(RepoNode fresh) {
        return locks.with(fresh.id(), () -> computeLocked(fresh, false, null));
    }

    private Outcome computeLocked(RepoNode node, boolean recordedByGriffie, String eventId) {
        String proposalId = proposalOf(node);
        Outcome o = computeOutcome(node, proposalId, recordedByGriffie, eventId);
        return new Outcome(o.nodeId(), o.proposalId(), o.written(), o.report(), TYPE_COUNCIL_DECISION.equals(node.nodeType()),
                proposalId);
    }

    private Outcome computeOutcome(RepoNode node, String proposalId, boolean recordedByGriffie, String eventId) {
        String nodeId = node.id();
        String handOn = TYPE_ADVICE.equals(node.nodeType()) ? proposalId : null;
        if (!node.hasAspect(ASPECT_VOTES)) {
            return new Outcome(nodeId, handOn, false, null);
        }
        if (node.texts(PROP_VOTES_YES).isEmpty() && node.texts(PROP_VOTES_NO).isEmpty() && node.texts(PROP_VOTES_ABSTAIN).isEmpty()) {
            // The aspect without a member listed: "Manage aspects" in Share adds rb:votes before anyone fills it in
            // (an Updated event that only adds the aspect, recorded on ACS 25.2). No vote yet: nothing to compute or report.
            LOG.debug("vote: node {} has the vote aspect but no member listed yet", nodeId);
            return new Outcome(nodeId, handOn, false, null);
        }
        boolean refused = VoteRefusal.isRefused(node);
        if (refused && !recordedByGriffie) {
            Problem why = VoteRefusal.why(node);
            LOG.warn("vote: node {} not computed: {}", nodeId, why.describe());
            // One report per event that found the vote refused (the refusal itself was reported when it happened).
            String key = "refused-values:" + node.text(PROP_VOTE_REFUSED_ON) + ":" + (eventId == null ? "no-event" : eventId);
            return new Outcome(nodeId, handOn, false, report(node, key, List.of(why)));
        }
        Outcome computed = computeRecorded(node, nodeId, handOn, proposalId, refused);
        if (refused && !computed.written() && !Boolean.TRUE.equals(node.bool(PROP_FINALIZED))) {
            // The griffie recorded the vote again but nothing was written with it (the votes are invalid, or give the
            // stored result): the refusal is lifted on its own, since these values are now the griffie's.
            alfresco.update(node, VoteRefusal.lifted(), List.of());
            LOG.info("vote: node {}: the griffie recorded the vote again; the refusal is lifted", nodeId);
        }
        return computed;
    }

    /**
     * A result stored by an earlier computation version that this version still reads (VoteEngine.READABLE_VERSIONS)
     * carries that version's fingerprint: compared in that form, unchanged votes are not computed again, so neither an
     * unchanged record gets a new version nor a finalized one a "finalized" report on every event.
     */
    private static boolean carriesEarlierVersionOf(RepoNode node, VoteInputs inputs) {
        return VoteOutcomeJson.isResultOf(node.text(PROP_RESULT_COMPUTATION_VERSION), node.text(PROP_RESULT_INPUT_HASH), inputs);
    }

    private Outcome computeRecorded(RepoNode node, String nodeId, String handOn, String proposalId, boolean liftRefusal) {
        RepoNode proposal = proposalId == null ? null : alfresco.node(proposalId);
        String theme = proposal == null ? null : proposal.text(PROP_THEME);
        LocalDate voteDate = voteDate(node);
        Result<VoteInputs> inputs = inputs(node, proposal, theme, voteDate);
        if (!inputs.isOk()) {
            LOG.warn("vote: node {} not computed: {}", nodeId, described(inputs.problems()));
            return new Outcome(nodeId, handOn, false, report(node, "invalid:" + votesKey(node), inputs.problems()));
        }
        String fingerprint = VoteOutcomeJson.fingerprint(inputs.value());
        if (fingerprint.equals(node.text(PROP_RESULT_INPUT_HASH)) || carriesEarlierVersionOf(node, inputs.value())) {
            LOG.debug("vote: node {} already carries the result of these votes", nodeId);
            return new Outcome(nodeId, handOn, false, null);
        }
        if (Boolean.TRUE.equals(node.bool(PROP_FINALIZED))) {
            LOG.warn("vote: node {} is a finalized record; its vote result is not changed", nodeId);
            return new Outcome(nodeId, handOn, false, report(node, "finalized:" + fingerprint, List.of(Problem.bilingual(
                    "het besluit is definitief vastgesteld en wordt niet meer gewijzigd", "the record is finalized and is never changed"))));
        }
        Result<VoteOutcome> outcome = VoteEngine.decide(inputs.value());
        if (!outcome.isOk()) {
            LOG.warn("vote: node {} not computed: {}", nodeId, described(outcome.problems()));
            return new Outcome(nodeId, handOn, false, report(node, "invalid:" + fingerprint, outcome.problems()));
        }
        Map<String, Object> props = new LinkedHashMap<>(VoteResultProperties.of(outcome.value(), inputs.value().composition().validFrom(),
                fingerprint));
        // Every later correction becomes a new version, so the earlier result stays in the version history.
        props.put("cm:autoVersionOnUpdateProps", true);
        if (liftRefusal) {
            props.putAll(VoteRefusal.lifted());
        }
        alfresco.update(node, props, List.of(ASPECT_VOTE_RESULT, "cm:versionable"));
        LOG.info("vote: node {} (proposal {}) {} with {} of the weight ({}, {})", nodeId, proposalId,
                outcome.value().passed() ? "passed" : "did not pass", outcome.value().decision().yesShare().toPercent(2) + "%",
                inputs.value().scheme(), inputs.value().rule().spec());
        return new Outcome(nodeId, handOn, true, null);
    }

    /** Recomputes the votes on every advice of a proposal (its theme or participants may have become known since). */
    public void refreshAdvices(@Header(RouteHeaders.PROPOSAL_ID) String proposalId) {
        for (RepoNode advice : alfresco.targets(proposalId, ASSOC_PROPOSAL_ADVICE)) {
            if (advice.hasAspect(ASPECT_VOTES)) {
                Outcome o = compute(advice.id());
                if (o.report() != null) {
                    LOG.warn("vote: advice {} of proposal {} not computed; reported when its own event is handled", advice.id(), proposalId);
                }
            }
        }
    }

    private Result<VoteInputs> inputs(RepoNode node, RepoNode proposal, String theme, LocalDate voteDate) {
        List<Problem> problems = new ArrayList<>();
        Result<WeightingScheme> scheme = WeightingScheme.parse(settings.weightingScheme(theme));
        Result<DecisionRule> rule = DecisionRule.parse(settings.decisionRule(theme));
        problems.addAll(scheme.problems());
        problems.addAll(rule.problems());
        Result<CompositionHistory> history = compositions.history();
        problems.addAll(history.problems());
        if (voteDate == null) {
            // Without its date a vote has no composition in force, and a result computed "today" would change with the
            // calendar: it could not be recomputed later.
            problems.add(Problem.at(node.id(), 0, PROP_VOTE_DATE, "de datum van de stemming ontbreekt / the date of the vote is missing"));
        }
        if (!problems.isEmpty()) {
            return Result.rejected(problems);
        }
        Result<Composition> composition = history.value().inForceOn(voteDate);
        if (!composition.isOk()) {
            return Result.rejected(composition.problems());
        }
        List<String> municipalities = proposal == null ? null
                : settings.participants(theme, proposal.texts(PROP_PARTICIPATING_MUNICIPALITIES));
        if (municipalities != null && municipalities.isEmpty()) {
            municipalities = null;
        }
        DecisionRule applied = rule.value();
        if (TYPE_COUNCIL_DECISION.equals(node.nodeType()) && node.text(PROP_MUNICIPALITY) != null) {
            // A council's own vote: that council alone, and the Gemeentewet's rule (more than half of the votes cast).
            municipalities = List.of(node.text(PROP_MUNICIPALITY));
            applied = DecisionRule.majority(DecisionRule.Base.CAST);
        }
        return Result.ok(new VoteInputs(composition.value(), municipalities, scheme.value(), applied, voteDate,
                node.texts(PROP_VOTES_YES), node.texts(PROP_VOTES_NO), node.texts(PROP_VOTES_ABSTAIN)));
    }

    private String proposalOf(RepoNode node) {
        List<RepoNode> found = switch (node.nodeType()) {
            case TYPE_ADVICE -> alfresco.sources(node.id(), ASSOC_PROPOSAL_ADVICE);
            case TYPE_DECISION_RECORD -> alfresco.sources(node.id(), ASSOC_PROPOSAL_DECISION_RECORD);
            case TYPE_COUNCIL_DECISION -> alfresco.sources(node.id(), ASSOC_PROPOSAL_COUNCIL_DECISIONS);
            case TYPE_AGENDA_ITEM -> alfresco.targets(node.id(), ASSOC_AGENDA_ITEM_PROPOSAL);
            default -> List.of();
        };
        return found.isEmpty() ? null : found.get(0).id();
    }

    /** Null when absent: a result must not depend on the day it happens to be computed (see {@link #inputs}). */
    private static LocalDate voteDate(RepoNode node) {
        OffsetDateTime date = node.date(PROP_VOTE_DATE);
        return date == null ? null : date.toLocalDate();
    }

    private static String votesKey(RepoNode node) {
        return node.id() + ":" + Integer.toHexString(List.of(node.texts(PROP_VOTES_YES), node.texts(PROP_VOTES_NO),
                node.texts(PROP_VOTES_ABSTAIN)).hashCode());
    }

    private static String described(List<Problem> problems) {
        return String.join("; ", problems.stream().map(Problem::describe).toList());
    }

    private OutgoingMail report(RepoNode node, String key, List<Problem> why) {
        return texts.voteNotProcessed(node.id() + ":" + key, properties.region().regiogriffier(), node, why);
    }
}
