package nl.regiobesluit.routing.dispatch;

import static nl.regiobesluit.model.RbModel.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.regiobesluit.routing.RoutePolicy;
import nl.regiobesluit.routing.RouteStatus;
import nl.regiobesluit.routing.alfresco.AlfrescoRepository;
import nl.regiobesluit.routing.alfresco.RepoNode;
import nl.regiobesluit.routing.camel.RouteHeaders;
import nl.regiobesluit.routing.committee.CommitteeStep;
import nl.regiobesluit.routing.config.RegiobesluitProperties;
import nl.regiobesluit.routing.config.ThemeSettings;
import nl.regiobesluit.routing.mail.MailLedger;
import nl.regiobesluit.routing.mail.MailTexts;
import nl.regiobesluit.routing.mail.OutgoingMail;
import org.apache.camel.Header;
import org.springframework.stereotype.Component;

/**
 * Dispatch: the proposal and its advice go to every participating council at once, as an
 * rb:councilDecision (PENDING) in the council's folder, linked to the proposal, and an e-mail to its griffie.
 */
@Component
public class DispatchStep {

    /** The councils still to receive the proposal, as recipient-list endpoints. */
    public record Plan(String proposalId, List<String> recipients, boolean toCouncils) {
    }

    private final AlfrescoRepository alfresco;
    private final ThemeSettings settings;
    private final CommitteeStep committee;
    private final MailTexts texts;
    private final MailLedger ledger;

    public DispatchStep(AlfrescoRepository alfresco, ThemeSettings settings, CommitteeStep committee, MailTexts texts,
                        MailLedger ledger) {
        this.alfresco = alfresco;
        this.settings = settings;
        this.committee = committee;
        this.texts = texts;
        this.ledger = ledger;
    }

    /** The endpoint of one council's dispatch route; one route per configured municipality. */
    public static String endpointFor(String municipality) {
        return "direct:dispatch-council-" + municipality.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    /** Null when the proposal is not (or no longer) ready for dispatch. DISPATCHED is accepted, to fill in any council missed. */
    public Plan plan(@Header(RouteHeaders.PROPOSAL_ID) String proposalId) {
        RepoNode p = alfresco.node(proposalId);
        RouteStatus status = RouteStatus.parse(p.text(PROP_ROUTE_STATUS)).orElse(null);
        RoutePolicy policy = committee.policy(p);
        boolean ready = status == RouteStatus.ADVISED || status == RouteStatus.DISPATCHED
                || (status == RouteStatus.SUBMITTED && p.property(PROP_DEADLINE) != null && policy.bodyRole() == RoutePolicy.BodyRole.NONE);
        if (!ready) {
            return null;
        }
        List<String> councils = policy.councils(settings.participants(p.text(PROP_THEME), p.texts(PROP_PARTICIPATING_MUNICIPALITIES)));
        if (councils.isEmpty()) {
            throw new IllegalStateException("proposal " + proposalId + " has no participating councils to route to");
        }
        Set<String> present = existingMunicipalities(proposalId);
        List<String> recipients = councils.stream().filter(m -> !(present.contains(m) && mailed(proposalId, m)))
                .map(DispatchStep::endpointFor).toList();
        return new Plan(proposalId, recipients, true);
    }

    /** Whether the mail server accepted this council's mail: a council with its node but without its mail is dispatched again. */
    private boolean mailed(String proposalId, String municipality) {
        try {
            return ledger.sent(OutgoingMail.keyOf(MailTexts.councilMail(proposalId, municipality)));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("mail ledger unavailable", e);
        }
    }

    /**
     * One council, first its node: the council's rb:councilDecision (PENDING) in its folder, linked to the proposal,
     * unless it has one already. Returns the node's id, which the mail links to.
     */
    public String createCouncilDecision(@Header(RouteHeaders.PROPOSAL_ID) String proposalId,
                                        @Header(RouteHeaders.MUNICIPALITY) String municipality) {
        RepoNode existing = alfresco.targets(proposalId, ASSOC_PROPOSAL_COUNCIL_DECISIONS).stream()
                .filter(d -> municipality.equals(d.text(PROP_MUNICIPALITY))).findFirst().orElse(null);
        if (existing != null) {
            return existing.id();
        }
        RepoNode p = alfresco.node(proposalId);
        Map<String, Object> props = new LinkedHashMap<>();
        props.put(PROP_MUNICIPALITY, municipality);
        props.put(PROP_COUNCIL_OUTCOME, OUTCOME_PENDING);
        props.put("cm:title", "Raadsbesluit " + municipality + ": " + p.label(PROP_PROPOSAL_NUMBER));
        RepoNode decision = alfresco.createOrAdopt(settings.municipality(municipality).councilFolder(),
                "Raadsbesluit " + municipality + " - " + p.name(), TYPE_COUNCIL_DECISION, props,
                proposalId, ASSOC_PROPOSAL_COUNCIL_DECISIONS);
        alfresco.link(proposalId, decision.id(), ASSOC_PROPOSAL_COUNCIL_DECISIONS);
        return decision.id();
    }

    /**
     * Then its mail, linking to the council's own node. Sent once ({@link MailLedger}); until the mail server accepted
     * it, the plan keeps the council among the recipients, so a failed send is repeated by the retry or a later
     * dispatch rather than lost.
     */
    public OutgoingMail councilMail(@Header(RouteHeaders.PROPOSAL_ID) String proposalId,
                                    @Header(RouteHeaders.MUNICIPALITY) String municipality,
                                    @Header(RouteHeaders.COUNCIL_DECISION_ID) String decisionId) {
        RepoNode p = alfresco.node(proposalId);
        RoutePolicy policy = committee.policy(p);
        RepoNode advice = policy.bodyRole() == RoutePolicy.BodyRole.NONE ? null : committee.readyAdvice(proposalId, policy.bodyRole());
        RegiobesluitProperties.Municipality m = settings.municipality(municipality);
        return texts.toCouncil(m.griffie(), municipality, p, advice, decisionId, p.date(PROP_DEADLINE));
    }

    public void dispatched(@Header(RouteHeaders.PROPOSAL_ID) String proposalId) {
        RepoNode p = alfresco.node(proposalId);
        if (!RouteStatus.DISPATCHED.name().equals(p.text(PROP_ROUTE_STATUS))) {
            alfresco.update(proposalId, Map.of(PROP_ROUTE_STATUS, RouteStatus.DISPATCHED.name()), null);
        }
    }

    private Set<String> existingMunicipalities(String proposalId) {
        return alfresco.targets(proposalId, ASSOC_PROPOSAL_COUNCIL_DECISIONS).stream()
                .map(d -> d.text(PROP_MUNICIPALITY)).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
    }
}
