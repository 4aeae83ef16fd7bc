package nl.regiobesluit.routing.deadline;

import static nl.regiobesluit.model.RbModel.*;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.regiobesluit.routing.DeadlinePolicy;
import nl.regiobesluit.routing.RouteStatus;
import nl.regiobesluit.routing.alfresco.AlfrescoDates;
import nl.regiobesluit.routing.alfresco.AlfrescoRepository;
import nl.regiobesluit.routing.alfresco.RepoNode;
import nl.regiobesluit.routing.camel.RouteHeaders;
import nl.regiobesluit.routing.collect.CollectStep;
import nl.regiobesluit.routing.committee.CommitteeStep;
import nl.regiobesluit.routing.config.RegiobesluitProperties;
import nl.regiobesluit.routing.mail.MailTexts;
import nl.regiobesluit.routing.mail.OutgoingMail;
import org.apache.camel.Header;
import org.springframework.stereotype.Component;

/**
 * Deadline: finds open routes past their stored rb:deadline and escalates each once to the regiogriffier.
 * The route stays open; only the last council's decision closes it.
 */
@Component
public class DeadlineStep {

    /** Every routed proposal not yet decided; the deadline comparison is done here, exactly, not in the query. */
    static final String OPEN_ROUTES = "TYPE:\"" + TYPE_PROPOSAL + "\" AND ASPECT:\"" + ASPECT_ROUTED + "\" AND NOT "
            + PROP_ROUTE_STATUS + ":\"" + STATUS_DECIDED + "\"";

    private final AlfrescoRepository alfresco;
    private final CommitteeStep committee;
    private final CollectStep collect;
    private final MailTexts texts;
    private final RegiobesluitProperties properties;
    private final Clock clock;

    public DeadlineStep(AlfrescoRepository alfresco, CommitteeStep committee, CollectStep collect, MailTexts texts,
                        RegiobesluitProperties properties, Clock clock) {
        this.alfresco = alfresco;
        this.committee = committee;
        this.collect = collect;
        this.texts = texts;
        this.properties = properties;
        this.clock = clock;
    }

    public List<String> overdueRoutes() {
        return alfresco.search(OPEN_ROUTES).stream().filter(this::needsEscalation).map(RepoNode::id).toList();
    }

    /** Null when, read again now, the route needs no escalation (decided meanwhile, or escalated already). */
    public OutgoingMail escalation(@Header(RouteHeaders.PROPOSAL_ID) String proposalId) {
        RepoNode p = alfresco.node(proposalId);
        if (!needsEscalation(p)) {
            return null;
        }
        List<String> pending = collect.progress(p, committee.policy(p)).pendingMunicipalities();
        return texts.escalation(properties.region().regiogriffier(), p, p.date(PROP_DEADLINE), pending);
    }

    public void markEscalated(@Header(RouteHeaders.PROPOSAL_ID) String proposalId) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put(PROP_OVERDUE, true);
        props.put(PROP_ESCALATED_ON, AlfrescoDates.format(OffsetDateTime.now(clock)));
        alfresco.update(proposalId, props, null);
    }

    private boolean needsEscalation(RepoNode p) {
        RouteStatus status = RouteStatus.parse(p.text(PROP_ROUTE_STATUS)).orElse(null);
        return p.property(PROP_ESCALATED_ON) == null
                && DeadlinePolicy.isOverdue(status, p.date(PROP_DEADLINE), clock.instant());
    }
}
