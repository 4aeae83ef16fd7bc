package nl.regiobesluit.routing.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Reads Alfresco's event JSON with Jackson (the SDK's event library does not resolve from Maven Central).
 * It checks what the routes rely on and names what is wrong, so a malformed event reaches the
 * dead-letter queue with a clear reason before anything is changed.
 */
@Component
public class RepoEventParser {

    private final ObjectMapper mapper = new ObjectMapper();

    public RepoEvent parse(String json) {
        if (json == null || json.isBlank()) {
            throw new MalformedEventException("empty event");
        }
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("event is not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new MalformedEventException("event is not a JSON object");
        }
        String id = required(root, "id", "event");
        String type = required(root, "type", "event " + id);
        if (!"1.0".equals(root.path("specversion").asText(null))) {
            throw new MalformedEventException("event " + id + ": specversion must be 1.0");
        }
        if (!type.startsWith("org.alfresco.event.")) {
            throw new MalformedEventException("event " + id + ": type '" + type + "' is not an Alfresco repository event");
        }
        JsonNode resource = root.path("data").path("resource");
        if (!resource.isObject()) {
            throw new MalformedEventException("event " + id + ": data.resource is missing");
        }
        String time = root.path("time").asText(null);
        if (type.startsWith(RepoEvent.PEER_ASSOC_PREFIX)) {
            return new RepoEvent(id, type, time, null, null, new RepoEvent.PeerAssoc(
                    required(resource, "assocType", "event " + id + " data.resource"),
                    required(resource.path("source"), "id", "event " + id + " data.resource.source"),
                    required(resource.path("target"), "id", "event " + id + " data.resource.target")));
        }
        if (type.startsWith("org.alfresco.event.assoc.")) {
            return new RepoEvent(id, type, time, null, null, null);
        }
        RepoEvent.Node node = new RepoEvent.Node(
                required(resource, "id", "event " + id + " data.resource"),
                resource.path("name").asText(null),
                required(resource, "nodeType", "event " + id + " data.resource"),
                strings(resource, "aspectNames", id),
                properties(resource, id),
                resource.path("modifiedByUser").path("id").asText(null),
                strings(resource, "primaryHierarchy", id));
        RepoEvent.Before before = null;
        JsonNode b = root.path("data").path("resourceBefore");
        if (b.isObject()) {
            before = new RepoEvent.Before(properties(b, id), b.has("aspectNames") ? strings(b, "aspectNames", id) : null);
        }
        return new RepoEvent(id, type, time, node, before, null);
    }

    private static String required(JsonNode parent, String field, String where) {
        JsonNode v = parent.path(field);
        if (!v.isTextual() || v.asText().isBlank()) {
            throw new MalformedEventException(where + ": '" + field + "' is missing or not text");
        }
        return v.asText();
    }

    private static List<String> strings(JsonNode parent, String field, String id) {
        JsonNode v = parent.path(field);
        if (v.isMissingNode() || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new MalformedEventException("event " + id + ": '" + field + "' must be an array");
        }
        List<String> result = new ArrayList<>();
        v.forEach(e -> result.add(e.asText()));
        return result;
    }

    private Map<String, Object> properties(JsonNode parent, String id) {
        JsonNode v = parent.path("properties");
        if (v.isMissingNode() || v.isNull()) {
            return Map.of();
        }
        if (!v.isObject()) {
            throw new MalformedEventException("event " + id + ": 'properties' must be an object");
        }
        Map<String, Object> result = new LinkedHashMap<>();
        v.properties().forEach(e -> result.put(e.getKey(), mapper.convertValue(e.getValue(), Object.class)));
        return result;
    }
}
