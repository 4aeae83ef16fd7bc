package nl.regiobesluit.routing.intake;

import static nl.regiobesluit.model.RbModel.*;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.regiobesluit.routing.CooperationModel;
import nl.regiobesluit.routing.RoutePolicy;
import nl.regiobesluit.routing.RouteStatus;
import nl.regiobesluit.routing.alfresco.AlfrescoDates;
import nl.regiobesluit.routing.alfresco.AlfrescoRepository;
import nl.regiobesluit.routing.alfresco.RepoNode;
import nl.regiobesluit.routing.camel.RouteHeaders;
import nl.regiobesluit.routing.config.RegiobesluitProperties;
import nl.regiobesluit.routing.config.ThemeSettings;
import nl.regiobesluit.routing.mail.MailTexts;
import nl.regiobesluit.routing.mail.OutgoingMail;
import org.apache.camel.Header;
import org.springframework.stereotype.Component;

/** Intake: a submitted proposal gets its deadline and is announced to the body that treats it first. */
@Component
public class IntakeStep {

    /** What intake decided for one proposal; written to Alfresco only after the announcement went out. */
    public record Plan(String proposalId, String label, CooperationModel model, OffsetDateTime submittedOn,
                       OffsetDateTime deadline, List<String> participants, RouteStatus next, OutgoingMail announcement) {
        public boolean goesStraightToCouncils() {
            return model.policy().bodyRole() == RoutePolicy.BodyRole.NONE;
        }
    }

    private final AlfrescoRepository alfresco;
    private final ThemeSettings settings;
    private final MailTexts texts;
    private final RegiobesluitProperties properties;
    private final Clock clock;

    public IntakeStep(AlfrescoRepository alfresco, ThemeSettings settings, MailTexts texts,
                      RegiobesluitProperties properties, Clock clock) {
        this.alfresco = alfresco;
        this.settings = settings;
        this.texts = texts;
        this.properties = properties;
        this.clock = clock;
    }

    /** The plan, or null when the proposal (read now, not from the event) no longer awaits intake. */
    public Plan plan(@Header(RouteHeaders.PROPOSAL_ID) String proposalId) {
        RepoNode p = alfresco.node(proposalId);
        if (!TYPE_PROPOSAL.equals(p.nodeType()) || !p.hasAspect(ASPECT_ROUTED)
                || RouteStatus.parse(p.text(PROP_ROUTE_STATUS)).orElse(null) != RouteStatus.SUBMITTED
                || p.property(PROP_DEADLINE) != null) {
            return null;
        }
        String theme = p.text(PROP_THEME);
        CooperationModel model = settings.cooperationModel(theme, p.property(PROP_COOPERATION_MODEL));
        OffsetDateTime submittedOn = p.date(PROP_SUBMITTED_ON) != null ? p.date(PROP_SUBMITTED_ON) : OffsetDateTime.now(clock);
        OffsetDateTime deadline = settings.deadline(theme).deadlineFor(submittedOn);
        List<String> participants = settings.participants(theme, p.texts(PROP_PARTICIPATING_MUNICIPALITIES));
        String to = model.policy().bodyRole() == RoutePolicy.BodyRole.NONE
                ? properties.region().regiogriffier() : properties.region().committee().griffie();
        String label = p.label(PROP_PROPOSAL_NUMBER);
        return new Plan(proposalId, label, model, submittedOn, deadline, participants, model.policy().afterIntake(),
                texts.announcement(to, p, deadline, participants, model.policy().bodyRole() != RoutePolicy.BodyRole.NONE));
    }

    /** Writes the route's state; the proposal stays SUBMITTED for models that go straight to the councils. */
    public void record(Plan plan) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put(PROP_SUBMITTED_ON, AlfrescoDates.format(plan.submittedOn()));
        props.put(PROP_DEADLINE, AlfrescoDates.format(plan.deadline()));
        props.put(PROP_ROUTE_STATUS, plan.next().name());
        props.put(PROP_COOPERATION_MODEL, plan.model().name());
        props.put(PROP_PARTICIPATING_MUNICIPALITIES, plan.participants());
        alfresco.update(plan.proposalId(), props, null);
    }
}
