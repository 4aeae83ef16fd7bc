package nl.regiobesluit.routing.committee;

import static nl.regiobesluit.model.RbModel.*;

import java.util.List;
import java.util.Map;
import nl.regiobesluit.routing.AdviceKind;
import nl.regiobesluit.routing.CommitteeAdvice;
import nl.regiobesluit.routing.CooperationModel;
import nl.regiobesluit.routing.RoutePolicy;
import nl.regiobesluit.routing.RouteStatus;
import nl.regiobesluit.routing.alfresco.AlfrescoRepository;
import nl.regiobesluit.routing.alfresco.RepoNode;
import nl.regiobesluit.routing.camel.RouteHeaders;
import nl.regiobesluit.routing.config.RegiobesluitProperties;
import nl.regiobesluit.routing.config.ThemeSettings;
import nl.regiobesluit.routing.events.GriffieGuard;
import org.apache.camel.Header;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Committee: waits until the regional body's advice is recorded on an rb:advice node linked to the proposal.
 *
 * <p>Seam for the decision-record behaviour: an advice with {@code rb:votes} is ready only when
 * {@code rb:resultPassed} is present. The behaviour writes that as the service user (so no event starts this
 * step again) and must then send the proposal id to {@code direct:committee}.
 */
@Component
public class CommitteeStep {

    /** The result of looking at the proposal and its advice. */
    public record Result(String proposalId, boolean ready, boolean bodyDecides) {
        /** Ready, and the councils decide after the body's advice. */
        public boolean advisesCouncils() {
            return ready && !bodyDecides;
        }
    }

    private final AlfrescoRepository alfresco;
    private final ThemeSettings settings;
    private final RegiobesluitProperties properties;
    private final GriffieGuard guard;

    public CommitteeStep(AlfrescoRepository alfresco, ThemeSettings settings, RegiobesluitProperties properties, GriffieGuard guard) {
        this.alfresco = alfresco;
        this.settings = settings;
        this.properties = properties;
        this.guard = guard;
    }

    /** The proposal an advice belongs to, or null while the advice is not linked yet (the link's own event comes later). */
    public String proposalOf(@Header(RouteHeaders.NODE_ID) String adviceId) {
        List<RepoNode> sources = alfresco.sources(adviceId, ASSOC_PROPOSAL_ADVICE);
        return sources.isEmpty() ? null : sources.get(0).id();
    }

    public Result evaluate(@Header(RouteHeaders.PROPOSAL_ID) String proposalId) {
        RepoNode p = alfresco.node(proposalId);
        if (RouteStatus.parse(p.text(PROP_ROUTE_STATUS)).orElse(null) != RouteStatus.IN_COMMITTEE) {
            return new Result(proposalId, false, false);
        }
        RoutePolicy policy = policy(p);
        boolean ready = readyAdvice(proposalId, policy.bodyRole()) != null;
        return new Result(proposalId, ready, policy.bodyRole() == RoutePolicy.BodyRole.DECIDES);
    }

    public void advised(@Header(RouteHeaders.PROPOSAL_ID) String proposalId) {
        alfresco.update(proposalId, Map.of(PROP_ROUTE_STATUS, RouteStatus.ADVISED.name()), null);
    }

    public RoutePolicy policy(RepoNode proposal) {
        CooperationModel model = settings.cooperationModel(proposal.text(PROP_THEME), proposal.property(PROP_COOPERATION_MODEL));
        return model.policy();
    }

    public static CommitteeAdvice advice(RepoNode advice) {
        return new CommitteeAdvice(AdviceKind.parse(advice.property(PROP_ADVICE_KIND)).orElse(null),
                advice.hasAspect(ASPECT_VOTES), advice.bool(PROP_RESULT_PASSED));
    }

    /**
     * The advice the councils follow: the first ready one linked to the proposal and last changed by griffie staff
     * or the service. Association events name no user, so this is where an outsider's advice is kept out.
     */
    public RepoNode readyAdvice(String proposalId, RoutePolicy.BodyRole role) {
        return alfresco.targets(proposalId, ASSOC_PROPOSAL_ADVICE).stream()
                .filter(a -> advice(a).isReady(role))
                .filter(this::recordedByGriffie)
                .findFirst().orElse(null);
    }

    private boolean recordedByGriffie(RepoNode advice) {
        String user = advice.modifiedBy();
        boolean trusted = guard.allowed(user);
        if (!trusted) {
            LoggerFactory.getLogger(CommitteeStep.class).warn("committee: advice {} was last changed by {}, who is not in {}; ignored",
                    advice.id(), user, properties.griffieGroup());
        }
        return trusted;
    }
}
