package nl.regiobesluit.routing.arrangement;

import static nl.regiobesluit.model.RbModel.*;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.regiobesluit.routing.alfresco.AlfrescoRepository;
import nl.regiobesluit.routing.alfresco.RepoNode;
import nl.regiobesluit.routing.config.RegiobesluitProperties;
import nl.regiobesluit.routing.mail.MailTexts;
import org.springframework.stereotype.Component;

/**
 * What the arrangement routes read of a joint arrangement ({@code rb:jointArrangement}), always fresh from Alfresco:
 * the arrangement a meeting's papers or a Wgr procedure belong to, and which of its participants this service routes to.
 * A participant outside the region (Katwijk in Economie71, say) is registered on the arrangement but has no council
 * folder or griffie here: it gets no cover note and no e-mail; its zienswijze in a Wgr procedure is recorded in the
 * arrangement's own folder, where the regiogriffier keeps it.
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

    /**
     * Participants as the register names them, matched to the configured municipalities without regard to case or
     * surrounding blanks ("leiden " is Leiden); those in the region by their configured name, each once.
     */
    public Participants participants(RepoNode arrangement) {
        Set<String> in = new LinkedHashSet<>();
        Set<String> out = new LinkedHashSet<>();
        for (String m : arrangement.texts(PROP_PARTICIPANTS)) {
            if (m != null && !m.isBlank()) {
                configuredName(m).ifPresentOrElse(in::add, () -> out.add(m.strip()));
            }
        }
        return new Participants(List.copyOf(in), List.copyOf(out));
    }

    /** The municipality's name as configured, matched without regard to case; empty when this service does not route to it. */
    public Optional<String> configuredName(String municipality) {
        if (municipality == null) {
            return Optional.empty();
        }
        String wanted = municipality.strip();
        return properties.region().municipalities().keySet().stream().filter(k -> k.equalsIgnoreCase(wanted)).findFirst();
    }

    /** Whether this service routes to the municipality's council (it is configured with a folder and a griffie). */
    public boolean inRegion(String municipality) {
        return configuredName(municipality).isPresent();
    }

    public String councilFolder(String municipality) {
        return properties.region().municipalities().get(configuredName(municipality).orElseThrow()).councilFolder();
    }

    public String griffie(String municipality) {
        return properties.region().municipalities().get(configuredName(municipality).orElseThrow()).griffie();
    }

    /** The arrangement's name for mails: the name in the register, else its folder's title or name. */
    public static String name(RepoNode arrangement) {
        String name = arrangement.text(PROP_ARRANGEMENT_NAME);
        return name != null && !name.isBlank() ? name : MailTexts.displayName(arrangement);
    }
}
