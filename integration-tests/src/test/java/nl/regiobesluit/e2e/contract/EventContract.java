package nl.regiobesluit.e2e.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.activemq.broker.BrokerFilter;
import org.apache.activemq.broker.BrokerPlugin;
import org.apache.activemq.broker.ProducerBrokerExchange;
import org.apache.activemq.command.ActiveMQDestination;
import org.apache.activemq.command.ActiveMQTextMessage;
import org.apache.activemq.command.Message;

/**
 * Checks every event published on Alfresco's topic {@code alfresco.repo.event2} during the end-to-end runs against
 * Alfresco's own event definitions (shared/reference/alfresco/events, from Alfresco/acs-event-model and the
 * documentation), and writes each to {@code acs-events.jsonl}. An event is held to:
 * <ol>
 *   <li>the JSON schema its {@code dataschema} names ({@code …/v1/nodeUpdated} → {@code schema/nodeUpdated.json},
 *       draft 2019-09, with networknt's validator);</li>
 *   <li>Alfresco's pairing of {@code type} and {@code dataschema}, as its sample events show it
 *       ({@code org.alfresco.event.node.Updated} ↔ {@code nodeUpdated});</li>
 *   <li>no field that neither the schema nor any of Alfresco's samples of that schema has: the schemas do not close their
 *       objects, so a misspelt or invented field would otherwise pass. The contents of {@code properties} and
 *       {@code localizedProperties} are the content model's, not the event model's, and are not looked into.</li>
 * </ol>
 * It sees the events in the broker ({@link #brokerPlugin()}), so whatever publishes them is covered. Events a test
 * publishes broken on purpose are declared with {@link #expectInvalid}: they are recorded with their findings but are
 * not violations.
 */
public final class EventContract {

    public static final String TOPIC = "alfresco.repo.event2";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FREE_MAPS = Set.of("properties", "localizedProperties");

    /** Null when the reference is absent: events are then recorded unchecked. */
    private final Map<String, JsonSchema> schemas;
    /** For each schema name, the event types Alfresco's samples publish with it. */
    private final Map<String, Set<String>> typesBySchema;
    /** For each schema name, every field path the schema declares or a sample of it has. */
    private final Map<String, Set<String>> knownPaths;
    private final Path file;
    private final List<Violation> violations = new CopyOnWriteArrayList<>();
    private final Set<String> expectedInvalid = ConcurrentHashMap.newKeySet();
    private final Map<String, List<String>> findingsOfExpectedInvalid = new ConcurrentHashMap<>();
    private final AtomicInteger checked = new AtomicInteger();
    private volatile String test;

