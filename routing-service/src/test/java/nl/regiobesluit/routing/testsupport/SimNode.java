package nl.regiobesluit.routing.testsupport;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A node in the simulated repository. Like Alfresco, {@code cm:name}, {@code cm:created} and the like are
 * top-level fields, never in {@link #properties}.
 */
public final class SimNode {

    final String id;
    String name;
    String nodeType;
    final String parentId;
    final boolean folder;
    final List<String> aspectNames = new ArrayList<>();
    final Map<String, Object> properties = new LinkedHashMap<>();
    final String createdBy;
    String modifiedBy;
    final OffsetDateTime createdAt;
    OffsetDateTime modifiedAt;
    byte[] content;
    String mimeType = "text/plain";

    SimNode(String id, String name, String nodeType, String parentId, boolean folder, String user, OffsetDateTime now) {
        this.id = id;
        this.name = name;
        this.nodeType = nodeType;
        this.parentId = parentId;
        this.folder = folder;
        this.createdBy = user;
        this.modifiedBy = user;
        this.createdAt = now;
        this.modifiedAt = now;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String nodeType() {
        return nodeType;
    }

    public String parentId() {
        return parentId;
    }

    public boolean isFolder() {
        return folder;
    }

    public List<String> aspectNames() {
        return List.copyOf(aspectNames);
    }

    /** A copy; null values are kept out, as Alfresco drops a property set to null. */
    public Map<String, Object> properties() {
        return new LinkedHashMap<>(properties);
    }

    public Object property(String name) {
        return properties.get(name);
    }

    public String createdBy() {
        return createdBy;
    }

    public String modifiedBy() {
        return modifiedBy;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime modifiedAt() {
        return modifiedAt;
    }
}
