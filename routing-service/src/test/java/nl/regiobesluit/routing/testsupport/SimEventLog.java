package nl.regiobesluit.routing.testsupport;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The event2 messages Alfresco would publish for the simulator's own REST writes, whoever makes them (griffie staff
 * through a driver, the routing service's account alike: Alfresco leaves out only the {@code System} user's writes).
 *
 * <p>Off until {@link #recording(boolean)} turns it on, so tests that publish their own fixtures ({@link RepoEvents})
 * and long benchmarks are unaffected. While on, every successful write over HTTP adds its events to a queue that
 * {@link #drain()} empties; the integration tests' {@code SimulatorEventBridge} publishes what it drains on
 * {@code alfresco.repo.event2}, after WireMock has answered the request (as Alfresco publishes after its commit).
 *
 * <p>What is published, as recorded on ACS 25.2 (shared/reference/alfresco/real-acs-25.2/transcript.jsonl) and as
 * Alfresco's {@code EventGeneratorV2}/{@code EventConsolidator} build it, one event per node per request (each REST
 * call is one transaction):
 * <ul>
 *   <li>{@code POST /nodes/{id}/children}: node.Created of the new node, then node.Updated of the folder, whose
 *       {@code cm:modified}/{@code cm:modifier} Alfresco's auditable behaviour moved (transcript lines 5, 10, 27);
 *       an assoc.peer.Created per {@code targets} entry;</li>
 *   <li>{@code PUT /nodes/{id}}: one node.Updated when anything changed, none when nothing did ("ja" for a d:boolean
 *       that was already false: transcript line 18). {@code resourceBefore} holds what changed: {@code nodeType}, the
 *       {@code properties} that changed (old values, null where absent), {@code aspectNames} (all of them, before) when
 *       the aspects changed, and {@code modifiedAt}/{@code modifiedByUser} only when the request's own properties
 *       changed something (a type change alone, line 6, and an aspect added alone, line 11, leave them out; a property
 *       edit, lines 8 and 12, has them);</li>
 *   <li>{@code POST /nodes/{id}/targets}: one assoc.peer.Created and no node event (line 13);</li>
 *   <li>{@code POST /nodes/{id}/lock}: node.Updated with the lock properties and aspects before (line 31);</li>
 *   <li>{@code DELETE /nodes/{id}}: node.Deleted, an assoc.peer.Deleted per peer association it had (as source or
 *       target), and node.Updated of its folder (line 37).</li>
 * </ul>
 */
public final class SimEventLog {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AlfrescoSimulator alfresco;
    private final RepoEvents events;
    private final List<String> pending = new ArrayList<>();
    private volatile boolean recording;

    SimEventLog(AlfrescoSimulator alfresco) {
        this.alfresco = alfresco;
        this.events = new RepoEvents(alfresco);
    }

    /** Turns recording on or off; turning it off forgets what was not drained. */
    public synchronized void recording(boolean on) {
        recording = on;
        if (!on) {
            pending.clear();
        }
    }

    public boolean recording() {
        return recording;
    }

    /** The events recorded since the last drain, in the order the writes happened. */
    public synchronized List<String> drain() {
        List<String> out = List.copyOf(pending);
        pending.clear();
        return out;
    }

    /** A node's state before a write, to tell afterwards what the write changed. */
    record State(String nodeType, String name, List<String> aspectNames, Map<String, Object> properties,
                 String modifiedBy, OffsetDateTime modifiedAt) {

        static State of(SimNode n) {
            return new State(n.nodeType, n.name, List.copyOf(n.aspectNames), new LinkedHashMap<>(n.properties),
                    n.modifiedBy, n.modifiedAt);
        }

        /** Whether the node differs from this state in type, name, aspects or properties. */
        boolean changedIn(SimNode n) {
            return !nodeType.equals(n.nodeType) || !name.equals(n.name)
                    || !new LinkedHashSet<>(aspectNames).equals(new LinkedHashSet<>(n.aspectNames))
                    || !properties.equals(n.properties);
        }
    }

    synchronized void created(SimNode child, SimNode parent, State parentBefore) {
        if (!recording) {
            return;
        }
        pending.add(events.nodeCreated(child.id));
        // The folder's auditable properties moved: node.Updated with modifiedAt, and modifiedByUser when another user
        // modified it last (transcript line 10: admin before, regiogriffier now; line 5: the same user, no modifiedByUser).
        updated(parent, parentBefore, true);
    }

    /**
     * @param propertiesEdited whether the request's own properties changed something: only then does Alfresco's
     *                         resourceBefore hold modifiedAt (and modifiedByUser when that changed)
     */
    synchronized void updated(SimNode after, State before, boolean propertiesEdited) {
        if (!recording) {
            return;
        }
        ObjectNode b = JSON.createObjectNode();
        b.put("@type", "NodeResource");
        if (propertiesEdited && !Objects.equals(before.modifiedBy, after.modifiedBy)) {
            b.putObject("modifiedByUser").put("id", before.modifiedBy).put("displayName", alfresco.displayName(before.modifiedBy));
        }
        if (propertiesEdited && !Objects.equals(before.modifiedAt, after.modifiedAt)) {
            b.put("modifiedAt", RepoEvents.eventDate(before.modifiedAt));
        }
        if (!before.name.equals(after.name)) {
            b.put("name", before.name);
        }
        if (!before.nodeType.equals(after.nodeType)) {
            b.put("nodeType", before.nodeType);
        }
        Map<String, Object> changed = new LinkedHashMap<>();
        Set<String> keys = new LinkedHashSet<>(before.properties.keySet());
        keys.addAll(after.properties.keySet());
        for (String k : keys) {
            if (!Objects.equals(before.properties.get(k), after.properties.get(k))) {
                changed.put(k, before.properties.get(k));
            }
        }
        if (!changed.isEmpty()) {
            b.set("properties", RepoEvents.eventProperties(changed));
        }
        // Alfresco adds the node's d:mltext properties, each locale null, whenever resourceBefore holds properties or
        // modifiedAt (transcript lines 5, 8, 10, 31), and not otherwise (line 35: the unlock, aspects only).
        if (b.has("properties") || b.has("modifiedAt")) {
            ObjectNode localized = RepoEvents.localized(after.properties, true);
            if (!localized.isEmpty()) {
                b.set("localizedProperties", localized);
            }
        }
        if (!new LinkedHashSet<>(before.aspectNames).equals(new LinkedHashSet<>(after.aspectNames))) {
            ArrayNode a = b.putArray("aspectNames");
            before.aspectNames.forEach(a::add);
        }
        pending.add(events.nodeUpdated(after.id, b));
    }

    /** node.Deleted of a node about to be removed (built while it still has its place in the tree). */
    synchronized void deleted(SimNode node) {
        if (recording) {
            pending.add(events.nodeDeleted(node));
        }
    }

    synchronized void peerAssocDeleted(String sourceId, String targetId, String assocType) {
        if (recording) {
            pending.add(events.peerAssocDeleted(sourceId, targetId, assocType));
        }
    }

    synchronized void peerAssocCreated(String sourceId, String targetId, String assocType) {
        if (recording) {
            pending.add(events.peerAssocCreated(sourceId, targetId, assocType));
        }
    }
}
