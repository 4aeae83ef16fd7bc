package nl.regiobesluit.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.regiobesluit.e2e.contract.AlfrescoReference;
import nl.regiobesluit.e2e.contract.ContractCheck;
import nl.regiobesluit.e2e.contract.ContractRun;
import nl.regiobesluit.routing.testsupport.AccessDescription;
import nl.regiobesluit.routing.testsupport.AlfrescoSimulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Replays every exchange recorded on a real Alfresco (ACS 25.2, {@code ../shared/reference/alfresco/real-acs-25.2/
 * transcript.jsonl}) against the simulator, with the same users, groups, site folders and requests, and compares what
 * the product depends on: the status and {@code errorKey}; the fields of an entry the routing service reads (id, name,
 * nodeType, aspectNames, properties, modifiedByUser, and which top-level fields there are), and what the Content App
 * shows (the display names of createdByUser and modifiedByUser; permissions: the inheritance flag, settable roles and
 * who has which role); the entries of a list; and
 * the events that follow (their types, the node they are about, the keys of {@code resourceBefore}). Node ids differ
 * between the two repositories: each recorded id is mapped to the simulator's as the answers reveal them.
 *
 * <p>Every difference must be in {@link #EXPECTED}, with its reason; the test fails on a difference that is not, and on
 * a listed one that no longer occurs (so the list stays true). Without the shared reference the test is skipped and
 * says why. The exchanges and the simulator's events are held to Alfresco's definitions as well ({@link ContractCheck}).
 */
@ExtendWith(ContractCheck.class)
class TranscriptReplayTest {

    static final Path TRANSCRIPT = AlfrescoReference.expectedDir().resolve("real-acs-25.2/transcript.jsonl");
    private static final String API = "/alfresco/api/-default-/public";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    /** The bootstrap's griffie (docker/bootstrap/bootstrap.sh): a griffier per municipality and the regiogriffier. */
    private static final List<String> MUNICIPALITIES = List.of("Leiden", "Leiderdorp", "Oegstgeest", "Voorschoten", "Zoeterwoude");
    private static final AccessDescription ACCESS = AccessDescription.forRegion(MUNICIPALITIES);

    /** A difference the simulator is allowed, with why; {@code what} names the compared thing as {@link Difference} does. */
    record Expected(int line, String what, String reason) {
    }

    /** A difference found: the transcript line, what was compared, and the recorded and simulated values. */
    record Difference(int line, String what, String detail) {
        @Override
        public String toString() {
            return "line " + line + " " + what + ": " + detail;
        }
    }

    /**
     * The differences the simulator keeps, each with its reason (also in integration-tests/README.md). Everything else
     * the transcript shows, the simulator does.
     */
    static final List<Expected> EXPECTED = List.of(
            new Expected(7, "entry.permissions.inherited", "the recording's bootstrap set nothing on the proposals' "
                    + "folder, so the document inherited the site's six entries only; docker/bootstrap/access.json now gives "
                    + "Voorstellen its own (GROUP_GRIFFIE_REGIOCOMMISSIE Collaborator, the service account Editor), which the "
                    + "document inherits too. The site's entries, isInheritanceEnabled and settable agree"),
            new Expected(24, "list.ids", "Alfresco lists every group that contains the user, the site's role groups too "
                    + "(GROUP_site_regiobesluit, GROUP_site_regiobesluit_SiteManager); the simulator lists only the groups "
                    + "the user was put in (GROUP_EVERYONE here); and the recording's bootstrap made the service account "
                    + "SiteManager, access.json now makes it SiteConsumer. The product reads only its own groups' members"),
            new Expected(25, "list.ids", "the recording repository had no Solr: Alfresco lists a group's members with a "
                    + "search (AuthorityDAOImpl.findAuthorities), so it answered 0 entries although the group has members "
                    + "(GET /people/{id}/groups lists the group); not Alfresco's behaviour with its index, which the "
                    + "simulator follows"),
            new Expected(27, "status", "griffier.leiden wrote in Leiderdorp's council folder under the recording's "
                    + "bootstrap, which made every griffier a Collaborator there; docker/bootstrap/access.json now gives each "
                    + "council folder to its own griffie group (GROUP_GRIFFIE_LEIDERDORP, inheritance off), so Alfresco "
                    + "refuses it (PermissionServiceImpl: no AddChildren), as the simulator does"),
            new Expected(27, "events", "refused (see status), so no node.Created and no node.Updated of the folder"),
            new Expected(28, "status", "the dictionary API (GET /types/{id}) is not modelled (404): the product does not "
                    + "read it, and alfresco-core.yaml of the shared reference does not define it"),
            new Expected(29, "status", "the dictionary API (GET /types/{id}) is not modelled, as line 28"),
            new Expected(30, "status", "the dictionary API (GET /aspects/{id}) is not modelled, as line 28"),
            new Expected(31, "event/resource/properties", "the lock's event: Alfresco's lock service also sets "
                    + "cm:expiryDate and cm:lockAdditionalInfo (to null), the simulator's lock does not"),
            new Expected(31, "event/resourceBefore/properties", "cm:expiryDate and cm:lockAdditionalInfo, as above"),
            new Expected(36, "list.entry.fields", "ACS 25.2 adds \"location\": \"nodes\" to a search entry, which "
                    + "alfresco-search.yaml of the shared reference does not define; the simulator keeps to the definition "
                    + "(the contract check would refuse it) and the product does not read it"));

    /**
     * Recorded requests that the shared reference's OpenAPI definitions do not describe, although ACS 25.2 answered
     * them: the dictionary API ({@code /types}, {@code /aspects}: newer than alfresco-core.yaml) and an unlock sent with
     * the body {@code {}} (the definition has no body). They are replayed without the contract check.
     */
    private static final List<String> OUTSIDE = List.of("/types/", "/aspects/", "/unlock");
    private static volatile boolean checking = true;
    private static AlfrescoSimulator sim;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Recorded node id → the simulator's. */
    private final Map<String, String> ids = new LinkedHashMap<>();

    @BeforeAll
    static void start() {
        sim = new AlfrescoSimulator();
        sim.startServer();
        var contract = ContractRun.current().requestListener();
        sim.server().addMockServiceRequestListener((request, response) -> {
            if (checking) {
                contract.requestReceived(request, response);
            }
        });
    }

    @AfterAll
    static void stop() {
        if (sim != null) {
            sim.server().stop();
        }
    }

    @Test
    void theSimulatorAnswersEveryRecordedExchangeAsAlfrescoDidSaveTheListedDifferences() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(TRANSCRIPT), () -> "skipped, because " + TRANSCRIPT
                + " does not exist (the shared reference is not beside the repository): nothing to replay");
        List<JsonNode> lines = new ArrayList<>();
        for (String l : Files.readAllLines(TRANSCRIPT)) {
            if (!l.isBlank()) {
                lines.add(JSON.readTree(l));
            }
        }
        assertThat(lines).as("exchanges in " + TRANSCRIPT).isNotEmpty();
        arrangeTheBootstrapsRepository(lines);
        sim.events().recording(true);
        List<Difference> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            found.addAll(replay(i + 1, lines.get(i)));
        }
        sim.events().recording(false);
        System.out.println("Replay of " + TRANSCRIPT.getFileName() + ": " + lines.size() + " exchanges, " + found.size()
                + " difference(s), " + EXPECTED.size() + " listed");
        found.forEach(d -> System.out.println("  " + d));

        List<String> unlisted = found.stream().filter(d -> EXPECTED.stream().noneMatch(e -> e.line == d.line && e.what.equals(d.what)))
                .map(Difference::toString).toList();
        List<String> gone = EXPECTED.stream().filter(e -> found.stream().noneMatch(d -> e.line == d.line && e.what.equals(d.what)))
                .map(e -> "line " + e.line + " " + e.what + " (" + e.reason + ")").toList();
        assertThat(unlisted).as("differences from the real Alfresco that are not listed in EXPECTED").isEmpty();
        assertThat(gone).as("listed differences that no longer occur: take them off EXPECTED and the README").isEmpty();
    }

    /**
     * The docker bootstrap's users and groups, and the site's folders as the transcript's first lines show them (name,
     * cm:title, who modified them last); the other folders of the bootstrap's layout with its titles.
     */
    private void arrangeTheBootstrapsRepository(List<JsonNode> lines) {
        // docker/bootstrap/access.json, as bootstrap.sh applies it: users, passwords, groups, site roles, permissions.
        sim.bootstrap(ACCESS, path -> path.isEmpty() ? "doclib" : folderId(path));
        // line 1: the site's document library
        ids.put(lines.get(0).at("/responseBody/entry/id").asText(), "doclib");
        Map<String, String> titles = new LinkedHashMap<>();
        titles.put("Voorstellen", "Voorstellen / Proposals");
        titles.put("Regiocommissie", "Regiocommissie / Regional committee");
        titles.put("Besluiten", "Besluiten / Decision records");
        titles.put("Gemeenteraden", "Gemeenteraden / Municipal councils");
        MUNICIPALITIES.forEach(m -> titles.put("Gemeenteraden/" + m, "Gemeenteraad " + m));
        Map<String, String> lastModifier = new LinkedHashMap<>();
        for (JsonNode l : lines) {
            Matcher m = Pattern.compile("relativePath=([^&]+)").matcher(l.path("path").asText());
            if (l.path("method").asText().equals("GET") && m.find() && l.path("status").asInt() == 200) {
                JsonNode e = l.at("/responseBody/entry");
                titles.put(m.group(1), e.at("/properties/cm:title").asText());
                lastModifier.put(m.group(1), e.at("/modifiedByUser/id").asText());
            }
        }
        titles.forEach((path, title) ->
                sim.edit(folderId(path), lastModifier.getOrDefault(path, AlfrescoSimulator.ADMIN), Map.of("cm:title", title)));
    }

    /** The recorded user's password from access.json; the recording's "wrong password" step sends a wrong one. */
    private static String password(JsonNode x) {
        String user = x.path("user").asText();
        return "wrong password".equals(x.path("step").asText()) ? ACCESS.password(user) + "-wrong" : ACCESS.password(user);
    }

    private static String folderId(String path) {
        return "folder-" + path.replace('/', '-');
    }

    private List<Difference> replay(int line, JsonNode x) throws Exception {
        // A recorded request that Alfresco's own definitions do not describe is replayed unchecked (see OUTSIDE).
        checking = OUTSIDE.stream().noneMatch(p -> x.path("path").asText().contains(p));
        String path = mapIds(x.path("path").asText());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sim.baseUrl() + API + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (x.path("user").asText() + ":" + password(x)).getBytes(StandardCharsets.UTF_8)));
        x.path("requestHeaders").properties().forEach(h -> request.header(h.getKey(), h.getValue().asText()));
        JsonNode body = x.get("requestBody");
        String method = x.path("method").asText();
        if (body == null || body.isNull()) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else if (body.isTextual() && body.asText().contains("multipart/form-data")) {
            upload(request, body.asText(), x.at("/responseBody/entry"));
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(mapIds(body.toString())));
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        List<String> events = sim.events().drain();
        JsonNode answer = response.body() == null || response.body().isBlank() ? null : JSON.readTree(response.body());

        List<Difference> d = new ArrayList<>();
        int status = x.path("status").asInt();
        JsonNode recorded = x.get("responseBody");
        if (status != response.statusCode()) {
            // A different status: the bodies cannot agree either; only the status (and the events) are compared.
            d.add(new Difference(line, "status", status + " recorded, " + response.statusCode() + " simulated: "
                    + (response.body() == null ? "" : response.body().replaceAll("\\s+", " "))));
        } else if (recorded != null && recorded.has("error")) {
            String key = recorded.at("/error/errorKey").asText();
            String simKey = answer == null ? null : answer.at("/error/errorKey").asText(null);
            if (!key.equals(simKey)) {
                d.add(new Difference(line, "errorKey", "'" + key + "' recorded, '" + simKey + "' simulated"));
            }
        } else if (recorded != null && recorded.has("entry")) {
            JsonNode simEntry = answer == null ? null : answer.get("entry");
            if (simEntry == null) {
                d.add(new Difference(line, "entry", "recorded an entry, simulated " + response.body()));
            } else {
                learn(recorded.get("entry"), simEntry);
                compareEntry(line, "entry", recorded.get("entry"), simEntry, d);
            }
        } else if (recorded != null && recorded.has("list") && answer != null && answer.has("list")) {
            compareList(line, recorded.at("/list/entries"), answer.at("/list/entries"), d);
        }
        List<String> recordedEvents = new ArrayList<>();
        Map<String, JsonNode> recordedBySignature = new LinkedHashMap<>();
        for (JsonNode e : x.path("events")) {
            recordedEvents.add(signature(e, true));
            recordedBySignature.put(signature(e, true), e);
        }
        List<String> simulatedEvents = new ArrayList<>();
        for (String text : events) {
            ContractRun.current().events().record(text);
            JsonNode e = JSON.readTree(text);
            simulatedEvents.add(signature(e, false));
            JsonNode r = recordedBySignature.get(signature(e, false));
            if (r != null) {
                compareEventValues(line, r, e, d);
            }
        }
        recordedEvents.sort(null);
        simulatedEvents.sort(null);
        if (!recordedEvents.equals(simulatedEvents)) {
            d.add(new Difference(line, "events", recordedEvents + " recorded, " + simulatedEvents + " simulated"));
        }
        return d;
    }

    /**
     * An upload as the recording made it: {@code multipart/form-data} with the file in {@code filedata}; the transcript
     * keeps only the body's size and boundary, so the file is made again with the recorded name and size.
     */
    private static void upload(HttpRequest.Builder request, String recordedBody, JsonNode recordedEntry) {
        Matcher b = Pattern.compile("boundary=(\\S+?)>?$").matcher(recordedBody);
        String boundary = b.find() ? b.group(1) : "replay";
        byte[] file = new byte[recordedEntry.at("/content/sizeInBytes").asInt()];
        java.util.Arrays.fill(file, (byte) 'x');
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"filedata\"; filename=\""
                + recordedEntry.path("name").asText() + "\"\r\nContent-Type: " + recordedEntry.at("/content/mimeType").asText()
                + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(file);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()));
    }

    /** The recorded ids of an answer (the node's and its parent's) stand for the simulator's from now on. */
    private void learn(JsonNode recorded, JsonNode simulated) {
        for (String f : List.of("id", "parentId", "targetId")) {
            if (recorded.hasNonNull(f) && simulated.hasNonNull(f)) {
                ids.putIfAbsent(recorded.get(f).asText(), simulated.get(f).asText());
            }
        }
    }

    private String mapIds(String text) {
        Matcher m = UUID.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(ids.getOrDefault(m.group(), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The fields of a node entry the routing service reads (AlfrescoRepository.toRepoNode), and which fields there are. */
    private void compareEntry(int line, String what, JsonNode recorded, JsonNode simulated, List<Difference> d) {
        Set<String> recordedFields = new TreeSet<>();
        recorded.fieldNames().forEachRemaining(recordedFields::add);
        Set<String> simulatedFields = new TreeSet<>();
        simulated.fieldNames().forEachRemaining(simulatedFields::add);
        if (!recordedFields.equals(simulatedFields)) {
            d.add(new Difference(line, what + ".fields", recordedFields + " recorded, " + simulatedFields + " simulated"));
        }
        for (String f : List.of("id", "targetId")) {
            if (recorded.has(f) && !ids.getOrDefault(recorded.get(f).asText(), "?").equals(simulated.path(f).asText())) {
                d.add(new Difference(line, what + "." + f, recorded.get(f) + " recorded, " + simulated.get(f) + " simulated"));
            }
        }
        for (String f : List.of("name", "nodeType", "assocType")) {
            if (recorded.has(f) && !recorded.get(f).equals(simulated.get(f))) {
                d.add(new Difference(line, what + "." + f, recorded.get(f) + " recorded, " + simulated.get(f) + " simulated"));
            }
        }
        if (recorded.has("aspectNames") && !texts(recorded.get("aspectNames")).equals(texts(simulated.path("aspectNames")))) {
            d.add(new Difference(line, what + ".aspectNames", texts(recorded.get("aspectNames")) + " recorded, "
                    + texts(simulated.path("aspectNames")) + " simulated"));
        }
        if (recorded.has("properties") && !recorded.get("properties").equals(simulated.get("properties"))) {
            d.add(new Difference(line, what + ".properties", recorded.get("properties") + " recorded, "
                    + simulated.get("properties") + " simulated"));
        }
        if (recorded.has("modifiedByUser") && !recorded.at("/modifiedByUser/id").equals(simulated.at("/modifiedByUser/id"))) {
            d.add(new Difference(line, what + ".modifiedByUser", recorded.at("/modifiedByUser/id") + " recorded, "
                    + simulated.at("/modifiedByUser/id") + " simulated"));
        }
        // The names ACA shows beside a node ("Aangepast door"): the person's name, as Alfresco gives it.
        for (String user : List.of("createdByUser", "modifiedByUser")) {
            if (recorded.has(user) && !recorded.at("/" + user + "/displayName").equals(simulated.at("/" + user + "/displayName"))) {
                d.add(new Difference(line, what + "." + user + ".displayName", recorded.at("/" + user + "/displayName")
                        + " recorded, " + simulated.at("/" + user + "/displayName") + " simulated"));
            }
        }
        // include=permissions (ACA asks it on every node page): the flag, the settable roles, and who has which role,
        // inherited and set on the node.
        if (recorded.has("permissions")) {
            JsonNode r = recorded.get("permissions");
            JsonNode s = simulated.path("permissions");
            if (!r.path("isInheritanceEnabled").equals(s.path("isInheritanceEnabled"))) {
                d.add(new Difference(line, what + ".permissions.isInheritanceEnabled", r.path("isInheritanceEnabled")
                        + " recorded, " + s.path("isInheritanceEnabled") + " simulated"));
            }
            if (!texts(r.path("settable")).equals(texts(s.path("settable")))) {
                d.add(new Difference(line, what + ".permissions.settable", texts(r.path("settable")) + " recorded, "
                        + texts(s.path("settable")) + " simulated"));
            }
            for (String list : List.of("inherited", "locallySet")) {
                if (!aces(r.path(list)).equals(aces(s.path(list)))) {
                    d.add(new Difference(line, what + ".permissions." + list, aces(r.path(list)) + " recorded, "
                            + aces(s.path(list)) + " simulated"));
                }
            }
        }
    }

    private static Set<String> aces(JsonNode list) {
        Set<String> s = new TreeSet<>();
        list.forEach(e -> s.add(e.path("authorityId").asText() + "=" + e.path("name").asText() + "=" + e.path("accessStatus").asText()));
        return s;
    }

    /**
     * A list: nodes are compared entry by entry where the recorded node is one the replay made (others were left by
     * earlier runs on the recording repository); other entries (groups, members) by their ids.
     */
    private void compareList(int line, JsonNode recorded, JsonNode simulated, List<Difference> d) {
        boolean nodes = recorded.size() > 0 && recorded.get(0).path("entry").has("nodeType")
                || simulated.size() > 0 && simulated.get(0).path("entry").has("nodeType");
        if (!nodes) {
            Set<String> r = new TreeSet<>();
            recorded.forEach(e -> r.add(e.at("/entry/id").asText()));
            Set<String> s = new TreeSet<>();
            simulated.forEach(e -> s.add(e.at("/entry/id").asText()));
            if (!r.equals(s)) {
                d.add(new Difference(line, "list.ids", r + " recorded, " + s + " simulated"));
            }
            return;
        }
        Map<String, JsonNode> bySimId = new LinkedHashMap<>();
        simulated.forEach(e -> bySimId.put(e.at("/entry/id").asText(), e.get("entry")));
        for (JsonNode e : recorded) {
            String simId = ids.get(e.at("/entry/id").asText());
            if (simId == null) {
                continue;
            }
            JsonNode s = bySimId.remove(simId);
            if (s == null) {
                d.add(new Difference(line, "list.entries", e.at("/entry/name") + " recorded, not simulated"));
            } else {
                compareEntry(line, "list.entry", e.get("entry"), s, d);
            }
        }
        if (!bySimId.isEmpty()) {
            d.add(new Difference(line, "list.entries", "simulated only: " + bySimId.keySet()));
        }
    }

    /**
     * Of two events about the same thing, the values as the event model serialises them: the node's properties (dates
     * {@code 2014-11-03T00:00:00Z}, booleans, numbers, lists), the type, the user who modified it, and the old values in
     * {@code resourceBefore.properties}.
     */
    private static void compareEventValues(int line, JsonNode recorded, JsonNode simulated, List<Difference> d) {
        for (String at : List.of("/data/resource/properties", "/data/resourceBefore/properties", "/data/resource/nodeType",
                "/data/resource/modifiedByUser/id", "/data/resourceBefore/nodeType", "/data/resourceBefore/modifiedByUser/id")) {
            if (!recorded.at(at).equals(simulated.at(at))) {
                d.add(new Difference(line, "event" + at.replace("/data", ""), recorded.path("type").asText() + ": "
                        + recorded.at(at) + " recorded, " + simulated.at(at) + " simulated"));
            }
        }
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> s = new TreeSet<>();
        array.forEach(a -> s.add(a.asText()));
        return s;
    }

    /** An event as far as it is compared: type, the node(s) it is about (as simulator ids), the keys of resourceBefore. */
    private String signature(JsonNode e, boolean recorded) {
        JsonNode r = e.at("/data/resource");
        String about = r.has("source")
                ? id(r.at("/source/id").asText(), recorded) + "->" + id(r.at("/target/id").asText(), recorded)
                : id(r.path("id").asText(), recorded);
        Set<String> before = new LinkedHashSet<>();
        JsonNode b = e.at("/data/resourceBefore");
        if (b.isObject()) {
            Iterator<String> names = b.fieldNames();
            names.forEachRemaining(before::add);
        }
        before.remove("@type");
        return e.path("type").asText().replace("org.alfresco.event.", "") + " " + about
                + (before.isEmpty() ? "" : " before" + new TreeSet<>(before));
    }

    private String id(String id, boolean recorded) {
        return recorded ? ids.getOrDefault(id, "unmapped:" + id) : id;
    }
}
