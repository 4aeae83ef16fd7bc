package nl.regiobesluit.routing.events;

import java.util.List;
import java.util.Map;

/**
 * The parts of an Alfresco repository event (CloudEvents 1.0, "event2") the service reads.
 *
 * @param node     for node events: {@code data.resource}; null for association events
 * @param before   for node.Updated: {@code data.resourceBefore}, holding only what changed; else null
 * @param peerAssoc for assoc.peer events; else null
 */
public record RepoEvent(String id, String type, String time, Node node, Before before, PeerAssoc peerAssoc) {

    public static final String NODE_CREATED = "org.alfresco.event.node.Created";
    public static final String NODE_UPDATED = "org.alfresco.event.node.Updated";
    public static final String NODE_DELETED = "org.alfresco.event.node.Deleted";
    /** The type prefix of peer-association events, whose node is the association's source. */
    public static final String PEER_ASSOC_PREFIX = "org.alfresco.event.assoc.peer.";
    public static final String PEER_ASSOC_CREATED = PEER_ASSOC_PREFIX + "Created";

    public record Node(String id, String name, String nodeType, List<String> aspectNames,
                       Map<String, Object> properties, String modifiedBy, List<String> primaryHierarchy) {
        public boolean hasAspect(String aspect) {
            return aspectNames != null && aspectNames.contains(aspect);
        }

        public Object property(String name) {
            return properties == null ? null : properties.get(name);
        }
    }

    /** What changed: the previous values of changed properties (null where absent before) and the previous aspects if they changed. */
    public record Before(Map<String, Object> properties, List<String> aspectNames) {
    }

    public record PeerAssoc(String assocType, String sourceId, String targetId) {
    }

    public boolean isNodeEvent() {
        return node != null;
    }
}
