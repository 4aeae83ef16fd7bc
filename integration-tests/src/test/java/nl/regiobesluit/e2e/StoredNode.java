package nl.regiobesluit.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.regiobesluit.routing.testsupport.SimNode;

/**
 * A node as a scenario reads it back, wherever it runs: from the simulator's memory or from a real Alfresco's v1 REST
 * answer. Property values are plain Java values as Jackson reads Alfresco's JSON (text, numbers, booleans, lists).
 */
public record StoredNode(String id, String name, String nodeType, List<String> aspectNames, Map<String, Object> properties) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public StoredNode {
        aspectNames = List.copyOf(aspectNames);
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    public Object property(String name) {
        return properties.get(name);
    }

    public static StoredNode of(SimNode n) {
        return new StoredNode(n.id(), n.name(), n.nodeType(), n.aspectNames(), n.properties());
    }

    /** From a node entry of the v1 REST API ({@code {"entry": {...}}} unwrapped). */
    public static StoredNode of(JsonNode entry) {
        List<String> aspects = new ArrayList<>();
        entry.path("aspectNames").forEach(a -> aspects.add(a.asText()));
        Map<String, Object> props = new LinkedHashMap<>();
        entry.path("properties").properties().forEach(e -> {
            if (!e.getValue().isNull()) {
                props.put(e.getKey(), JSON.convertValue(e.getValue(), Object.class));
            }
        });
        return new StoredNode(entry.path("id").asText(), entry.path("name").asText(), entry.path("nodeType").asText(), aspects, props);
    }
}
