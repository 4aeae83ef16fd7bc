package nl.regiobesluit.routing.behaviour;

import nl.regiobesluit.shared.Problem;
import static nl.regiobesluit.model.RbModel.*;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.regiobesluit.routing.alfresco.AlfrescoDates;
import nl.regiobesluit.routing.alfresco.AlfrescoRepository;
import nl.regiobesluit.routing.alfresco.RepoNode;
import nl.regiobesluit.routing.camel.RouteHeaders;
import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Remembers, on the node in Alfresco, that someone outside the griffie changed a vote's values: {@code rb:voteRefusedBy}
 * and {@code rb:voteRefusedOn}. Alfresco keeps the values such an edit set (the service cannot undo an edit that
 * Alfresco accepted), so without this mark the next save by a griffie member — of the title only, say — or a bulk
 * rebuild would compute the official result from them. {@link VoteStep} computes nothing for a marked node until a
 * griffie member changes the member lists again, and that write lifts the mark.
 *
 * <p>Why a marker written by the service and not Alfresco's version history: property updates only create a version
 * when the node is {@code cm:versionable} with {@code cm:autoVersionOnUpdateProps=true} (Alfresco's VersionableAspect;
 * the default is false, and the recorded ACS 25.2 proposal shows {@code cm:autoVersionOnUpdateProps: false}); a vote
 * recorded before the service first made the node versionable, or by a user who switched that property off in the same
 * save, leaves no version saying who set it. The marker is written by the service account, which users outside the
 * griffie cannot impersonate, it survives restarts and is what a bulk rebuild reads with the node.
 */
@Component
public class VoteRefusal {

    private static final Logger LOG = LoggerFactory.getLogger(VoteRefusal.class);

    private final AlfrescoRepository alfresco;
    private final NodeLocks locks;
    private final Clock clock;

    public VoteRefusal(AlfrescoRepository alfresco, NodeLocks locks, Clock clock) {
        this.alfresco = alfresco;
        this.locks = locks;
        this.clock = clock;
    }

    /** Marks the node's vote as refused because this user, outside the griffie, changed it. */
    public void refuse(@Header(RouteHeaders.NODE_ID) String nodeId, @Header(RouteHeaders.USER) String user) {
        locks.with(nodeId, () -> {
            RepoNode node = alfresco.node(nodeId);
            if (!node.hasAspect(ASPECT_VOTES) || node.hasAspect("cm:lockable")) {
                // No vote any more, or a locked (finalized) record that nobody, the service included, can change.
                return null;
            }
            Map<String, Object> mark = new LinkedHashMap<>();
            mark.put(PROP_VOTE_REFUSED_BY, user == null || user.isBlank() ? "(onbekend / unknown)" : user);
            mark.put(PROP_VOTE_REFUSED_ON, AlfrescoDates.format(OffsetDateTime.now(clock)));
            alfresco.update(node, mark, List.of(ASPECT_VOTE_RESULT));
            LOG.warn("vote: node {} refused: its vote was changed by {}, who is not in the griffie", nodeId, user);
            return null;
        });
    }

    /** Whether the node's vote values were changed outside the griffie and not recorded again since. */
    public static boolean isRefused(RepoNode node) {
        return node.property(PROP_VOTE_REFUSED_BY) != null;
    }

    /** The properties that lift the mark (written together with the result of the re-recorded vote). */
    public static Map<String, Object> lifted() {
        Map<String, Object> lift = new LinkedHashMap<>();
        lift.put(PROP_VOTE_REFUSED_BY, null);
        lift.put(PROP_VOTE_REFUSED_ON, null);
        return lift;
    }

    /** Why a refused node is not computed, Dutch with English alongside. */
    public static Problem why(RepoNode node) {
        String by = node.text(PROP_VOTE_REFUSED_BY);
        String on = node.text(PROP_VOTE_REFUSED_ON);
        return Problem.bilingual(("de stemwaarden zijn op %2$s gewijzigd door \"%1$s\", die geen lid is van de griffie; de uitslag "
                + "wordt pas berekend als een griffielid de stemming opnieuw vastlegt (wie voor, tegen of onthouding stemde)").formatted(by, on),
                ("the vote values were changed on %2$s by \"%1$s\", who is not in the griffie; the result is computed only "
                + "once a griffie member records the vote again (who voted yes, no or abstained)").formatted(by, on));
    }
}