    private EventContract(Map<String, JsonSchema> schemas, Map<String, Set<String>> typesBySchema,
                          Map<String, Set<String>> knownPaths, Path file) {
        this.schemas = schemas;
        this.typesBySchema = typesBySchema;
        this.knownPaths = knownPaths;
        this.file = file;
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            Files.createFile(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks against the reference; the record {@code file} is started afresh. */
    public static EventContract load(AlfrescoReference reference, Path file) {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V201909);
        Map<String, JsonSchema> schemas = new HashMap<>();
        Map<String, Set<String>> known = new HashMap<>();
        Map<String, Set<String>> types = new HashMap<>();
        try (Stream<Path> files = Files.list(reference.events().resolve("schema"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                String name = f.getFileName().toString().replaceFirst("\\.json$", "");
                JsonNode schema = JSON.readTree(f.toFile());
                schemas.put(name, factory.getSchema(f.toUri(), schema));
                Set<String> paths = new TreeSet<>();
                declaredPaths(schema, schema, "", paths);
                known.put(name, paths);
                types.put(name, new TreeSet<>());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Stream<Path> files = Files.list(reference.events())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                JsonNode sample = JSON.readTree(f.toFile());
                String name = schemaName(sample);
                if (name != null && known.containsKey(name)) {
                    types.get(name).add(sample.path("type").asText());
                    samplePaths(sample, "", known.get(name));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The events a real ACS 25.2 published (real-acs-25.2/transcript.jsonl) are Alfresco's samples too: e.g. a type
        // change's resourceBefore holds nodeType (its line 6), which neither the schema nor the other samples show.
        Path transcript = reference.dir().resolve("real-acs-25.2/transcript.jsonl");
        if (Files.isRegularFile(transcript)) {
            try {
                for (String line : Files.readAllLines(transcript)) {
                    for (JsonNode sample : line.isBlank() ? JSON.createArrayNode() : JSON.readTree(line).path("events")) {
                        String name = schemaName(sample);
                        // An event the reference has no schema for (peerAssocDeleted, its line 37) is held to the
                        // fields and type of the real one.
                        if (name != null) {
                            known.computeIfAbsent(name, k -> new TreeSet<>());
                            types.computeIfAbsent(name, k -> new TreeSet<>());
                            types.get(name).add(sample.path("type").asText());
                            samplePaths(sample, "", known.get(name));
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new EventContract(schemas, types, known, file);
    }

    /** Records events without checking them: the reference is absent. */
    public static EventContract unchecked(Path file) {
        return new EventContract(null, Map.of(), Map.of(), file);
    }

    public boolean checks() {
        return schemas != null;
    }

    public Path file() {
        return file;
    }

    public void runningTest(String name) {
        this.test = name;
    }

    /** These events are published broken on purpose (a test of the service's handling of malformed events). */
    public void expectInvalid(String... events) {
        expectedInvalid.addAll(List.of(events));
    }

    /** What was found in an event declared with {@link #expectInvalid} (empty until it is published, or if nothing was). */
    public List<String> findingsOf(String event) {
        return findingsOfExpectedInvalid.getOrDefault(event, List.of());
    }

    public int eventsChecked() {
        return checked.get();
    }

    public List<Violation> violations() {
        return List.copyOf(violations);
    }

    /** Sees every message sent to the topic {@value #TOPIC} in the broker it is installed in. */
    public BrokerPlugin brokerPlugin() {
        return broker -> new BrokerFilter(broker) {
            @Override
            public void send(ProducerBrokerExchange exchange, Message message) throws Exception {
                ActiveMQDestination d = message.getDestination();
                if (d != null && d.isTopic() && TOPIC.equals(d.getPhysicalName())) {
                    observe(message);
                }
                super.send(exchange, message);
            }
        };
    }

    private void observe(Message message) {
        try {
            // getText() decodes into the message and drops its encoded content: decode a copy, leave the original as sent
            String text = message instanceof ActiveMQTextMessage t ? ((ActiveMQTextMessage) t.copy()).getText() : null;
            record(text == null ? "" : text);
        } catch (Exception e) {
            violations.add(new Violation(test, "event", "?", 0, "could not read the message: " + e));
        }
    }

    /** Checks one event, writes it to the record, and keeps its violations; returns what was found. */
    public List<String> record(String event) {
        JsonNode parsed = parse(event);
        String name = parsed == null ? null : schemaName(parsed);
        List<String> findings = checks() ? check(event) : List.of();
        boolean onPurpose = expectedInvalid.contains(event);
        if (onPurpose) {
            findingsOfExpectedInvalid.put(event, findings);
        } else {
            String type = parsed == null ? "?" : parsed.path("type").asText("?");
            String id = parsed == null ? "?" : parsed.path("data").path("resource").path("id").asText(parsed.path("id").asText("?"));
            findings.forEach(f -> violations.add(new Violation(test, type, id, 0, f)));
        }
        ObjectNode line = JSON.createObjectNode();
        line.put("test", test);
        line.put("dataschema", name);
        if (checks()) {
            ArrayNode v = line.putArray("violations");
            findings.forEach(v::add);
        } else {
            line.putNull("violations");
        }
        line.put("deliberatelyInvalid", onPurpose);
        if (parsed != null) {
            line.set("event", parsed);
        } else {
            line.put("event", event);
        }
        append(line.toString() + "\n");
        checked.incrementAndGet();
        return findings;
    }

    /** What differs from Alfresco's event definitions; empty when nothing does. */
    public List<String> check(String event) {
        JsonNode e = parse(event);
        if (e == null) {
            return List.of("not JSON");
        }
        String name = schemaName(e);
        if (name == null || !knownPaths.containsKey(name)) {
            return List.of("dataschema '" + e.path("dataschema").asText() + "' names none of Alfresco's event schemas " + new TreeSet<>(schemas.keySet()));
        }
        List<String> findings = new ArrayList<>();
        for (ValidationMessage m : schemas.containsKey(name) ? schemas.get(name).validate(e) : Set.<ValidationMessage>of()) {
            findings.add("schema/" + name + ".json: " + m.getMessage());
        }
        String type = e.path("type").asText();
        if (!typesBySchema.get(name).contains(type)) {
            findings.add("type '" + type + "' is not published with dataschema " + name + " in Alfresco's samples (there: " + typesBySchema.get(name) + ")");
        }
        Set<String> paths = new LinkedHashSet<>();
        samplePaths(e, "", paths);
        for (String p : paths) {
            if (!knownPaths.get(name).contains(p)) {
                findings.add("field " + p + " is in neither schema/" + name + ".json nor any of Alfresco's samples of it");
            }
        }
        return findings;
    }

    private static JsonNode parse(String event) {
        try {
            JsonNode n = JSON.readTree(event);
            return n != null && n.isObject() ? n : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** {@code https://api.alfresco.com/schema/event/repo/v1/nodeUpdated} → {@code nodeUpdated}. */
    private static String schemaName(JsonNode event) {
        String ds = event.path("dataschema").asText("");
        int slash = ds.lastIndexOf('/');
        return ds.isEmpty() ? null : ds.substring(slash + 1);
    }

    /** The field paths a JSON schema declares ({@code /data/resource/name}; arrays as {@code []}). */
    private static void declaredPaths(JsonNode root, JsonNode schema, String at, Set<String> into) {
        JsonNode s = resolve(root, schema);
        if (s.has("items")) {
            declaredPaths(root, s.get("items"), at + "[]", into);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = s.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            String path = at + "/" + p.getKey();
            into.add(path);
            if (!FREE_MAPS.contains(p.getKey())) {
                declaredPaths(root, p.getValue(), path, into);
            }
        }
    }

    private static JsonNode resolve(JsonNode root, JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        return ref.startsWith("#/") ? root.at(ref.substring(1)) : schema;
    }

    /** The field paths an instance has, not looking into the content model's maps. */
    private static void samplePaths(JsonNode node, String at, Set<String> into) {
        if (node.isArray()) {
            node.forEach(item -> samplePaths(item, at + "[]", into));
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                String path = at + "/" + f.getKey();
                into.add(path);
                if (!FREE_MAPS.contains(f.getKey())) {
                    samplePaths(f.getValue(), path, into);
                }
            }
        }
    }

    private synchronized void append(String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
