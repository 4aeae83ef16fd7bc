package nl.regiobesluit.routing.arrangement.checklist;

import static nl.regiobesluit.model.RbModel.*;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.regiobesluit.routing.alfresco.AlfrescoDates;
import nl.regiobesluit.routing.alfresco.AlfrescoRepository;
import nl.regiobesluit.routing.alfresco.RepoNode;
import nl.regiobesluit.routing.arrangement.ArrangementMails;
import nl.regiobesluit.routing.arrangement.ArrangementRules;
import nl.regiobesluit.routing.camel.RouteHeaders;
import nl.regiobesluit.routing.config.RegiobesluitProperties;
import nl.regiobesluit.routing.mail.OutgoingMail;
import org.apache.camel.Header;
import org.springframework.stereotype.Component;

/**
 * The toetsingskader gate (issue 15, item 5): a proposal to start, join, change or leave a cooperation carries the
 * checklist, and goes into its route only when regio-core's checklist policy finds every question answered or marked
 * n.v.t. with a reason. While it is held, the proposal says which questions are open (a property the griffie sees in
 * Share) and the regiogriffier gets one e-mail per set of open questions. A proposal without the checklist passes.
 */
@Component
public class ChecklistStep {

    /** The gate's verdict: pass on to intake, or held with the open questions and the e-mail saying so. */
    public record Verdict(boolean pass, List<String> open, OutgoingMail mail) {
    }

    private final AlfrescoRepository alfresco;
    private final ArrangementRules rules;
    private final ArrangementMails mails;
    private final RegiobesluitProperties properties;
    private final Clock clock;

    public ChecklistStep(AlfrescoRepository alfresco, ArrangementRules rules, ArrangementMails mails, RegiobesluitProperties properties,
                         Clock clock) {
        this.clock = clock;
        this.alfresco = alfresco;
        this.rules = rules;
        this.mails = mails;
        this.properties = properties;
    }

    public Verdict check(@Header(RouteHeaders.PROPOSAL_ID) String proposalId) {
        RepoNode proposal = alfresco.node(proposalId);
        if (!proposal.hasAspect(ASPECT_TOETSINGSKADER) || proposal.property(PROP_DEADLINE) != null) {
            // no checklist, or already in its route (intake wrote its deadline): an answer changed afterwards holds nothing back
            return new Verdict(true, List.of(), null);
        }
        ArrangementRules.Open open = rules.openQuestions(proposal);
        boolean held = !open.none();
        Map<String, Object> props = new LinkedHashMap<>();
        if (!Objects.equals(proposal.bool(PROP_CHECKLIST_COMPLETE), !held)) {
            props.put(PROP_CHECKLIST_COMPLETE, !held);
        }
        if (!Objects.equals(proposal.texts(PROP_CHECKLIST_OPEN_QUESTIONS), open.ids())) {
            props.put(PROP_CHECKLIST_OPEN_QUESTIONS, open.ids().isEmpty() ? null : open.ids());
        }
        if (!props.isEmpty()) {
            props.put(PROP_CHECKLIST_CHECKED_ON, AlfrescoDates.format(OffsetDateTime.now(clock)));
        }
        if (!props.isEmpty()) {
            alfresco.update(proposal, props, null);
        }
        return held ? new Verdict(false, open.ids(), mails.checklistHeld(properties.region().regiogriffier(), proposal, open.lines()))
                : new Verdict(true, List.of(), null);
    }
}
