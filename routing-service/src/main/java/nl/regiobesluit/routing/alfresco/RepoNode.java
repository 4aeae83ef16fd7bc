package nl.regiobesluit.routing.alfresco;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A node as the service needs it, read fresh from Alfresco: the route's state lives there, never in the service.
 */
public record RepoNode(String id, String name, String nodeType, List<String> aspectNames,
                       Map<String, Object> properties, String modifiedBy, OffsetDateTime modifiedAt) {

    public RepoNode {
        aspectNames = aspectNames == null ? List.of() : List.copyOf(aspectNames);
        properties = properties == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(properties));
    }

    public boolean hasAspect(String aspect) {
        return aspectNames.contains(aspect);
    }

    public Object property(String name) {
        return properties.get(name);
    }

    public String text(String name) {
        Object v = properties.get(name);
        return v == null ? null : v.toString();
    }

    public Boolean bool(String name) {
        Object v = properties.get(name);
        return v == null ? null : (v instanceof Boolean b ? b : Boolean.valueOf(v.toString()));
    }

    public OffsetDateTime date(String name) {
        return AlfrescoDates.parse(properties.get(name));
    }

    /** A multi-valued text property; Alfresco returns a JSON array, a single value is taken as a list of one. */
    public List<String> texts(String name) {
        Object v = properties.get(name);
        if (v == null) {
            return List.of();
        }
        if (v instanceof Collection<?> c) {
            return c.stream().filter(Objects::nonNull).map(Object::toString).toList();
        }
        return List.of(v.toString());
    }

    /** A human label for logs and e-mails: the proposal number when there is one, else the name. */
    public String label(String numberProperty) {
        String number = text(numberProperty);
        return number == null || number.isBlank() ? name : number + " " + name;
    }
}
