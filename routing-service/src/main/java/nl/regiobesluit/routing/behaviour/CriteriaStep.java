package nl.regiobesluit.routing.behaviour;

import nl.regiobesluit.criteria.RouteFacts;
import nl.regiobesluit.criteria.RouteIndicators;
import nl.regiobesluit.routing.CooperationModel;
import nl.regiobesluit.routing.CouncilOutcome;
import nl.regiobesluit.routing.alfresco.AlfrescoRepository;
import nl.regiobesluit.routing.alfresco.RepoNode;
import nl.regiobesluit.routing.camel.RouteHeaders;
import nl.regiobesluit.routing.config.RegiobesluitProperties;
import nl.regiobesluit.routing.config.ThemeSettings;
import nl.regiobesluit.routing.mail.MailTexts;
import nl.regiobesluit.routing.mail.OutgoingMail;
import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static nl.regiobesluit.model.RbModel.*;

/**
 * The decision-record behaviour for model criteria: when a route closes, and again when a late council decision
 * arrives, measure the route's indicators and write {@code rb:modelCriteria} on its decision record — only when a
 * measured value changed, so repeated events write nothing. A finalized record is never changed: a changed
 * measurement is then reported to the regiogriffier instead.
 */
@Component
public class CriteriaStep {

    private static final Logger LOG = LoggerFactory.getLogger(CriteriaStep.class);
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final AlfrescoRepository alfresco;
    private final ThemeSettings settings;
    private final MailTexts texts;
    private final RegiobesluitProperties properties;
    private final Clock clock;
    private final NodeLocks locks;

    /** What annotating did: whether it wrote, and a report to send when a finalized record would have changed. */
    public record Annotation(boolean written, OutgoingMail report) {
    }

    public CriteriaStep(AlfrescoRepository alfresco, ThemeSettings settings, MailTexts texts,
                        RegiobesluitProperties properties, Clock clock, NodeLocks locks) {
        this.alfresco = alfresco;
        this.settings = settings;
        this.texts = texts;
        this.properties = properties;
        this.clock = clock;
        this.locks = locks;
    }

    /** Returns a report to send when a finalized record would have changed, else null. */
    public OutgoingMail annotate(@Header(RouteHeaders.PROPOSAL_ID) String proposalId) {
        return annotateRecord(proposalId).report();
    }

    public Annotation annotateRecord(String proposalId) {
        return locks.with(proposalId, () -> annotateLocked(proposalId));
    }

    private Annotation annotateLocked(String proposalId) {
        List<RepoNode> records = alfresco.targets(proposalId, ASSOC_PROPOSAL_DECISION_RECORD);
        if (records.isEmpty()) {
            return new Annotation(false, null);
        }
        RepoNode record = records.get(0);
        RepoNode proposal = alfresco.node(proposalId);
        LocalDate submitted = day(proposal.date(PROP_SUBMITTED_ON));
        if (submitted == null) {
            LOG.warn("criteria: proposal {} has no submission date; indicators of record {} not measured", proposalId, record.id());
            return new Annotation(false, null);
        }
        CooperationModel model = settings.cooperationModel(proposal.text(PROP_THEME), proposal.property(PROP_COOPERATION_MODEL));
        RouteFacts facts = facts(proposal, submitted, model, record);
        Map<String, Object> props = ModelCriteriaProperties.of(RouteIndicators.measure(facts), model,
                proposal.text(PROP_AMBITION), proposal.text(PROP_POLICY_DOMAIN), OffsetDateTime.now(clock));
        if (unchanged(ModelCriteriaProperties.measured(props), record)) {
            return new Annotation(false, null);
        }
        if (Boolean.TRUE.equals(record.bool(PROP_FINALIZED))) {
            LOG.warn("criteria: record {} is finalized; its indicators are not changed", record.id());
            return new Annotation(false, texts.voteNotProcessed(record.id() + ":criteria:" + props.hashCode(),
                    properties.region().regiogriffier(), record,
                    java.util.List.of(nl.regiobesluit.shared.Problem.bilingual("de indicatoren zijn veranderd, maar het besluit is definitief vastgesteld",
                            "the indicators changed, but the record is finalized and is never changed"))));
        }
        alfresco.update(record, props, List.of(ASPECT_MODEL_CRITERIA));
        LOG.info("criteria: record {} of proposal {}: lead time {} days, {} adopting, {} rejecting", record.id(), proposalId,
                props.get(PROP_LEAD_TIME_DAYS), props.get(PROP_COUNCILS_ADOPTED), props.get(PROP_COUNCILS_REJECTED));
        return new Annotation(true, null);
    }

    private RouteFacts facts(RepoNode proposal, LocalDate submitted, CooperationModel model, RepoNode record) {
        List<RouteFacts.CouncilFact> councils = new ArrayList<>();
        for (RepoNode d : alfresco.targets(proposal.id(), ASSOC_PROPOSAL_COUNCIL_DECISIONS)) {
            CouncilOutcome outcome = CouncilOutcome.parse(d.property(PROP_COUNCIL_OUTCOME)).orElse(CouncilOutcome.PENDING);
            LocalDate decided = day(d.date(PROP_COUNCIL_DECISION_DATE));
            if (decided == null && outcome.isDecided()) {
                decided = day(d.modifiedAt());
            }
            councils.add(new RouteFacts.CouncilFact(d.text(PROP_MUNICIPALITY), outcome, decided,
                    Boolean.TRUE.equals(d.bool(PROP_DEVIATES_FROM_ADVICE)), Boolean.TRUE.equals(d.bool(PROP_DEVIATION_ACCOUNTED_FOR))));
        }
        boolean consensus = false;
        List<String> pivotal = List.of();
        LocalDate adviceDay = null;
        for (RepoNode advice : alfresco.targets(proposal.id(), ASSOC_PROPOSAL_ADVICE)) {
            if (advice.hasAspect(ASPECT_VOTES)) {
                pivotal = advice.texts(PROP_RESULT_PIVOTAL_MUNICIPALITIES);
            } else if (Boolean.TRUE.equals(advice.bool(PROP_CONSENSUS))) {
                consensus = true;
            }
            adviceDay = firstOf(day(advice.date(PROP_ADVICE_DATE)), day(advice.modifiedAt()));
        }
        LocalDate bodyDecided = councils.isEmpty() ? firstOf(adviceDay, day(record.date(PROP_DECIDED_ON))) : null;
        return new RouteFacts(model, submitted, day(proposal.date(PROP_DEADLINE)), consensus, councils,
                proposal.texts(PROP_SOCIETAL_PARTNERS).size(), pivotal, bodyDecided);
    }

    private static boolean unchanged(Map<String, Object> measured, RepoNode record) {
        if (!record.hasAspect(ASPECT_MODEL_CRITERIA)) {
            return false;
        }
        return measured.entrySet().stream().allMatch(e -> String.valueOf(e.getValue()).equals(String.valueOf(record.property(e.getKey()))));
    }

    private static LocalDate firstOf(LocalDate a, LocalDate b) {
        return a != null ? a : b;
    }

    private static LocalDate day(OffsetDateTime date) {
        return date == null ? null : date.atZoneSameInstant(ZONE).toLocalDate();
    }
}
