package nl.regiobesluit.routing.events;

import static nl.regiobesluit.model.RbModel.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.regiobesluit.shared.Problem;
import org.springframework.stereotype.Component;

/**
 * Reads Alfresco's event JSON (the SDK's event library does not resolve from Maven Central) and refuses, with one
 * reason naming the field, anything that is not shaped as Alfresco's event schemas say
 * (shared/reference/alfresco/events/schema: acs-event-model's nodeCreated/nodeUpdated/nodeDeleted/peerAssocCreated/
 * childAssocCreated). Values are never coerced: a number where text belongs is refused, not read as its digits, and
 * property values keep their JSON type exactly (decimals as BigDecimal, so {@code 1.50} stays {@code 1.50}).
 * A malformed event thus reaches the dead-letter queue with its reason before anything is changed.
 *
 * <p>Beyond the schemas, as the JSON itself must be unambiguous: exactly one JSON value (nothing after it) and no
 * key twice in one object (which copy would count?).
 */
@Component
public class RepoEventParser {

    /**
     * The properties the routes read from the event itself (EventClassifier), with the JSON type Alfresco gives their
     * model type (platform-module's regiobesluit-model.xml): d:text as a string, d:boolean as true/false. Alfresco
     * writes null for a property without a value (recorded ACS 25.2 transcript: {@code "cm:expiryDate": null}).
     */
    static final Map<String, JsonNodeType> ROUTE_PROPERTY_TYPES = Map.of(
            PROP_ROUTE_STATUS, JsonNodeType.STRING, PROP_ADVICE_KIND, JsonNodeType.STRING,
            PROP_COUNCIL_OUTCOME, JsonNodeType.STRING, PROP_FINALIZED, JsonNodeType.BOOLEAN,
            PROP_RESULT_PASSED, JsonNodeType.BOOLEAN);

    private static final int SHOWN = 60;

    private final JsonMapper mapper = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    public RepoEvent parse(String json) {
        if (json == null || json.isBlank()) {
            throw refuse(null, null, "leeg bericht", "empty event");
        }
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            String why = shorten(String.valueOf(e.getOriginalMessage()).replaceAll("\\s+", " "));
            throw new MalformedEventException(Problem.bilingual("bericht is geen geldige JSON: " + why, "event is not JSON: " + why));
        }
        if (root == null || !root.isObject()) {
            throw refuse(null, null, "bericht is geen JSON-object", "event is not a JSON object");
        }
        Reader r = new Reader(null);
        String id = r.requiredText(root, "id");
        r = new Reader("event " + shorten(id));
        String type = r.requiredText(root, "type");
        String specversion = r.requiredText(root, "specversion");
        if (!"1.0".equals(specversion)) {
            throw r.refuse("specversion", "moet 1.0 zijn, niet '" + shorten(specversion) + "'", "must be 1.0, not '" + shorten(specversion) + "'");
        }
        if (!type.startsWith("org.alfresco.event.")) {
            throw r.refuse("type", "'" + shorten(type) + "' is geen repository-event van Alfresco",
                    "'" + shorten(type) + "' is not an Alfresco repository event");
        }
        r.requiredText(root, "source");
        String time = r.requiredText(root, "time");
        r.dateTime(time, "time");
        r.requiredText(root, "dataschema");
        r.requiredText(root, "datacontenttype");
        JsonNode data = r.requiredObject(root, "data", "data");
        r.requiredText(data, "eventGroupId", "data.eventGroupId");
        JsonNode resource = r.requiredObject(data, "resource", "data.resource");

