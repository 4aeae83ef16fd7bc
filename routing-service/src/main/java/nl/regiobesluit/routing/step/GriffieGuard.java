package nl.regiobesluit.routing.step;

import nl.regiobesluit.routing.alfresco.AlfrescoRepository;
import nl.regiobesluit.routing.config.RegiobesluitProperties;
import nl.regiobesluit.routing.mail.MailTexts;
import nl.regiobesluit.routing.mail.OutgoingMail;
import nl.regiobesluit.routing.route.RouteHeaders;
import org.apache.camel.Header;
import org.springframework.stereotype.Component;

/** Only members of the griffie group may move a route on; anyone else's change is refused and reported. */
@Component
public class GriffieGuard {

    private final AlfrescoRepository alfresco;
    private final RegiobesluitProperties properties;
    private final MailTexts texts;
    /** Recent answers, so a burst of events by one griffier asks Alfresco once (regiobesluit.membership-ttl). */
    private final java.util.Map<String, Membership> recent = new java.util.concurrent.ConcurrentHashMap<>();

    private record Membership(boolean member, long until) {
    }

    public GriffieGuard(AlfrescoRepository alfresco, RegiobesluitProperties properties, MailTexts texts) {
        this.alfresco = alfresco;
        this.properties = properties;
        this.texts = texts;
    }

    /** Association events name no user; the nodes they link were checked when their own events arrived. */
    public boolean allowed(@Header(RouteHeaders.USER) String user) {
        if (user == null || user.equals(properties.serviceUser())) {
            return true;
        }
        long now = System.nanoTime();
        Membership known = recent.get(user);
        if (known != null && now - known.until() < 0) {
            return known.member();
        }
        boolean member = alfresco.isMember(user, properties.griffieGroup());
        long ttl = properties.membershipTtl() == null ? 0 : properties.membershipTtl().toNanos();
        if (ttl > 0) {
            if (recent.size() > 10_000) {
                recent.clear();
            }
            recent.put(user, new Membership(member, now + ttl));
        }
        return member;
    }

    public OutgoingMail refusal(@Header(RouteHeaders.USER) String user, @Header(RouteHeaders.NODE_ID) String nodeId,
                                @Header("rbReason") String what, @Header(RouteHeaders.IDEMPOTENCY_KEY) String key) {
        return texts.refused(key, properties.region().regiogriffier(), user, nodeId, what);
    }
}
