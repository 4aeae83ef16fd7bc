package nl.regiobesluit.routing.events;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.util.Set;
import nl.regiobesluit.routing.config.RegiobesluitProperties;
import org.springframework.stereotype.Component;

/**
 * Recognises the service's own writes coming back as events, with one streaming pass and without building the event.
 *
 * <p>Why: every result the service writes comes back from Alfresco as a node.Updated by the service account, holding
 * the whole node, the ~25 KB result JSON included. {@link EventClassifier} ignores it ("the service's own write") after
 * {@link RepoEventParser} has built and checked all of it: the largest events of the stream cost the most and came to
 * nothing. This pass finds the same answer before that: a node.Created or node.Updated whose
 * {@code data.resource.modifiedByUser.id} is the service account.
 *
 * <p>It says "own write" only for an event the strict parser would have read far enough to ignore it too: one
 * well-formed JSON object (nothing after it, no key twice: the parser's own rules), {@code specversion} "1.0", and the
 * envelope's and resource's required fields present as non-blank text (id, source, time, dataschema, datacontenttype,
 * data.eventGroupId, data.resource.id and nodeType), its time a date and time. Anything else, and every event by someone else, goes to the
 * parser as before and is judged there. What is not judged for an own write is the shape of the values inside its
 * resource (property types, dates): no step reads them, since the event is ignored either way.
 */
@Component
public class OwnWrites {

    private static final Set<String> NODE_CHANGES = Set.of(RepoEvent.NODE_CREATED, RepoEvent.NODE_UPDATED);
    private static final Set<String> ENVELOPE = Set.of("id", "type", "specversion", "source", "time", "dataschema", "datacontenttype");

    private final JsonFactory json = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private final String serviceUser;

    public OwnWrites(RegiobesluitProperties properties) {
        this.serviceUser = properties.serviceUser();
    }

    /** The event and node of an own write, for the log line that says it was ignored. */
    public record Echo(String eventId, String nodeId) {
    }

    /** The echo if this event is the service's own write (see the class comment), else null: parse it. */
    public Echo recognise(String event) {
        if (event == null) {
            return null;
        }
        try (JsonParser p = json.createParser(event)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            Envelope e = new Envelope();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (ENVELOPE.contains(field)) {
                    if (value != JsonToken.VALUE_STRING || p.getText().isBlank()) {
                        return null;
                    }
                    e.text(field, p.getText());
                } else if ("data".equals(field) && value == JsonToken.START_OBJECT) {
                    e.data = data(p);
                } else {
                    p.skipChildren();
                }
            }
            // Exactly one JSON value: text after it makes the event malformed, which the parser says.
            if (p.nextToken() != null) {
                return null;
            }
            return e.isOwnWriteOf(serviceUser) ? new Echo(e.id, e.data.resourceId) : null;
        } catch (IOException malformed) {
            // Not JSON, or a key twice: the parser rejects it with the reason.
            return null;
        }
    }

    /** What the pass found in {@code data}. */
    private static final class Data {
        boolean eventGroupId;
        String resourceId;
        boolean nodeType;
        String modifiedBy;
    }

    /** What the pass found at the top level. */
    private static final class Envelope {
        int texts;
        String id;
        String type;
        String specversion;
        String time;
        Data data;

        void text(String field, String value) {
            texts++;
            switch (field) {
                case "id" -> id = value;
                case "type" -> type = value;
                case "specversion" -> specversion = value;
                case "time" -> time = value;
                default -> {
                    // present as text is all that is checked here
                }
            }
        }

        boolean isOwnWriteOf(String serviceUser) {
            return texts == ENVELOPE.size() && "1.0".equals(specversion) && isDateTime(time) && NODE_CHANGES.contains(type) && data != null
                    && data.eventGroupId && data.resourceId != null && data.nodeType && serviceUser.equals(data.modifiedBy);
        }
    }

    private static boolean isDateTime(String value) {
        try {
            java.time.OffsetDateTime.parse(value);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    private static Data data(JsonParser p) throws IOException {
        Data d = new Data();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if ("eventGroupId".equals(field)) {
                d.eventGroupId = value == JsonToken.VALUE_STRING && !p.getText().isBlank();
            } else if ("resource".equals(field) && value == JsonToken.START_OBJECT) {
                resource(p, d);
            } else {
                p.skipChildren();
            }
        }
        return d;
    }

    private static void resource(JsonParser p, Data d) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if ("id".equals(field) && value == JsonToken.VALUE_STRING && !p.getText().isBlank()) {
                d.resourceId = p.getText();
            } else if ("nodeType".equals(field)) {
                d.nodeType = value == JsonToken.VALUE_STRING && !p.getText().isBlank();
            } else if ("modifiedByUser".equals(field) && value == JsonToken.START_OBJECT) {
                d.modifiedBy = EventGroup.idIn(p);
            } else {
                p.skipChildren();
            }
        }
    }
}