        if (type.startsWith(RepoEvent.PEER_ASSOC_PREFIX)) {
            return new RepoEvent(id, type, time, null, null, new RepoEvent.PeerAssoc(
                    r.requiredText(resource, "assocType", "data.resource.assocType"),
                    r.requiredText(r.requiredObject(resource, "source", "data.resource.source"), "id", "data.resource.source.id"),
                    r.requiredText(r.requiredObject(resource, "target", "data.resource.target"), "id", "data.resource.target.id")));
        }
        if (type.startsWith("org.alfresco.event.assoc.child.")) {
            r.requiredText(resource, "assocType", "data.resource.assocType");
            r.requiredText(r.requiredObject(resource, "parent", "data.resource.parent"), "id", "data.resource.parent.id");
            r.requiredText(r.requiredObject(resource, "child", "data.resource.child"), "id", "data.resource.child.id");
            return new RepoEvent(id, type, time, null, null, null);
        }
        if (!type.startsWith("org.alfresco.event.node.")) {
            // Another kind of repository event (permissions, say): no step reads it, so its resource is not judged.
            return new RepoEvent(id, type, time, null, null, null);
        }
        RepoEvent.Node node = r.node(resource, "data.resource");
        RepoEvent.Before before = null;
        JsonNode b = data.get("resourceBefore");
        if (RepoEvent.NODE_UPDATED.equals(type) && b == null) {
            // Required by the nodeUpdated schema: without it nobody can tell what the update changed.
            throw r.refuse("data.resourceBefore", "ontbreekt", "is missing");
        }
        if (b != null) {
            if (!b.isObject()) {
                throw r.wrongType("data.resourceBefore", b, "een object", "an object");
            }
            r.resourceFields(b, "data.resourceBefore");
            before = new RepoEvent.Before(r.properties(b, "data.resourceBefore"),
                    b.has("aspectNames") ? r.texts(b, "aspectNames", "data.resourceBefore.aspectNames") : null);
        }
        return new RepoEvent(id, type, time, node, before, null);
    }

    /** The longest reason: one line of at most 300 characters, as every refusal of bad input in the project. */
    static final int MAX_REASON = 300;

    /**
     * One reason of at most {@link #MAX_REASON} characters. Both languages name the event and the field, so a long
     * event id or field path is shortened first, then the two messages alike; never one language dropped.
     */
    private static MalformedEventException refuse(String where, String field, String nl, String en) {
        Problem p = Problem.bilingualAt(where, 0, field, nl, en);
        if (p.describe().length() > MAX_REASON) {
            p = Problem.bilingualAt(cut(where, 20), 0, cut(field, 50), nl, en);
        }
        int over = p.describe().length() - MAX_REASON;
        if (over > 0) {
            int keep = Math.max(10, Math.max(nl.length(), en.length()) - (over + 1) / 2 - 1);
            p = Problem.bilingualAt(p.source(), 0, p.field(), cut(nl, keep), cut(en, keep));
        }
        return new MalformedEventException(p);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    static String shorten(String s) {
        if (s == null) {
            return "null";
        }
        String oneLine = s.replaceAll("[\\r\\n\\t]", " ");
        return oneLine.length() <= SHOWN ? oneLine : oneLine.substring(0, SHOWN) + "…";
    }

    /** Reads fields of one event, naming the event and the field in every refusal. */
    private final class Reader {
        private final String where;

        Reader(String where) {
            this.where = where;
        }

        MalformedEventException refuse(String field, String nl, String en) {
            return RepoEventParser.refuse(where, field, nl, en);
        }

        MalformedEventException wrongType(String field, JsonNode v, String expectedNl, String expectedEn) {
            return refuse(field, "moet " + expectedNl + " zijn, niet " + nl(v), "must be " + expectedEn + ", not " + en(v));
        }

        String requiredText(JsonNode parent, String name) {
            return requiredText(parent, name, name);
        }

        String requiredText(JsonNode parent, String name, String path) {
            JsonNode v = parent.get(name);
            if (v == null) {
                throw refuse(path, "ontbreekt", "is missing");
            }
            if (!v.isTextual()) {
                throw wrongType(path, v, "tekst", "text");
            }
            if (v.textValue().isBlank()) {
                throw refuse(path, "is leeg", "is empty");
            }
            return v.textValue();
        }

        String optionalText(JsonNode parent, String name, String path) {
            JsonNode v = parent.get(name);
            if (v == null) {
                return null;
            }
            if (!v.isTextual()) {
                throw wrongType(path, v, "tekst", "text");
            }
            return v.textValue();
        }

        JsonNode requiredObject(JsonNode parent, String name, String path) {
            JsonNode v = parent.get(name);
            if (v == null) {
                throw refuse(path, "ontbreekt", "is missing");
            }
            if (!v.isObject()) {
                throw wrongType(path, v, "een object", "an object");
            }
            return v;
        }

        JsonNode optionalObject(JsonNode parent, String name, String path) {
            JsonNode v = parent.get(name);
            if (v != null && !v.isObject()) {
                throw wrongType(path, v, "een object", "an object");
            }
            return v;
        }

        void optionalBoolean(JsonNode parent, String name, String path) {
            JsonNode v = parent.get(name);
            if (v != null && !v.isBoolean()) {
                throw wrongType(path, v, "true of false", "true or false");
            }
        }

        void dateTime(String value, String path) {
            try {
                OffsetDateTime.parse(value);
            } catch (DateTimeParseException e) {
                throw refuse(path, "'" + shorten(value) + "' is geen datum en tijd (ISO 8601)",
                        "'" + shorten(value) + "' is not a date and time (ISO 8601)");
            }
        }

        /** A list of texts (aspect names, a hierarchy of node ids): every element a string, none null. */
        List<String> texts(JsonNode parent, String name, String path) {
            JsonNode v = parent.get(name);
            if (v == null) {
                return List.of();
            }
            if (!v.isArray()) {
                throw wrongType(path, v, "een lijst van teksten", "a list of texts");
            }
            List<String> result = new ArrayList<>(v.size());
            for (int i = 0; i < v.size(); i++) {
                JsonNode e = v.get(i);
                if (!e.isTextual()) {
                    throw wrongType(path + "[" + i + "]", e, "tekst", "text");
                }
                result.add(e.textValue());
            }
            return List.copyOf(result);
        }

        /** The NodeResource fields of the schemas, each of its type when present. */
        void resourceFields(JsonNode r, String path) {
            optionalText(r, "@type", path + ".@type");
            optionalText(r, "name", path + ".name");
            optionalText(r, "nodeType", path + ".nodeType");
            optionalText(r, "primaryAssocQName", path + ".primaryAssocQName");
            optionalBoolean(r, "isFile", path + ".isFile");
            optionalBoolean(r, "isFolder", path + ".isFolder");
            for (String when : List.of("createdAt", "modifiedAt")) {
                String t = optionalText(r, when, path + "." + when);
                if (t != null) {
                    dateTime(t, path + "." + when);
                }
            }
            user(r, "createdByUser", path + ".createdByUser");
            user(r, "modifiedByUser", path + ".modifiedByUser");
            JsonNode content = optionalObject(r, "content", path + ".content");
            if (content != null) {
                optionalText(content, "encoding", path + ".content.encoding");
                optionalText(content, "mimeType", path + ".content.mimeType");
                JsonNode size = content.get("sizeInBytes");
                if (size != null && !(size.isIntegralNumber() && size.canConvertToLong() && size.longValue() >= 0)) {
                    throw wrongType(path + ".content.sizeInBytes", size, "een geheel getal van 0 of meer", "a whole number of 0 or more");
                }
            }
            texts(r, "primaryHierarchy", path + ".primaryHierarchy");
            texts(r, "secondaryParents", path + ".secondaryParents");
            texts(r, "aspectNames", path + ".aspectNames");
            optionalObject(r, "localizedProperties", path + ".localizedProperties");
        }

        /** A UserInfo: an object whose id, when present, names the user as non-blank text. */
        String user(JsonNode r, String name, String path) {
            JsonNode u = optionalObject(r, name, path);
            if (u == null) {
                return null;
            }
            optionalText(u, "displayName", path + ".displayName");
            String id = optionalText(u, "id", path + ".id");
            if (id != null && id.isBlank()) {
                throw refuse(path + ".id", "is leeg", "is empty");
            }
            return id;
        }

        RepoEvent.Node node(JsonNode r, String path) {
            resourceFields(r, path);
            return new RepoEvent.Node(
                    requiredText(r, "id", path + ".id"),
                    optionalText(r, "name", path + ".name"),
                    requiredText(r, "nodeType", path + ".nodeType"),
                    texts(r, "aspectNames", path + ".aspectNames"),
                    properties(r, path),
                    user(r, "modifiedByUser", path + ".modifiedByUser"),
                    texts(r, "primaryHierarchy", path + ".primaryHierarchy"));
        }

        /** {@code properties}: an object; values as given (null kept), and the ones the routes read of their model type. */
        Map<String, Object> properties(JsonNode parent, String path) {
            JsonNode v = optionalObject(parent, "properties", path + ".properties");
            if (v == null) {
                return Map.of();
            }
            Map<String, Object> result = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : v.properties()) {
                JsonNode value = e.getValue();
                JsonNodeType expected = ROUTE_PROPERTY_TYPES.get(e.getKey());
                if (expected != null && !value.isNull() && value.getNodeType() != expected) {
                    boolean text = expected == JsonNodeType.STRING;
                    throw wrongType(path + ".properties." + e.getKey(), value, text ? "tekst" : "true of false",
                            text ? "text" : "true or false");
                }
                result.put(e.getKey(), plain(value));
            }
            return Collections.unmodifiableMap(result);
        }
    }

    /** A JSON value as plain Java, exactly: no coercion, numbers as given (Integer/Long/BigInteger, BigDecimal). */
    static Object plain(JsonNode v) {
        return switch (v.getNodeType()) {
            case NULL, MISSING -> null;
            case STRING -> v.textValue();
            case BOOLEAN -> v.booleanValue();
            case NUMBER -> v.isIntegralNumber() ? integral(v) : v.decimalValue();
            case ARRAY -> {
                List<Object> list = new ArrayList<>(v.size());
                v.forEach(e -> list.add(plain(e)));
                yield Collections.unmodifiableList(list);
            }
            case OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                v.properties().forEach(e -> map.put(e.getKey(), plain(e.getValue())));
                yield Collections.unmodifiableMap(map);
            }
            case BINARY, POJO -> throw new IllegalStateException("not produced by reading JSON text: " + v.getNodeType());
        };
    }

    private static Object integral(JsonNode v) {
        if (v.canConvertToInt()) {
            return v.intValue();
        }
        return v.canConvertToLong() ? (Object) v.longValue() : v.bigIntegerValue();
    }

    private static String nl(JsonNode v) {
        return switch (v.getNodeType()) {
            case NULL -> "null";
            case STRING -> "tekst";
            case BOOLEAN -> "een ja/nee-waarde (" + v.booleanValue() + ")";
            case NUMBER -> "een getal (" + shorten(v.asText()) + ")";
            case ARRAY -> "een lijst";
            case OBJECT -> "een object";
            default -> v.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String en(JsonNode v) {
        return switch (v.getNodeType()) {
            case NULL -> "null";
            case STRING -> "text";
            case BOOLEAN -> "a boolean (" + v.booleanValue() + ")";
            case NUMBER -> "a number (" + shorten(v.asText()) + ")";
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            default -> v.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
