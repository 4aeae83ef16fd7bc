package nl.regiobesluit.routing.testsupport;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import java.util.Map;
import java.util.UUID;

/**
 * Event fixtures in exactly Alfresco's "event2" format (CloudEvents 1.0; see the samples and JSON schemas
 * in shared/reference/alfresco/events): {@code data.resource} is a NodeResource with top-level
 * name/createdAt/modifiedAt, {@code properties} never holds cm:name and the like, and an Updated event's
 * {@code resourceBefore} holds only what changed.
 */
public final class RepoEvents {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SOURCE = "/08d9b620-48de-4247-8f33-360988d3b19b";
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    /** How the v1 REST API (and so the simulator) writes a d:date or d:datetime value. */
    private static final java.util.regex.Pattern REST_DATE = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}[+-]\\d{4}");
    private static final DateTimeFormatter REST_DATE_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private final AlfrescoSimulator alfresco;

    public RepoEvents(AlfrescoSimulator alfresco) {
        this.alfresco = alfresco;
    }

    public String nodeCreated(String nodeId) {
        ObjectNode event = envelope("org.alfresco.event.node.Created", "nodeCreated");
        ((ObjectNode) event.get("data")).set("resource", resource(alfresco.node(nodeId)));
        authorities(event);
        return event.toString();
    }

    /** @param before the previous values of what changed, as {@link AlfrescoSimulator#edit} returns them */
    public String nodeUpdated(String nodeId, Map<String, Object> before) {
        ObjectNode event = updated(nodeId);
        ((ObjectNode) event.at("/data/resourceBefore")).set("properties", eventProperties(before));
        return event.toString();
    }

    /** A node.Updated of the node as it is now, with {@code resourceBefore} holding only the earlier modifiedAt. */
    private ObjectNode updated(String nodeId) {
        SimNode n = alfresco.node(nodeId);
        ObjectNode event = envelope("org.alfresco.event.node.Updated", "nodeUpdated");
        ObjectNode data = (ObjectNode) event.get("data");
        data.set("resource", resource(n));
        ObjectNode b = data.putObject("resourceBefore");
        b.put("@type", "NodeResource");
        b.put("modifiedAt", eventDate(n.modifiedAt().minusSeconds(5)));
        authorities(event);
        return event;
    }

    /**
     * "Manage aspects" in Share adding one aspect: a node.Updated whose {@code resourceBefore} holds the aspects before
     * and no properties (recorded on ACS 25.2: step "add aspect rb:votes only (Share: Manage aspects)").
     */
    public String aspectAdded(String nodeId, String aspect) {
        ObjectNode event = updated(nodeId);
        var aspects = ((ObjectNode) event.at("/data/resourceBefore")).putArray("aspectNames");
        alfresco.node(nodeId).aspectNames().stream().filter(a -> !a.equals(aspect)).forEach(aspects::add);
        return event.toString();
    }

    /** A node.Updated of the node as it is now, with the given {@code resourceBefore} (see {@link SimEventLog}). */
    String nodeUpdated(String nodeId, ObjectNode resourceBefore) {
        SimNode n = alfresco.node(nodeId);
        ObjectNode event = envelope("org.alfresco.event.node.Updated", "nodeUpdated");
        ObjectNode data = (ObjectNode) event.get("data");
        data.set("resource", resource(n));
        data.set("resourceBefore", resourceBefore);
        authorities(event);
        return event.toString();
    }

    /**
     * A date as the event model writes it: ISO-8601 in UTC with {@code Z} and the fraction of a second without trailing
     * zeros ({@code 2026-12-03T18:39:12.25Z}, {@code 2014-11-03T00:00:00Z}; transcript lines 5 and 8), where the v1 REST
     * API writes {@code 2014-11-03T00:00:00.000+0000}.
     */
    static String eventDate(OffsetDateTime date) {
        return ISO.format(date.withOffsetSameInstant(ZoneOffset.UTC));
    }

    /**
     * Property values as Alfresco's event model serialises them (transcript lines 8 and 12): text, booleans and numbers
     * as JSON strings, booleans and numbers, multi-valued ones as arrays, d:date and d:datetime as {@link #eventDate};
     * the simulator stores dates in the REST form, so they are converted here.
     */
    static ObjectNode eventProperties(Map<String, Object> properties) {
        ObjectNode o = JSON.createObjectNode();
        properties.forEach((k, v) -> o.set(k, JSON.valueToTree(eventValue(v))));
        return o;
    }

    private static Object eventValue(Object v) {
        if (v instanceof String s && REST_DATE.matcher(s).matches()) {
            return eventDate(OffsetDateTime.parse(s, REST_DATE_FORMAT));
        }
        if (v instanceof java.util.Collection<?> c) {
            return c.stream().map(RepoEvents::eventValue).toList();
        }
        return v;
    }

    /** The content model's d:mltext properties the simulator holds (contentModel.xml: cm:title, cm:description). */
    private static final java.util.List<String> MLTEXT = java.util.List.of("cm:title", "cm:description");

    /**
     * {@code localizedProperties}: each d:mltext property by locale, the server's being {@code en} (transcript line 8:
     * {@code "cm:title": {"en": "Woningbouwprogramma"}}). In {@code resourceBefore} Alfresco writes every locale as null,
     * changed or not (lines 5, 8, 10 and 31).
     */
    static ObjectNode localized(Map<String, Object> properties, boolean before) {
        ObjectNode o = JSON.createObjectNode();
        for (String p : MLTEXT) {
            if (properties.get(p) != null) {
                ObjectNode byLocale = o.putObject(p);
                if (before) {
                    byLocale.putNull("en");
                } else {
                    byLocale.put("en", String.valueOf(properties.get(p)));
                }
            }
        }
        return o;
    }

    /** node.Deleted of the node as it was (Alfresco's EventGeneratorV2#beforeDeleteNode; transcript line 37). */
    String nodeDeleted(SimNode n) {
        ObjectNode event = envelope("org.alfresco.event.node.Deleted", "nodeDeleted");
        ((ObjectNode) event.get("data")).set("resource", resource(n));
        authorities(event);
        return event.toString();
    }

    String peerAssocDeleted(String sourceId, String targetId, String assocType) {
        return peerAssoc("org.alfresco.event.assoc.peer.Deleted", "peerAssocDeleted", sourceId, targetId, assocType);
    }

    public String peerAssocCreated(String sourceId, String targetId, String assocType) {
        return peerAssoc("org.alfresco.event.assoc.peer.Created", "peerAssocCreated", sourceId, targetId, assocType);
    }

    private static String peerAssoc(String type, String schema, String sourceId, String targetId, String assocType) {
        ObjectNode event = envelope(type, schema);
        ObjectNode r = ((ObjectNode) event.get("data")).putObject("resource");
        r.put("@type", "PeerAssociationResource");
        r.put("assocType", assocType);
        r.putObject("source").put("id", sourceId);
        r.putObject("target").put("id", targetId);
        return event.toString();
    }

    private static ObjectNode envelope(String type, String schema) {
        ObjectNode e = JSON.createObjectNode();
        e.put("specversion", "1.0");
        e.put("type", type);
        e.put("id", UUID.randomUUID().toString());
        e.put("source", SOURCE);
        e.put("time", ISO.format(OffsetDateTime.now(ZoneOffset.UTC)));
        e.put("dataschema", "https://api.alfresco.com/schema/event/repo/v1/" + schema);
        e.put("datacontenttype", "application/json");
        e.putObject("data").put("eventGroupId", UUID.randomUUID().toString());
        return e;
    }

    private ObjectNode resource(SimNode n) {
        ObjectNode r = JSON.createObjectNode();
        r.put("@type", "NodeResource");
        r.put("id", n.id());
        ArrayNode hierarchy = r.putArray("primaryHierarchy");
        alfresco.ancestors(n.id()).forEach(hierarchy::add);
        r.put("name", n.name());
        r.put("nodeType", n.nodeType());
        r.putObject("createdByUser").put("id", n.createdBy()).put("displayName", alfresco.displayName(n.createdBy()));
        r.put("createdAt", eventDate(n.createdAt()));
        r.putObject("modifiedByUser").put("id", n.modifiedBy()).put("displayName", alfresco.displayName(n.modifiedBy()));
        r.put("modifiedAt", eventDate(n.modifiedAt()));
        if (!n.isFolder()) {
            r.putObject("content").put("mimeType", n.mimeType).put("sizeInBytes", n.content == null ? 0 : n.content.length).put("encoding", "UTF-8");
        }
        r.set("properties", eventProperties(n.properties()));
        ObjectNode localized = localized(n.properties(), false);
        if (!localized.isEmpty()) {
            r.set("localizedProperties", localized);
        }
        ArrayNode aspects = r.putArray("aspectNames");
        n.aspectNames().forEach(aspects::add);
        r.put("isFolder", n.isFolder());
        r.put("isFile", !n.isFolder());
        return r;
    }

    private static void authorities(ObjectNode event) {
        ObjectNode data = (ObjectNode) event.get("data");
        data.putArray("resourceReaderAuthorities").add("GROUP_EVERYONE");
        data.putArray("resourceDeniedAuthorities");
    }

}
