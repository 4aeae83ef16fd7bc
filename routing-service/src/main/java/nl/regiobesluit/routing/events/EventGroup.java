package nl.regiobesluit.routing.events;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import org.springframework.stereotype.Component;

/**
 * The node an event is about, read cheaply (a streaming pass, no tree, no properties) so that the subscription can
 * hand events on quickly: it becomes the JMS message group, which keeps one node's events in order across the
 * concurrent consumers. For a peer association it is the source (the proposal), as {@link EventClassifier} has it.
 *
 * <p>An event it cannot read gets no group ({@code null}): it is handed on anyway and {@link RepoEventParser}
 * rejects it with the precise reason, so malformed events are judged in one place.
 */
@Component
public class EventGroup {

    private final JsonFactory json = new JsonFactory();

    public String of(String event) {
        if (event == null) {
            return null;
        }
        try (JsonParser p = json.createParser(event)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            String type = null;
            String resourceId = null;
            String sourceId = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if ("type".equals(field) && value == JsonToken.VALUE_STRING) {
                    type = p.getText();
                } else if ("data".equals(field) && value == JsonToken.START_OBJECT) {
                    String[] ids = resourceIds(p);
                    resourceId = ids[0];
                    sourceId = ids[1];
                } else {
                    p.skipChildren();
                }
            }
            boolean peer = type != null && type.startsWith(RepoEvent.PEER_ASSOC_PREFIX);
            String group = peer ? sourceId : resourceId;
            return group == null || group.isBlank() ? null : group;
        } catch (IOException notJson) {
            return null;
        }
    }

    /** Inside {@code data}: {@code resource.id} and {@code resource.source.id}. */
    private static String[] resourceIds(JsonParser p) throws IOException {
        String[] ids = new String[2];
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if (!"resource".equals(field) || value != JsonToken.START_OBJECT) {
                p.skipChildren();
                continue;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                JsonToken v = p.nextToken();
                if ("id".equals(f) && v == JsonToken.VALUE_STRING) {
                    ids[0] = p.getText();
                } else if ("source".equals(f) && v == JsonToken.START_OBJECT) {
                    ids[1] = idIn(p);
                } else {
                    p.skipChildren();
                }
            }
        }
        return ids;
    }

    /** The {@code id} of the JSON object the parser is in (a user, a source), every other field skipped. */
    static String idIn(JsonParser p) throws IOException {
        String id = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            JsonToken v = p.nextToken();
            if ("id".equals(f) && v == JsonToken.VALUE_STRING) {
                id = p.getText();
            } else {
                p.skipChildren();
            }
        }
        return id;
    }
}
