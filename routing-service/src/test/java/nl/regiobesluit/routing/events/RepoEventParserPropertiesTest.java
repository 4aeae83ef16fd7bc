package nl.regiobesluit.routing.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import nl.regiobesluit.model.RbModel;
import nl.regiobesluit.routing.config.RegiobesluitProperties;
import nl.regiobesluit.routing.testsupport.AlfrescoSimulator;
import nl.regiobesluit.routing.testsupport.RepoEvents;
import nl.regiobesluit.routing.testsupport.SimNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * Property-based tests of the repository-event parser (QuickTheories). Real events (Alfresco's published samples and
 * the events of the recorded ACS 25.2 transcript, from ../shared/reference) and generated ones (the test fixtures'
 * events for random nodes) are mutated: a value replaced by one of another JSON type, a field removed, a key given
 * twice, text appended, the text cut short or a character changed. Every input must end as exactly one of:
 * <ul>
 *   <li>a parsed event whose values are exactly the ones given (no value coerced to another type), which either
 *       starts no step, or starts one with a user (or, for a peer association, the source node's modifier);</li>
 *   <li>a refusal ({@link MalformedEventException}) with one line of at most 300 characters naming the problem.</li>
 * </ul>
 * Never another exception. In CI: a fixed seed and a bounded count; run longer with
 * {@code -Dpbt.examples=N -Dpbt.seed=S} (see the module README). How each input ended is counted and printed.
 */
class RepoEventParserPropertiesTest {

    private static final int EXAMPLES = Integer.getInteger("pbt.examples", 3000);
    private static final long SEED = Long.getLong("pbt.seed", 20261203L);
    private static final Map<String, AtomicLong> OUTCOMES = new ConcurrentHashMap<>();

    private static final ObjectMapper LENIENT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();
    private static final JsonNodeFactory F = JsonNodeFactory.withExactBigDecimals(true);

    private final RepoEventParser parser = new RepoEventParser();
    private final EventClassifier classifier = new EventClassifier(new Binder(new MapConfigurationPropertySource(
            Map.of("regiobesluit.service-user", "svc-regiobesluit"))).bindOrCreate("regiobesluit", RegiobesluitProperties.class));

    @AfterAll
    static void report() {
        long total = OUTCOMES.values().stream().mapToLong(AtomicLong::get).sum();
        StringBuilder b = new StringBuilder("RepoEventParser properties: " + total + " inputs (seed " + SEED + ", " + EXAMPLES
                + " examples per property)\n");
        new TreeMap<>(OUTCOMES).forEach((k, v) -> b.append(String.format("  %6d  %s%n", v.get(), k)));
        System.out.print(b);
    }

    // ------------------------------------------------------------------ the properties

    @Test
    void everyMutationOfARealAlfrescoEventIsParsedExactlyOrRefusedWithAReason() throws Exception {
        List<String> real = realEvents();
        assumeTrue(!real.isEmpty(), "Alfresco's event samples (../shared/reference/alfresco) are not present here");
        qt().withFixedSeed(SEED).withExamples(EXAMPLES)
                .forAll(integers().between(0, real.size() - 1), longs().all())
                .checkAssert((i, r) -> judge("real", mutate(real.get(i), new Random(r))));
    }

    @Test
    void everyRealAlfrescoEventParsesUnchanged() throws Exception {
        List<String> real = realEvents();
        assumeTrue(!real.isEmpty(), "Alfresco's event samples (../shared/reference/alfresco) are not present here");
        for (String event : real) {
            assertThat(judge("real unchanged", event)).as(event).startsWith("parsed");
        }
    }

    @Test
    void everyGeneratedEventParsesExactlyAndEveryMutationOfOneIsParsedExactlyOrRefused() {
        qt().withFixedSeed(SEED + 1).withExamples(Math.max(1, EXAMPLES / 6))
                .forAll(longs().all())
                .checkAssert(r -> {
                    Random random = new Random(r);
                    String event = generated(random);
                    assertThat(judge("generated unchanged", event)).as(event).startsWith("parsed");
                    judge("generated", mutate(event, random));
                });
    }

    /** Parses one input and checks how it ended; returns (and counts) the class it ended in. */
    private String judge(String origin, String input) {
        String outcome;
        RepoEvent event;
        try {
            event = parser.parse(input);
        } catch (MalformedEventException refused) {
            String reason = refused.getMessage();
            assertThat(reason).as(input).isNotBlank().hasSizeLessThanOrEqualTo(300).doesNotContain("\n", "\r");
            return count(origin, "refused: " + reasonClass(reason));
        } catch (RuntimeException other) {
            throw new AssertionError("not the parser's own refusal for: " + input, other);
        }
        assertRoundTrips(input, event);
        try {
            Trigger t = classifier.classify(event);
            if (!t.isIgnored()) {
                assertThat(t.user() != null && !t.user().isBlank() || t.userIsSourceModifier()).as(input).isTrue();
            }
            outcome = t.isIgnored() ? "parsed, starts no step" : "parsed, starts " + t.step() + (t.userIsSourceModifier()
                    ? " (user: source's modifier)" : " (user named)");
        } catch (MalformedEventException noUser) {
            assertThat(noUser.getMessage()).contains("names no user").hasSizeLessThanOrEqualTo(300);
            outcome = "parsed, then refused: would start a step without a user";
        }
        return count(origin, outcome);
    }

    private static String count(String origin, String outcome) {
        OUTCOMES.computeIfAbsent(origin + " -> " + outcome, k -> new AtomicLong()).incrementAndGet();
        return outcome;
    }

    private static String reasonClass(String reason) {
        String en = reason.contains(" / ") ? reason.substring(reason.lastIndexOf(" / ") + 3) : reason;
        if (en.contains("not JSON")) {
            return en.contains("Duplicate field") ? "duplicate key" : en.contains("Trailing token") ? "text after the JSON value" : "not JSON";
        }
        if (en.contains("names no user")) {
            return "no user";
        }
        for (String c : List.of("is missing", "is empty", "must be", "is not a date", "not a JSON object", "not an Alfresco repository event", "empty event")) {
            if (en.contains(c)) {
                return c.startsWith("must be") ? "wrong type" : c;
            }
        }
        return "other: " + en;
    }

    /** The parsed event holds exactly the values of the JSON it came from: same JSON types, same numbers. */
    private static void assertRoundTrips(String input, RepoEvent e) {
        JsonNode root;
        try {
            root = LENIENT.readTree(input);
        } catch (Exception notReadable) {
            throw new AssertionError("parsed, though plain Jackson cannot read it: " + input, notReadable);
        }
        assertSame(root.get("id"), e.id(), input);
        assertSame(root.get("type"), e.type(), input);
        assertSame(root.get("time"), e.time(), input);
        JsonNode resource = root.path("data").path("resource");
        if (e.peerAssoc() != null) {
            assertSame(resource.get("assocType"), e.peerAssoc().assocType(), input);
            assertSame(resource.path("source").get("id"), e.peerAssoc().sourceId(), input);
            assertSame(resource.path("target").get("id"), e.peerAssoc().targetId(), input);
        }
        if (e.node() != null) {
            RepoEvent.Node n = e.node();
            assertSame(resource.get("id"), n.id(), input);
            assertSame(resource.get("name"), n.name(), input);
            assertSame(resource.get("nodeType"), n.nodeType(), input);
            assertSame(resource.path("modifiedByUser").get("id"), n.modifiedBy(), input);
            assertSame(resource.get("aspectNames"), n.aspectNames(), input);
            assertSame(resource.get("primaryHierarchy"), n.primaryHierarchy(), input);
            assertSame(resource.get("properties"), n.properties(), input);
        }
        if (e.before() != null) {
            JsonNode before = root.path("data").path("resourceBefore");
            assertSame(before.get("properties"), e.before().properties(), input);
            if (e.before().aspectNames() != null) {
                assertSame(before.get("aspectNames"), e.before().aspectNames(), input);
            }
        }
    }

    /** Absent (null JsonNode) matches null or an empty collection; anything else must be the same JSON, number for number. */
    private static void assertSame(JsonNode given, Object parsed, String input) {
        if (given == null) {
            boolean empty = parsed == null || parsed instanceof java.util.Collection<?> c && c.isEmpty()
                    || parsed instanceof Map<?, ?> m && m.isEmpty();
            assertThat(empty).as("absent in " + input + " but parsed as " + parsed).isTrue();
            return;
        }
        JsonNode back = LENIENT.valueToTree(parsed);
        assertThat(given.equals(EXACT, back)).as("given %s, parsed %s, in %s", given, back, input).isTrue();
    }

    /** Equal JSON: numbers by value and kind (integral or not), everything else by Jackson's equality. */
    private static final Comparator<JsonNode> EXACT = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            if (a.isIntegralNumber() != b.isIntegralNumber()) {
                return 1;
            }
            return a.isIntegralNumber() ? a.bigIntegerValue().compareTo(b.bigIntegerValue())
                    : a.decimalValue().compareTo(b.decimalValue()) == 0 && a.decimalValue().scale() == b.decimalValue().scale() ? 0 : 1;
        }
        return a.equals(b) ? 0 : 1;
    };

    // ------------------------------------------------------------------ inputs

    private static List<String> realEvents() throws Exception {
        String root = System.getProperty("regio.repo.root");
        if (root == null) {
            return List.of();
        }
        Path reference = Path.of(root, "..", "shared", "reference", "alfresco").normalize();
        List<String> events = new ArrayList<>();
        Path samples = reference.resolve("events");
        if (Files.isDirectory(samples)) {
            try (Stream<Path> s = Files.list(samples)) {
                for (Path f : s.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                    events.add(Files.readString(f));
                }
            }
        }
        Path transcript = reference.resolve("real-acs-25.2").resolve("transcript.jsonl");
        if (Files.isRegularFile(transcript)) {
            for (String line : Files.readAllLines(transcript)) {
                for (JsonNode e : LENIENT.readTree(line).path("events")) {
                    events.add(e.toString());
                }
            }
        }
        return events;
    }

    /** A node event in Alfresco's format (the route tests' fixtures) for a node of random type, aspects and properties. */
    private static String generated(Random r) {
        AlfrescoSimulator sim = new AlfrescoSimulator();
        sim.reset();
        sim.addFolder("f", "F", null);
        List<String> types = List.of(RbModel.TYPE_PROPOSAL, RbModel.TYPE_ADVICE, RbModel.TYPE_COUNCIL_DECISION,
                RbModel.TYPE_DECISION_RECORD, RbModel.TYPE_AGENDA_ITEM, "cm:content");
        List<String> aspects = new ArrayList<>();
        for (String a : List.of(RbModel.ASPECT_ROUTED, RbModel.ASPECT_VOTES, RbModel.ASPECT_VOTE_RESULT, "cm:titled", "cm:lockable")) {
            if (r.nextBoolean()) {
                aspects.add(a);
            }
        }
        Map<String, Object> props = new java.util.LinkedHashMap<>();
        props.put(RbModel.PROP_ROUTE_STATUS, List.of("DRAFT", "SUBMITTED", "ADVISED").get(r.nextInt(3)));
        if (r.nextBoolean()) {
            props.put(RbModel.PROP_VOTES_YES, List.of("Leiden/D66", "Oegstgeest/VVD").subList(0, r.nextInt(3)));
        }
        if (r.nextBoolean()) {
            props.put(RbModel.PROP_RESULT_PASSED, r.nextBoolean());
        }
        if (r.nextBoolean()) {
            props.put(RbModel.PROP_FINALIZED, r.nextBoolean());
        }
        // Numbers of the model's own d:int and d:double properties (the simulator refuses names the model lacks).
        props.put(RbModel.PROP_LEAD_TIME_DAYS, r.nextInt());
        props.put(RbModel.PROP_RESULT_YES_SHARE_PCT, new BigDecimal(r.nextInt(100_000)).movePointLeft(r.nextInt(6)));
        String user = r.nextInt(10) == 0 ? "svc-regiobesluit" : "user" + r.nextInt(5);
        SimNode n = sim.addNode("f", "node " + r.nextInt(1000) + ".pdf", types.get(r.nextInt(types.size())), user, aspects, props);
        RepoEvents events = new RepoEvents(sim);
        return switch (r.nextInt(3)) {
            case 0 -> events.nodeCreated(n.id());
            case 1 -> {
                Map<String, Object> before = new java.util.HashMap<>();
                before.put(r.nextBoolean() ? RbModel.PROP_VOTES_YES : "cm:title", null);
                yield events.nodeUpdated(n.id(), before);
            }
            default -> events.peerAssocCreated(n.id(), "target-" + r.nextInt(9), RbModel.ASSOC_PROPOSAL_ADVICE);
        };
    }

    /** One mutation of an event's text. */
    static String mutate(String json, Random r) {
        int kind = r.nextInt(8);
        try {
            switch (kind) {
                case 0, 1, 2 -> {
                    JsonNode tree = LENIENT.readTree(json);
                    JsonNode target = pick(tree, r);
                    replaceSomething(target, r);
                    return tree.toString();
                }
                case 3 -> {
                    JsonNode tree = LENIENT.readTree(json);
                    JsonNode target = pick(tree, r);
                    removeSomething(target, r);
                    return tree.toString();
                }
                case 4 -> {
                    // A key twice: the first object field of a random object, given again with another value first.
                    JsonNode tree = LENIENT.readTree(json);
                    List<ObjectNode> objects = new ArrayList<>();
                    collectObjects(tree, objects);
                    ObjectNode o = objects.get(r.nextInt(objects.size()));
                    if (o.isEmpty()) {
                        return tree.toString() + " ";
                    }
                    String text = tree.toString();
                    String key = o.fieldNames().next();
                    int at = text.indexOf(o.toString());
                    return text.substring(0, at) + "{" + F.textNode(key) + ":" + randomValue(r) + "," + text.substring(at + 1);
                }
                case 5 -> {
                    return json + List.of("{\"id\":\"second\"}", " x", "]", "\n{}", " 1").get(r.nextInt(5));
                }
                case 6 -> {
                    return json.substring(0, r.nextInt(json.length()));
                }
                default -> {
                    char[] c = json.toCharArray();
                    String replacements = "{}[],:\"0a \\-.e";
                    c[r.nextInt(c.length)] = replacements.charAt(r.nextInt(replacements.length()));
                    return new String(c);
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("the seed event is not JSON: " + json, e);
        }
    }

    private static JsonNode pick(JsonNode tree, Random r) {
        List<JsonNode> containers = new ArrayList<>();
        collectContainers(tree, containers);
        List<JsonNode> nonEmpty = containers.stream().filter(c -> !c.isEmpty()).toList();
        return nonEmpty.isEmpty() ? tree : nonEmpty.get(r.nextInt(nonEmpty.size()));
    }

    private static void collectContainers(JsonNode n, List<JsonNode> into) {
        if (n.isContainerNode()) {
            into.add(n);
            n.forEach(c -> collectContainers(c, into));
        }
    }

    private static void collectObjects(JsonNode n, List<ObjectNode> into) {
        if (n instanceof ObjectNode o) {
            into.add(o);
        }
        n.forEach(c -> collectObjects(c, into));
    }

    private static void replaceSomething(JsonNode container, Random r) {
        if (container instanceof ObjectNode o) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            o.set(names.get(r.nextInt(names.size())), randomValue(r));
        } else if (container instanceof ArrayNode a) {
            a.set(r.nextInt(a.size()), randomValue(r));
        }
    }

    private static void removeSomething(JsonNode container, Random r) {
        if (container instanceof ObjectNode o) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            o.remove(names.get(r.nextInt(names.size())));
        } else if (container instanceof ArrayNode a) {
            a.remove(r.nextInt(a.size()));
        }
    }

    /** A JSON value of a random kind, including the edges: huge and fine numbers, blanks, nulls, nesting. */
    private static JsonNode randomValue(Random r) {
        return switch (r.nextInt(12)) {
            case 0 -> F.nullNode();
            case 1 -> F.booleanNode(r.nextBoolean());
            case 2 -> F.numberNode(r.nextInt());
            case 3 -> F.numberNode(new java.math.BigInteger("9223372036854775808").multiply(java.math.BigInteger.valueOf(r.nextInt(1000) + 1)));
            case 4 -> F.numberNode(new BigDecimal(r.nextInt(10_000)).movePointLeft(r.nextInt(12)));
            case 5 -> F.numberNode(new BigDecimal("1e-400"));
            case 6 -> F.textNode("");
            case 7 -> F.textNode(" ");
            case 8 -> F.textNode("tekst " + r.nextInt(100));
            case 9 -> F.arrayNode().add(r.nextInt(3)).add("x").addNull();
            case 10 -> F.objectNode().put("id", r.nextInt(5) == 0 ? "someone" : null);
            default -> F.textNode("2026-13-45T25:61:00Z");
        };
    }
}
