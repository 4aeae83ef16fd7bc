package nl.regiobesluit.routing.arrangement;

import static nl.regiobesluit.model.RbModel.*;

import java.util.List;
import nl.regiobesluit.routing.alfresco.AlfrescoRepository;
import nl.regiobesluit.routing.alfresco.RepoNode;
import nl.regiobesluit.routing.config.RegiobesluitProperties;
import org.springframework.stereotype.Component;

/**
 * What the arrangement routes read of a joint arrangement ({@code rb:jointArrangement}), always fresh from Alfresco:
 * the arrangement a meeting's papers or a Wgr procedure belong to, and which of its participants this service routes to.
 * A participant outside the region (Katwijk in Economie71, say) is registered on the arrangement but has no council
 * folder here, so it gets no cover note or zienswijze record; the route names it in its log line instead.
 */
@Component
public class Arrangements {

    /** The participants of one arrangement: those this region routes to, and those it cannot reach. */
    public record Participants(List<String> inRegion, List<String> outsideRegion) {
    }

    private final AlfrescoRepository alfresco;
    private final RegiobesluitProperties properties;

    public Arrangements(AlfrescoRepository alfresco, RegiobesluitProperties properties) {
        this.alfresco = alfresco;
        this.properties = properties;
    }

    /**
     * The arrangement a meeting's papers or a Wgr procedure belong to: the {@code rb:jointArrangement} folder they are
     * filed in (the register keeps each arrangement's meetings and procedures in its folder); null when filed elsewhere.
     */
    public RepoNode of(String nodeId) {
        RepoNode parent = alfresco.parent(nodeId);
        return TYPE_JOINT_ARRANGEMENT.equals(parent.nodeType()) ? parent : null;
    }

    public Participants participants(RepoNode arrangement) {
        List<String> all = arrangement.texts(PROP_PARTICIPANTS);
        var configured = properties.region().municipalities();
        return new Participants(all.stream().filter(configured::containsKey).toList(),
                all.stream().filter(m -> !configured.containsKey(m)).toList());
    }

    /** Whether this service routes to the municipality's council (it is configured with a folder and a griffie). */
    public boolean inRegion(String municipality) {
        return municipality != null && properties.region().municipalities().containsKey(municipality);
    }

    public String councilFolder(String municipality) {
        return properties.region().municipalities().get(municipality).councilFolder();
    }

    public String griffie(String municipality) {
        return properties.region().municipalities().get(municipality).griffie();
    }

    /** The arrangement's name for mails: the name in the register, else its folder's title or name. */
    public static String name(RepoNode arrangement) {
        String name = arrangement.text(PROP_ARRANGEMENT_NAME);
        return name != null && !name.isBlank() ? name : nl.regiobesluit.routing.mail.MailTexts.displayName(arrangement);
    }
}
