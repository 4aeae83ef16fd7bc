package nl.regiobesluit.routing.events;

import nl.regiobesluit.routing.alfresco.AlfrescoRepository;
import nl.regiobesluit.routing.config.RegiobesluitProperties;
import nl.regiobesluit.routing.mail.MailTexts;
import nl.regiobesluit.routing.mail.OutgoingMail;
import nl.regiobesluit.routing.camel.RouteHeaders;
import org.apache.camel.Exchange;
import org.apache.camel.Body;
import org.apache.camel.Header;
import org.springframework.stereotype.Component;

/**
 * Only members of the griffie group may move a route on; anyone else's change is refused and reported. Archivists
 * (regiobesluit.archive.group) may also finalize a decision record.
 */
@Component
public class GriffieGuard {

    private final AlfrescoRepository alfresco;
    private final RegiobesluitProperties properties;
    private final MailTexts texts;
    /** Each group's members as last read, so a burst of events asks Alfresco once (regiobesluit.membership-ttl). */
    private final java.util.Map<String, Members> recent = new java.util.concurrent.ConcurrentHashMap<>();

    private record Members(java.util.Set<String> persons, long until) {
    }

    public GriffieGuard(AlfrescoRepository alfresco, RegiobesluitProperties properties, MailTexts texts) {
        this.alfresco = alfresco;
        this.properties = properties;
        this.texts = texts;
    }

    /**
     * Whether the trigger's user may move the route on. A change by nobody known is never allowed.
     *
     * <p>Alfresco's peer-association events name no user (schema peerAssocCreated: {@code data.resource} holds only
     * assocType, source and target; so does the assoc.peer.Created of the recorded ACS 25.2 transcript). Making the
     * association does update the source node's {@code cm:modifier}/{@code cm:modified} (same transcript: the proposal's
     * modifiedAt moved to the moment of "link advice to proposal", with no node event of its own), so the user is read
     * from the source node. If someone edited the source since, that later user is judged, which is stricter, never
     * laxer, than judging the link's author only when both are griffie members.
     */
    public boolean admits(Trigger trigger, Exchange exchange) {
        String user = trigger.user();
        if (trigger.userIsSourceModifier()) {
            user = alfresco.node(trigger.nodeId()).modifiedBy();
            exchange.getIn().setHeader(RouteHeaders.USER, user);
        }
        return allowed(user) || (trigger.step() == Trigger.Step.FINALIZE && finalizes(user));
    }

    /**
     * Whether this user may finalize a decision record as an archivist: a member of the archive group. Finalizing is
     * the archivist's act (Share action "Definitief maken", which sets rb:finalized); it moves no route on.
     */
    private boolean finalizes(String user) {
        return user != null && !user.isBlank() && member(user, properties.archive().group());
    }

    /** Whether this user is the service itself or a member of the griffie group; null (nobody known) never is. */
    public boolean allowed(String user) {
        if (user == null || user.isBlank()) {
            return false;
        }
        if (user.equals(properties.serviceUser())) {
            return true;
        }
        return member(user, properties.griffieGroup());
    }

    private boolean member(String user, String group) {
        long now = System.nanoTime();
        Members known = recent.get(group);
        if (known == null || now - known.until() >= 0) {
            // One listing of the group per membership-ttl, however many users are checked (AlfrescoRepository.isMember
            // says why the group's members are read rather than the user's groups).
            long ttl = properties.membershipTtl() == null ? 0 : properties.membershipTtl().toNanos();
            known = new Members(alfresco.groupMembers(group), now + ttl);
            if (ttl > 0) {
                recent.put(group, known);
            }
        }
        return known.persons().stream().anyMatch(user::equalsIgnoreCase);
    }

    /** The report of a refused change to the regiogriffier, naming what the user tried by the step it would have taken. */
    public OutgoingMail refusal(@Body Trigger trigger, @Header(RouteHeaders.USER) String user,
                                @Header(RouteHeaders.NODE_ID) String nodeId, @Header(RouteHeaders.IDEMPOTENCY_KEY) String key) {
        return texts.refused(key, properties.region().regiogriffier(), user, nodeId, trigger == null ? null : trigger.step());
    }
}
