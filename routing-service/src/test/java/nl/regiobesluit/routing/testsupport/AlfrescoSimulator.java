package nl.regiobesluit.routing.testsupport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small, stateful Alfresco repository behind WireMock, faithful to the v1 REST API definition
 * (alfresco-core.yaml) for the calls the service makes:
 * <ul>
 *   <li>{@code GET/PUT /nodes/{nodeId}}, {@code POST /nodes/{nodeId}/children} (201; 409 on a name clash unless
 *       {@code autoRename=true}; {@code targets} in the body are created with the node), {@code GET /nodes/{nodeId}/children}
 *       (optionally {@code where=(nodeType='…')}), {@code POST /nodes/{nodeId}/targets} (201; 409 if the association exists),
 *       {@code GET /nodes/{nodeId}/targets|sources?where=(assocType='…')};</li>
 *   <li>{@code GET /nodes/{nodeId}/comments} (CommentsImpl: folders and content only; always empty, as writing comments
 *       is not modelled and refused);</li>
 *   <li>{@code GET /people/{personId}} (as PeopleImpl answers it: anyone may read anyone; 404 for an unknown id),
 *   {@code GET /people/{personId}/groups} (a non-admin only their own: 403 otherwise) and
 *   {@code GET /groups/{groupId}/members};</li>
 *   <li>{@code POST /search/versions/1/search} with an AFTS subset: {@code TYPE:"…"}, {@code ASPECT:"…"},
 *       {@code prop:"value"} and {@code NOT prop:"value"}, joined by {@code AND};</li>
 * </ul>
 * with Alfresco's JSON shapes ({@code {"entry":…}}, {@code {"list":{"pagination":…,"entries":[…]}}},
 * {@code {"error":{"statusCode":…}}}), 401 without Basic credentials and 404 for unknown nodes.
 * Writes are attributed to the authenticated user, as Alfresco does.
 *
 * <p>Writes keep to the content model as Alfresco enforces it ({@link SimContentRules} against {@link SimModel}: the rb:
 * model of platform-module and Alfresco's built-in models), on the REST API and on the arranging methods alike.
 *
 * <p>Who may do what ({@link SimAccess}, set up by {@link #bootstrap} from docker/bootstrap/access.json): passwords (401),
 * permissions of site roles and folders (403; 404 by path), locks ({@code POST /nodes/{nodeId}/lock|unlock}: 409, 422)
 * and {@code DELETE /nodes/{nodeId}}; open to anyone until bootstrapped.
 *
 * <p>Failure injection ({@link #failNext}) answers chosen requests with an error status first.
 */
public final class AlfrescoSimulator implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "alfresco-simulator";
    public static final String CORE = "/alfresco/api/-default-/public/alfresco/versions/1";
    public static final String SEARCH = "/alfresco/api/-default-/public/search/versions/1/search";
    public static final String ROOT_ID = "root-0000-0000-0000-000000000000";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
    private static final Pattern NODE_PATH = Pattern.compile(CORE + "/nodes/([^/]+)(/(children|targets|sources|content|lock|unlock|comments))?");
    private static final Pattern PERSON_GROUPS = Pattern.compile(CORE + "/people/([^/]+)/groups");
    private static final Pattern PERSON = Pattern.compile(CORE + "/people/([^/]+)");
    private static final Pattern GROUP_MEMBERS = Pattern.compile(CORE + "/groups/([^/]+)/members");
    private static final Pattern SITE_CONTAINER = Pattern.compile(CORE + "/sites/([^/]+)/containers/([^/]+)");
    /** Company Home's Sites folder (st:sites), made with the first site. */
    public static final String SITES_ID = "sites-0000-0000-0000-000000000000";
    /** Alfresco's administrator; everyone else is an ordinary user (the service account too, as the bootstrap makes it). */
    public static final String ADMIN = "admin";
    private static final Pattern RANGE = Pattern.compile("=?([^:\\[]+:[^:\\[]+):\\[(MIN|\"[^\"]*\") TO (MAX|\"[^\"]*\")\\]");
    private static final Pattern AFTS_TERM = Pattern.compile(
            "(=?(?:[A-Z]+|[A-Za-z0-9_-]+(?:\\\\)?:[A-Za-z0-9_-]+))\\s*:\\s*(\"((?:[^\"\\\\]|\\\\.)*)\"|'((?:[^'\\\\]|\\\\.)*)'|([^\\s\"'()]+))");
    private static final Pattern WHERE_ASSOC = Pattern.compile("\\(\\s*assocType\\s*=\\s*'([^']+)'\\s*\\)");
    /** What contentModel.xml's cm:filename constraint refuses, for when its models are not there to be read. */
    private static final Pattern FILENAME_REFUSED = Pattern.compile("(.*[\"*\\\\><?/:|]+.*)|(.*[.]+$)|(.*[ ]+$)");
    private static final Pattern WHERE_NODE_TYPE = Pattern.compile("\\(\\s*nodeType\\s*=\\s*'([^']+)'\\s*\\)");

    private final ObjectMapper json = new ObjectMapper();
    // The content model, enforced as Alfresco does: see SimContentRules and SimModel.
    private final SimModel model = SimModel.load();
    private final SimContentRules rules = new SimContentRules(model);
    private final Map<String, SimNode> nodes = new LinkedHashMap<>();
    private final List<Assoc> assocs = new ArrayList<>();
    private final Map<String, Set<String>> groupsByPerson = new LinkedHashMap<>();
    /** People's display names as Alfresco writes them in createdByUser and the like (firstName lastName). */
    private final Map<String, String> displayNames = new LinkedHashMap<>();
    /** What the person nodes hold of the people the simulator was told about ({@link #describePerson}). */
    private final Map<String, Person> people = new LinkedHashMap<>();
    /** Groups that exist, with or without members (the bootstrap creates the griffie and archive groups). */
    private final Set<String> groups = new LinkedHashSet<>();
    /** Passwords, sites, roles, local permissions and locks: see SimAccess (open until {@link #bootstrap}). */
    private final SimAccess access = new SimAccess(groupsByPerson::get);
    private final List<Failure> failures = new CopyOnWriteArrayList<>();
    private final AtomicInteger writes = new AtomicInteger();
    /** The event2 messages Alfresco would publish for the REST writes (off unless a test turns it on). */
    private final SimEventLog eventLog = new SimEventLog(this);
    /** How a node is written in an answer: include, fields, the properties the v1 API leaves out. */
    private final SimNodeJson nodeJson = new SimNodeJson(json, model, this::displayName);
    private Clock clock = Clock.systemUTC();
    private WireMockServer server;

    private record Assoc(String sourceId, String targetId, String assocType) {
    }

    /** The cm:person properties the v1 API shows as fields (Person.mapProperties); null or empty when not set. */
    private record Person(String firstName, String lastName, String jobTitle, String email) {
    }

    private record Failure(String method, Pattern path, int status, AtomicInteger remaining) {
    }

    /** Starts a WireMock server on a free port with this simulator installed. */
    public WireMockServer startServer() {
        // A small request journal (tests look at the last few requests; long runs must not grow without end) and no
        // gzip: the simulator should cost the service as little as a real repository on the same host would.
        // WireMock trims the journal by walking all of it on every request, so its size is a cost per request:
        // at 1,000 entries that walk was ~10% of the CPU of the events benchmark (JFR).
        // Stub request logging off: WireMock otherwise renders every request and response (bodies included) as
        // text for its notifier, which then drops it.
        server = new WireMockServer(options().dynamicPort().maxRequestJournalEntries(100).gzipDisabled(true)
                .stubRequestLoggingDisabled(true).extensions(this));
        server.start();
        install();
        reset();
        return server;
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    public WireMockServer server() {
        return server;
    }

    /** Forgets every node, association, person and injected failure; keeps the repository root. */
    public synchronized void reset() {
        nodes.clear();
        assocs.clear();
        groupsByPerson.clear();
        displayNames.clear();
        people.clear();
        // Alfresco's own administrator person, whatever the description (recorded: transcript lines 31 and 34), as
        // bootstrap/system.xml creates it: firstName Administrator, an empty lastName, e-mail admin@alfresco.com.
        describePerson(ADMIN, "Administrator", "", null, "admin@alfresco.com");
        groups.clear();
        access.reset();
        failures.clear();
        writes.set(0);
        eventLog.drain();
        SimNode root = new SimNode(ROOT_ID, "Company Home", "cm:folder", null, true, "System", now());
        nodes.put(ROOT_ID, root);
        if (server != null) {
            server.resetAll();
            install();
        }
    }

    private void install() {
        server.stubFor(any(urlPathMatching("/alfresco/api/.*")).atPriority(10)
                .willReturn(aResponse().withTransformers(NAME)));
    }

    public void useClock(Clock clock) {
        this.clock = clock;
    }

    // ------------------------------------------------------------------ arranging the repository

    public synchronized SimNode addFolder(String id, String name, String parentId) {
        return add(id, name, "cm:folder", parentId, true, "admin", List.of(), Map.of());
    }

    /**
     * A site as SiteServiceImpl.createSite makes it: an st:site named by its id below Company Home's Sites (st:sites),
     * with cm:title and st:siteVisibility, and its documentLibrary, the st:siteContainer folder with st:componentId
     * "documentLibrary" (SiteServiceImpl.createContainer) that inherits the site's permissions. Returns the site node.
     */
    public synchronized SimNode addSite(String siteId, String title, String visibility, String documentLibraryId) {
        if (!nodes.containsKey(SITES_ID)) {
            add(SITES_ID, "Sites", "st:sites", ROOT_ID, true, "System", List.of(), Map.of());
        }
        SimNode site = add("site-" + siteId, siteId, "st:site", SITES_ID, true, ADMIN, List.of(),
                Map.of("cm:title", title, "st:siteVisibility", visibility, "st:sitePreset", "site-dashboard"));
        add(documentLibraryId, "documentLibrary", "cm:folder", site.id, true, ADMIN, List.of("st:siteContainer"),
                Map.of("st:componentId", "documentLibrary"));
        return site;
    }

    public synchronized SimNode addNode(String parentId, String name, String nodeType, String user,
                                        List<String> aspects, Map<String, ?> properties) {
        if (nodes.containsKey(parentId)) {
            access.require(user, nodes.get(parentId), SimAccess.Permission.ADD_CHILDREN, nodes::get);
        }
        // a subtype of cm:folder is a folder, as a node made through the REST API (rb:jointArrangement holds its papers)
        return add(UUID.randomUUID().toString(), name, nodeType, parentId, rules.model().isSubClass(nodeType, "cm:folder"), user,
                aspects, properties);
    }

    /** A new node, checked against the content model (tests too may only arrange what Alfresco could hold). */
    private SimNode add(String id, String name, String type, String parentId, boolean folder, String user,
                        List<String> aspects, Map<String, ?> properties) {
        if (parentId != null && !nodes.containsKey(parentId)) {
            throw new IllegalArgumentException("no parent " + parentId);
        }
        Map<String, Object> given = new LinkedHashMap<>();
        properties.forEach((k, v) -> {
            if (v != null) {
                given.put(k, v);
            }
        });
        return put(new SimNode(id, name, type, parentId == null ? ROOT_ID : parentId, folder, user, now()),
                rules.create(id, name, type, aspects, given));
    }

    private SimNode put(SimNode n, SimContentRules.Draft d) {
        store(n, d);
        nodes.put(n.id, n);
        return n;
    }

    private static void store(SimNode n, SimContentRules.Draft d) {
        n.nodeType = d.type;
        n.aspectNames.clear();
        n.aspectNames.addAll(d.aspects);
        n.properties.clear();
        n.properties.putAll(d.properties);
    }

    /** A user's edit, as in Share; returns what changed in Alfresco's {@code resourceBefore} form (null = absent before). */
    public synchronized Map<String, Object> edit(String nodeId, String user, Map<String, ?> changes) {
        SimNode n = Objects.requireNonNull(nodes.get(nodeId), nodeId);
        access.require(user, n, SimAccess.Permission.WRITE, nodes::get);
        access.requireUnlocked(user, n);
        // Share writes through the same node service as the REST API: the same model checks apply.
        SimContentRules.Draft d = rules.update(n, null, null, changes);
        Map<String, Object> before = new LinkedHashMap<>();
        changes.keySet().forEach(k -> {
            Object old = n.properties.get(k);
            if (!Objects.equals(old, d.properties.get(k))) {
                before.put(k, old);
            }
        });
        store(n, d);
        n.modifiedBy = user;
        n.modifiedAt = now();
        return before;
    }

    /** Adds an aspect, as "Manage aspects" in Share does. */
    public synchronized void addAspect(String nodeId, String aspect) {
        SimNode node = nodes.get(nodeId);
        if (!node.aspectNames.contains(aspect)) {
            List<String> aspects = new ArrayList<>(node.aspectNames);
            aspects.add(aspect);
            store(node, rules.update(node, null, aspects, null));
        }
    }

    /** Sets a node's content (as an upload would), e.g. the composition CSV in the Data Dictionary. */
    public synchronized void setContent(String nodeId, byte[] content, String mimeType, String user) {
        SimNode node = nodes.get(nodeId);
        access.require(user, node, SimAccess.Permission.WRITE, nodes::get);
        node.content = content.clone();
        node.mimeType = mimeType;
        node.modifiedBy = user;
        node.modifiedAt = now();
    }

    public synchronized void link(String sourceId, String targetId, String assocType) {
        checkLink(Objects.requireNonNull(nodes.get(sourceId), sourceId), Objects.requireNonNull(nodes.get(targetId), targetId), assocType);
        assocs.add(new Assoc(sourceId, targetId, assocType));
    }

    private void checkLink(SimNode source, SimNode target, String assocType) {
        int existing = (int) assocs.stream().filter(a -> a.sourceId.equals(source.id) && a.assocType.equals(assocType)).count();
        rules.checkAssociation(source, target, assocType, existing);
    }

    /**
     * A user links two nodes (as {@code POST /nodes/{sourceId}/targets} in Share or the REST API does). Alfresco then
     * records that user as the source node's modifier, and publishes no node event for it: in the recorded ACS 25.2
     * transcript (shared/reference/alfresco/real-acs-25.2, step "link advice to proposal") the proposal's
     * {@code modifiedAt} moved to the moment of the link, and only an assoc.peer.Created was published.
     */
    public synchronized void link(String sourceId, String targetId, String assocType, String user) {
        access.require(user, Objects.requireNonNull(nodes.get(sourceId), sourceId), SimAccess.Permission.WRITE, nodes::get);
        access.require(user, Objects.requireNonNull(nodes.get(targetId), targetId), SimAccess.Permission.READ, nodes::get);
        link(sourceId, targetId, assocType);
        touch(Objects.requireNonNull(nodes.get(sourceId), sourceId), user);
    }

    private void touch(SimNode node, String user) {
        node.modifiedBy = user;
        node.modifiedAt = now();
    }

    public synchronized void addPerson(String personId, String... groups) {
        groupsByPerson.put(personId, new LinkedHashSet<>(List.of(groups)));
        this.groups.addAll(List.of(groups));
    }

    /**
     * What Alfresco holds of a person (cm:firstName, cm:lastName, cm:jobtitle, cm:email), as bootstrap.sh creates them.
     * The display name follows from the names, as Person.updateDisplayName makes it; Alfresco shows it beside the id
     * ({@code "createdByUser": {"id": "regiogriffier", "displayName": "Regio Griffier"}}, ACS 25.2, transcript line 7).
     */
    public synchronized void describePerson(String personId, String firstName, String lastName, String jobTitle, String email) {
        people.put(personId, new Person(firstName, lastName, jobTitle, email));
        displayNames.put(personId, nameOf(firstName, lastName));
    }

    /** The display name of a person the simulator was told about; otherwise, as before a description, the id itself. */
    public synchronized String displayName(String personId) {
        return displayNames.getOrDefault(personId, personId);
    }

    /** Deletes a node, as someone in Share does after an event about it was sent: later reads of it answer 404. */
    public synchronized void delete(String nodeId) {
        nodes.remove(nodeId);
    }

    /** Who may do what: passwords, groups inside groups, site roles, local permissions (see SimAccess). */
    public SimAccess access() {
        return access;
    }

    /**
     * Sets up users, groups, the site and its folders from docker/bootstrap/access.json as bootstrap.sh does in a real
     * Alfresco, and from then on enforces passwords and permissions. {@code folderIds} names the node id of each
     * folder path ("" is the site's documentLibrary). Returns the node id of each folder path.
     */
    public synchronized Map<String, String> bootstrap(AccessDescription description, java.util.function.Function<String, String> folderIds) {
        return description.applyTo(this, folderIds);
    }

    /** A group that exists, members or not. */
    public synchronized void addGroup(String groupId) {
        groups.add(groupId);
    }

    /** The next {@code times} requests with this method and a path (after the API base) matching the regex get {@code status}. */
    public void failNext(String method, String pathRegex, int status, int times) {
        failures.add(new Failure(method, Pattern.compile(pathRegex), status, new AtomicInteger(times)));
    }

    /** Ends every injected failure that is still pending: the repository is healthy again. */
    public void clearFailures() {
        failures.clear();
    }

    // ------------------------------------------------------------------ inspecting it

    public synchronized SimNode node(String id) {
        return nodes.get(id);
    }

    public synchronized List<SimNode> children(String parentId) {
        return nodes.values().stream().filter(n -> parentId.equals(n.parentId) && !n.id.equals(ROOT_ID)).toList();
    }

    public synchronized List<SimNode> targets(String sourceId, String assocType) {
        return assocs.stream().filter(a -> a.sourceId.equals(sourceId) && a.assocType.equals(assocType))
                .map(a -> nodes.get(a.targetId)).filter(Objects::nonNull).toList();
    }

    public synchronized List<SimNode> sources(String targetId, String assocType) {
        return assocs.stream().filter(a -> a.targetId.equals(targetId) && a.assocType.equals(assocType))
                .map(a -> nodes.get(a.sourceId)).filter(Objects::nonNull).toList();
    }

    /** The events Alfresco would publish for the writes made over HTTP, once {@link SimEventLog#recording} is on. */
    public SimEventLog events() {
        return eventLog;
    }

    /** The number of successful writes (PUT, POST children, POST targets) the service made. */
    public int writes() {
        return writes.get();
    }

    /** Everything stored, as text: equal snapshots mean nothing changed. */
    public synchronized String snapshot() {
        ObjectNode all = json.createObjectNode();
        nodes.values().forEach(n -> all.set(n.id, nodeJson.render(n, SimNodeJson.Shape.FULL, true, null)));
        ArrayNode a = all.putArray("assocs");
        assocs.forEach(x -> a.add(x.sourceId + " " + x.assocType + " " + x.targetId));
        return all.toString();
    }

    public List<String> ancestors(String nodeId) {
        List<String> result = new ArrayList<>();
        SimNode n = node(nodeId);
        while (n != null && n.parentId != null) {
            result.add(n.parentId);
            n = node(n.parentId);
        }
        return result;
    }

    // ------------------------------------------------------------------ the REST contract

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    /** Requests served, by kind ({@code GET nodes/{id}/sources}): what the benchmark reports as REST calls per event. */
    private final Map<String, java.util.concurrent.atomic.LongAdder> served = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.Set<String> PATH_WORDS = java.util.Set.of("nodes", "children", "targets", "sources", "content",
            "groups", "members", "search", "people", "lock", "unlock", "versions", "sites", "comments");

    /** The requests served so far, by method and path with the ids left out. */
    public Map<String, Long> requestCounts() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        served.forEach((k, v) -> counts.put(k, v.sum()));
        return counts;
    }

    private void count(String method, String path) {
        String relative = path.startsWith(CORE) ? path.substring(CORE.length()) : path.replaceFirst("^.*/versions/1/", "");
        StringBuilder kind = new StringBuilder(method).append(' ');
        for (String part : relative.split("/")) {
            if (!part.isEmpty()) {
                kind.append(PATH_WORDS.contains(part) ? part : "{id}").append('/');
            }
        }
        served.computeIfAbsent(kind.toString(), k -> new java.util.concurrent.atomic.LongAdder()).increment();
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        Request request = serveEvent.getRequest();
        String path = request.getUrl().split("\\?", 2)[0];
        String method = request.getMethod().getName();
        count(method, path);
        try {
            for (Failure f : failures) {
                String relative = path.startsWith(CORE) ? path.substring(CORE.length()) : path;
                if (f.method.equalsIgnoreCase(method) && f.path.matcher(relative).matches() && f.remaining.getAndDecrement() > 0) {
                    return error(f.status, "Injected failure");
                }
            }
            String user = access.authenticate(request.getHeader("Authorization"));
            if (user == null) {
                // No credentials, an unknown user or a wrong password: 401 as recorded on ACS 25.2 (transcript "wrong password").
                return error(401, "Authentication failed for Web Script org/alfresco/api/ResourceWebScript." + method.toLowerCase(java.util.Locale.ROOT));
            }
            synchronized (this) {
                return route(request, path, method, user);
            }
        } catch (BadRequest e) {
            return error(400, e.getMessage());
        } catch (Conflict e) {
            return error(409, e.getMessage());
        } catch (SimContentRules.Refusal e) {
            return error(e.status, e.errorKey, e.getMessage());
        } catch (SimAccess.Refused e) {
            return error(e.status, e.errorKey, e.getMessage());
        } catch (JsonProcessingException e) {
            return error(400, "Could not read content from HTTP request body: " + e.getOriginalMessage());
        }
    }

    private ResponseDefinition route(Request request, String path, String method, String user) throws JsonProcessingException {
        if (method.equals("GET")) {
            // The REST framework reads the paging of every GET before the resource runs (ResourceWebScriptGet,
            // RecognizedParamsExtractor.getPaging), so bad paging is 400 even where nothing pages.
            paging(param(request, "skipCount"), param(request, "maxItems"));
        }
        if (path.equals(SEARCH) && method.equals("POST")) {
            return search(json.readTree(request.getBodyAsString()), user, request.getHeader("Accept-Language"));
        }
        Matcher site = SITE_CONTAINER.matcher(path);
        if (site.matches() && method.equals("GET")) {
            return siteContainer(site.group(1), site.group(2), user);
        }
        Matcher m = PERSON_GROUPS.matcher(path);
        if (m.matches() && method.equals("GET")) {
            // Alfresco: GroupsImpl.getGroupsByPersonId: PeopleImpl.validatePerson first (404 for an unknown person), then
            // "Non-admins can only access their own data" (recorded on ACS 25.2: 403 framework.exception.PermissionDenied
            // for the service account reading regiogriffier's groups).
            String person = canonicalPerson(m.group(1), user);
            Set<String> groups = person == null ? null : groupsByPerson.get(person);
            if (groups == null) {
                return error(404, "framework.exception.EntityNotFound", "The entity with id: " + m.group(1) + " was not found");
            }
            if (!ADMIN.equals(user) && !user.equalsIgnoreCase(person)) {
                return permissionDenied();
            }
            List<JsonNode> entries = groups.stream().map(g -> (JsonNode) json.createObjectNode()
                    .put("id", g).put("displayName", g.replaceFirst("^GROUP_", "")).put("isRoot", true)).toList();
            return page(entries, request);
        }
        m = PERSON.matcher(path);
        if (m.matches() && method.equals("GET")) {
            return person(m.group(1), user, request);
        }
        m = GROUP_MEMBERS.matcher(path);
        if (m.matches() && method.equals("GET")) {
            return groupMembers(m.group(1), request);
        }
        m = NODE_PATH.matcher(path);
        if (!m.matches()) {
            return error(404, "Unable to locate resource resource for " + path);
        }
        SimNodeJson.Shape shape = SimNodeJson.Shape.of(param(request, "include"), param(request, "fields"),
                request.getHeader("Accept-Language"));
        if (shape.unmodelled() != null) {
            // Where unsure, refuse: an answer without what was asked for would pass for Alfresco's.
            throw new BadRequest("The simulator does not model include=" + shape.unmodelled());
        }
        String id = "-root-".equals(m.group(1)) ? ROOT_ID : m.group(1);
        SimNode node = nodes.get(id);
        if (node == null) {
            // Alfresco: EntityNotFoundException, public-rest-context.xml: 404 framework.exception.EntityNotFound (line 38)
            return error(404, "framework.exception.EntityNotFound", "The entity with id: " + id + " was not found");
        }
        String sub = m.group(3);
        if (sub == null && method.equals("GET")) {
            String relativePath = param(request, "relativePath");
            SimNode found = lookup(node, relativePath, user);
            if (found == null) {
                return error(404, "The entity with relativePath: " + relativePath + " was not found");
            }
            access.require(user, found, SimAccess.Permission.READ, nodes::get);
            return ok(200, entry(single(found, shape, user)));
        }
        if ("comments".equals(sub)) {
            if (!method.equals("GET")) {
                throw new BadRequest("The simulator does not model " + method + " on comments");
            }
            // CommentsImpl takes the id through NodesImpl.validateNode(String), which knows no -root- alias.
            if ("-root-".equals(m.group(1))) {
                return error(404, "framework.exception.EntityNotFound", "The entity with id: -root- was not found");
            }
            return comments(node, user, request);
        }
        if ("content".equals(sub) && method.equals("GET")) {
            access.require(user, node, SimAccess.Permission.READ, nodes::get);
            if (node.content == null) {
                return error(404, "The node " + id + " has no content");
            }
            return aResponse().withStatus(200).withHeader("Content-Type", node.mimeType).withBody(node.content).build();
        }
        if ("lock".equals(sub) && method.equals("POST")) {
            JsonNode body = json.readTree(request.getBodyAsString());
            if (node.folder) {
                // NodesImpl.lock: "Node of type cm:content or a subtype is expected"
                throw new BadRequest("Node of type cm:content or a subtype is expected: " + id);
            }
            access.require(user, node, SimAccess.Permission.LOCK, nodes::get);
            if (node.aspectNames.contains("cm:lockable") && !user.equals(node.properties.get("cm:lockOwner"))) {
                // LockServiceImpl.lock: locked by someone else is UnableToAquireLockException (422)
                return error(422, id + " could not be locked");
            }
            SimEventLog.State before = SimEventLog.State.of(node);
            if (!node.aspectNames.contains("cm:lockable")) {
                node.aspectNames.add("cm:lockable");
            }
            node.properties.put("cm:lockType", "FULL".equals(body.path("type").asText()) ? "READ_ONLY_LOCK" : "WRITE_LOCK");
            node.properties.put("cm:lockOwner", user);
            node.properties.put("cm:lockLifetime", body.path("lifetime").asText("PERSISTENT"));
            writes.incrementAndGet();
            // The lock service leaves cm:modified alone (transcript line 34 after line 31): no modifiedAt in resourceBefore.
            eventLog.updated(node, before, false);
            return ok(200, entry(single(node, shape, user)));
        }
        if (sub == null && method.equals("DELETE")) {
            return deleteNode(node, user);
        }
        if ("unlock".equals(sub) && method.equals("POST")) {
            return unlock(node, user, shape);
        }
        if (sub == null && method.equals("PUT")) {
            access.require(user, node, SimAccess.Permission.WRITE, nodes::get);
            // A FULL (read-only) lock: nobody may change the node, the lock owner included (SimAccess.requireUnlocked).
            access.requireUnlocked(user, node);
            return ok(200, entry(single(update(node, json.readTree(request.getBodyAsString()), user), shape, user)));
        }
        if ("children".equals(sub) && method.equals("GET")) {
            String where = param(request, "where");
            String type = null;
            boolean subtypes = false;
            if (where != null) {
                Matcher w = WHERE_NODE_TYPE.matcher(where);
                if (!w.matches()) {
                    throw new BadRequest("Invalid parameter: where=" + where);
                }
                type = w.group(1);
                // NodesImpl.parseNodeTypeFilter: "type INCLUDESUBTYPES" (the last space), and an unknown type is refused.
                int space = type.lastIndexOf(' ');
                if (space > 0 && type.substring(space).equalsIgnoreCase(" INCLUDESUBTYPES")) {
                    type = type.substring(0, space);
                    subtypes = true;
                }
                if (rules.model().unchecked(type)) {
                    throw new BadRequest("The simulator cannot check filter nodeType: " + type);
                }
                if (rules.model().type(type) == null) {
                    throw new BadRequest("Unknown filter nodeType: " + type);
                }
            }
            String t = type;
            boolean withSubtypes = subtypes;
            // NodesImpl.listChildren: validateOrLookupNode(parentFolderNodeId, relativePath), then the folder's children.
            String relativePath = param(request, "relativePath");
            SimNode folder = lookup(node, relativePath, user);
            if (folder == null) {
                return error(404, "The entity with relativePath: " + relativePath + " was not found");
            }
            access.require(user, folder, SimAccess.Permission.READ, nodes::get);
            List<JsonNode> entries = children(folder.id).stream()
                    .filter(n -> t == null || n.nodeType.equals(t) || withSubtypes && rules.model().isSubClass(n.nodeType, t))
                    .filter(n -> access.may(user, n, SimAccess.Permission.READ, nodes::get))
                    .map(n -> SimNodeJson.select(nodeJson.render(n, shape, false, viewer(user)), shape.fields())).toList();
            return page(entries, request);
        }
        if ("children".equals(sub) && method.equals("POST")) {
            access.require(user, node, SimAccess.Permission.ADD_CHILDREN, nodes::get);
            boolean autoRename = Boolean.parseBoolean(param(request, "autoRename")); // NodesImpl: Boolean.valueOf
            if (SimUpload.isMultipart(request.getHeader("Content-Type"))) {
                SimUpload.Upload upload;
                try {
                    upload = SimUpload.parse(request.getHeader("Content-Type"), request.getBody(), json);
                } catch (IllegalArgumentException e) {
                    throw new BadRequest(e.getMessage());
                }
                return createChild(node, upload.body(), user, autoRename, shape, upload);
            }
            return createChild(node, json.readTree(request.getBodyAsString()), user, autoRename, shape, null);
        }
        if ("targets".equals(sub) && method.equals("POST")) {
            return createAssoc(node, json.readTree(request.getBodyAsString()), user);
        }
        if (("targets".equals(sub) || "sources".equals(sub)) && method.equals("GET")) {
            String where = param(request, "where");
            String type = null;
            if (where != null) {
                Matcher w = WHERE_ASSOC.matcher(where);
                if (!w.matches()) {
                    throw new BadRequest("Invalid parameter: where=" + where);
                }
                type = w.group(1);
                // NodesImpl.getAssocType: "Unknown assocType" for one the dictionary does not know.
                if (rules.model().unchecked(type)) {
                    throw new BadRequest("The simulator cannot check assocType: " + type);
                }
                if (rules.model().association(type) == null) {
                    throw new BadRequest("Unknown assocType: " + type);
                }
                if (type.startsWith("sys:")) {
                    throw new BadRequest("Invalid assocType: " + type); // NodesImpl.EXCLUDED_NS
                }
            }
            String t = type;
            boolean targets = "targets".equals(sub);
            access.require(user, node, SimAccess.Permission.READ, nodes::get);
            List<JsonNode> entries = assocs.stream()
                    .filter(a -> (targets ? a.sourceId : a.targetId).equals(id) && (t == null || a.assocType.equals(t)))
                    .filter(a -> nodes.containsKey(targets ? a.targetId : a.sourceId) && access.may(user,
                            nodes.get(targets ? a.targetId : a.sourceId), SimAccess.Permission.READ, nodes::get))
                    .map(a -> {
                        SimNode other = nodes.get(targets ? a.targetId : a.sourceId);
                        ObjectNode e = nodeJson.render(other, shape, false, viewer(user));
                        e.putObject("association").put("assocType", a.assocType);
                        return SimNodeJson.select(e, shape.fields());
                    }).toList();
            return page(entries, request);
        }
        return error(405, "The operation is unsupported");
    }

    /**
     * {@code DELETE /nodes/{id}} (to the trashcan, as Alfresco does by default): 204, and the node answers 404 from then
     * on. Its peer associations go with it; its folder's cm:modified moves (transcript line 37). A locked node cannot be
     * deleted (409, as an update); a folder with children is refused, as the simulator does not model a deep delete.
     */
    private ResponseDefinition deleteNode(SimNode node, String user) {
        // NodesImpl.deleteNode: Delete permission on the node, and a lock held by anyone else (or FULL) refuses it.
        access.require(user, node, SimAccess.Permission.DELETE, nodes::get);
        access.requireUnlocked(user, node);
        if (node.id.equals(ROOT_ID)) {
            return error(409, "Cannot perform operation since the node (id:" + node.id + ") is locked.");
        }
        if (!children(node.id).isEmpty()) {
            throw new BadRequest("The simulator does not model deleting a folder with children");
        }
        eventLog.deleted(node);
        nodes.remove(node.id);
        for (Assoc a : List.copyOf(assocs)) {
            if (a.sourceId.equals(node.id) || a.targetId.equals(node.id)) {
                assocs.remove(a);
                eventLog.peerAssocDeleted(a.sourceId, a.targetId, a.assocType);
            }
        }
        SimNode parent = nodes.get(node.parentId);
        if (parent != null) {
            SimEventLog.State before = SimEventLog.State.of(parent);
            touch(parent, user);
            eventLog.updated(parent, before, true);
        }
        writes.incrementAndGet();
        return aResponse().withStatus(204).build();
    }

    private SimNode update(SimNode node, JsonNode body, String user) {
        // Alfresco leaves aspects (and properties) alone when the update sends them as null, as the SDK's NodeBodyUpdate does.
        List<String> aspects = null;
        if (body.hasNonNull("aspectNames")) {
            aspects = new ArrayList<>();
            for (JsonNode a : body.get("aspectNames")) {
                aspects.add(a.asText());
            }
        }
        Map<String, Object> props = null;
        if (body.hasNonNull("properties")) {
            Map<String, Object> p = new LinkedHashMap<>();
            body.get("properties").properties().forEach(e -> p.put(e.getKey(),
                    e.getValue().isNull() ? null : json.convertValue(e.getValue(), Object.class)));
            props = p;
        }
        // Checked as a whole first: Alfresco rolls the transaction back on any refusal, so nothing changes.
        // NodesImpl.updateNodeImpl: an empty name is left alone; a new one is a rename (FileFolderService: 409 when a
        // sibling has it) and meets cm:name's constraints at commit (422).
        String newName = body.hasNonNull("name") && !body.get("name").asText().isEmpty() ? body.get("name").asText() : null;
        if (newName != null && !newName.equals(node.name) && nodes.values().stream()
                .anyMatch(n -> n != node && Objects.equals(node.parentId, n.parentId) && newName.equalsIgnoreCase(n.name))) {
            throw new Conflict("Name already exists in target parent: " + newName);
        }
        SimContentRules.Draft d = rules.update(node, newName, body.hasNonNull("nodeType") ? body.get("nodeType").asText() : null,
                aspects, props);
        SimEventLog.State before = SimEventLog.State.of(node);
        Map<String, Object> given = props;
        if (newName != null) {
            node.name = newName;
        }
        store(node, d);
        if (before.changedIn(node)) {
            // Nothing changed, nothing written: cm:modified stays and no event follows ("ja" for a d:boolean that was
            // already false: transcript line 18, whose answer still has the modifiedAt of line 13).
            node.modifiedBy = user;
            node.modifiedAt = now();
            boolean propertiesEdited = given != null && given.keySet().stream()
                    .anyMatch(k -> !java.util.Objects.equals(before.properties().get(k), node.properties.get(k)));
            eventLog.updated(node, before, propertiesEdited);
        }
        writes.incrementAndGet();
        return node;
    }

    private ResponseDefinition createChild(SimNode parent, JsonNode body, String user, boolean autoRename, SimNodeJson.Shape shape,
                                           SimUpload.Upload upload) {
        if (!parent.folder) {
            return error(400, "Parent " + parent.id + " is not a folder");
        }
        if (!body.hasNonNull("name") || !body.hasNonNull("nodeType")) {
            throw new BadRequest("name and nodeType are required");
        }
        String name = body.get("name").asText();
        if (name.isEmpty()) {
            throw new BadRequest("Node name is expected: " + parent.id); // NodesImpl.createNodeImpl
        }
        // An invalid name (contentModel.xml's cm:filename constraint on cm:name) is the integrity checker's 422 below;
        // without Alfresco's models to read it from, the simulator still refuses what that constraint refuses.
        if (!rules.model().builtInsLoaded() && FILENAME_REFUSED.matcher(name).matches()) {
            return error(422, "framework.exception.ConstraintViolated", "Invalid name (cm:filename): " + name);
        }
        String type = body.get("nodeType").asText();
        String unique = name;
        // NodesImpl.createNodeImpl: autoRename only for content and folders, with findUniqueName's "name-1.ext"; a
        // clash otherwise is DuplicateChildNodeNameException, 409. Child names compare without regard to case.
        boolean renames = autoRename && (rules.model().isSubClass(type, "cm:content") || rules.model().isSubClass(type, "cm:folder"));
        for (int i = 1; siblingNamed(parent.id, unique); i++) {
            if (!renames) {
                return error(409, "Duplicate child name not allowed: " + name);
            }
            unique = uniqueName(name, i);
        }
        Map<String, Object> props = new LinkedHashMap<>();
        if (body.has("properties")) {
            body.get("properties").properties().forEach(e -> {
                if (!e.getValue().isNull()) {
                    props.put(e.getKey(), json.convertValue(e.getValue(), Object.class));
                }
            });
        }
        List<String> aspects = new ArrayList<>();
        if (body.has("aspectNames")) {
            body.get("aspectNames").forEach(a -> aspects.add(a.asText()));
        }
        if (props.containsKey("cm:title") || props.containsKey("cm:description")) {
            aspects.add("cm:titled");
        }
        for (JsonNode target : body.path("targets")) {
            if (!nodes.containsKey(target.path("targetId").asText()) || !target.hasNonNull("assocType")) {
                throw new BadRequest("Invalid target: " + target);
            }
        }
        String id = UUID.randomUUID().toString();
        // The node and its associations are checked before anything is stored (one transaction in Alfresco).
        SimContentRules.Draft d = rules.create(id, unique, type, aspects, props);
        SimNode child = new SimNode(id, unique, type, parent.id, rules.model().isSubClass(type, "cm:folder"), user, now());
        store(child, d);
        if (upload != null) {
            child.content = upload.content();
            child.mimeType = upload.mimeType();
        }
        Map<String, Integer> perType = new LinkedHashMap<>();
        for (JsonNode t : body.path("targets")) {
            String assocType = t.get("assocType").asText();
            rules.checkAssociation(child, nodes.get(t.get("targetId").asText()), assocType, perType.merge(assocType, 1, Integer::sum) - 1);
        }
        put(child, d);
        // NodeBodyCreate.targets: peer associations made in the same transaction as the node
        body.path("targets").forEach(t -> assocs.add(new Assoc(child.id, t.get("targetId").asText(), t.get("assocType").asText())));
        // The folder is cm:auditable: a new child moves its cm:modified and cm:modifier (transcript lines 5, 10, 27).
        SimEventLog.State parentBefore = SimEventLog.State.of(parent);
        touch(parent, user);
        writes.incrementAndGet();
        eventLog.created(child, parent, parentBefore);
        body.path("targets").forEach(t -> eventLog.peerAssocCreated(child.id, t.get("targetId").asText(), t.get("assocType").asText()));
        return ok(201, entry(single(child, shape, user)));
    }

    /**
     * The node a {@code relativePath} below {@code start} names (NodesImpl.validateOrLookupNode), its names matched
     * without regard to case; null when a segment is missing or not readable (NodesImpl answers 404 then, not 403:
     * "uuid vs path").
     */
    private SimNode lookup(SimNode start, String relativePath, String user) {
        SimNode found = start;
        if (relativePath != null) {
            for (String segment : relativePath.split("/")) {
                String parent = found.id;
                found = segment.isEmpty() ? found : nodes.values().stream()
                        .filter(n -> parent.equals(n.parentId) && segment.equalsIgnoreCase(n.name)).findFirst().orElse(null);
                if (found == null || !access.may(user, found, SimAccess.Permission.READ, nodes::get)) {
                    return null;
                }
            }
        }
        return found;
    }

    /** Alfresco stores child names lower-cased (ChildAssocEntity), so two children may not differ in case alone. */
    private boolean siblingNamed(String parentId, String name) {
        return nodes.values().stream().anyMatch(n -> parentId.equals(n.parentId) && name.equalsIgnoreCase(n.name));
    }

    /** NodesImpl.findUniqueName: the counter goes before the extension ("d1-1.txt"), or first for a name like ".txt". */
    static String uniqueName(String name, int counter) {
        int dot = name.lastIndexOf('.');
        if (dot == 0) {
            return counter + name;
        }
        return dot > 0 ? name.substring(0, dot) + "-" + counter + name.substring(dot) : name + "-" + counter;
    }

    private ResponseDefinition createAssoc(SimNode source, JsonNode body, String user) {
        if (!body.hasNonNull("targetId") || !body.hasNonNull("assocType")) {
            throw new BadRequest("targetId and assocType are required");
        }
        String target = body.get("targetId").asText();
        String type = body.get("assocType").asText();
        if (!nodes.containsKey(target)) {
            return error(404, "The entity with id: " + target + " was not found");
        }
        // NodeService.createAssociation: WriteProperties on the source, ReadProperties on the target.
        access.require(user, source, SimAccess.Permission.WRITE, nodes::get);
        access.require(user, nodes.get(target), SimAccess.Permission.READ, nodes::get);
        Assoc a = new Assoc(source.id, target, type);
        if (assocs.contains(a)) {
            return error(409, "Node association already exists");
        }
        checkLink(source, nodes.get(target), type);
        assocs.add(a);
        touch(source, user);
        writes.incrementAndGet();
        eventLog.peerAssocCreated(source.id, target, type);
        return ok(201, entry(json.createObjectNode().put("targetId", target).put("assocType", type)));
    }

    private ResponseDefinition search(JsonNode body, String user, String acceptLanguage) {
        // The search API renders its nodes as a list does: properties and aspectNames only when included.
        SimNodeJson.Shape shape = SimNodeJson.Shape.of(body.path("include"), acceptLanguage);
        for (String include : shape.include()) {
            if (!SimNodeJson.SEARCH_INCLUDES.contains(include)) {
                // SearchMapper.validateInclude: an include outside PERMITTED_INCLUDES is an InvalidArgumentException
                throw new BadRequest("An invalid argument was received " + include);
            }
        }
        String query = body.path("query").path("query").asText("");
        List<Predicate<SimNode>> terms = new ArrayList<>();
        for (String term : query.split("\\s+AND\\s+")) {
            terms.add(term(term.trim()));
        }
        // Alfresco leaves out what the user may not read (search results are permission-filtered).
        List<SimNode> matches = nodes.values().stream().filter(n -> terms.stream().allMatch(t -> t.test(n)))
                .filter(n -> access.may(user, n, SimAccess.Permission.READ, nodes::get))
                .sorted(order(body.path("sort"))).toList();
        int skip = body.path("paging").path("skipCount").asInt(0);
        int max = body.path("paging").path("maxItems").asInt(100);
        // Only the requested page is rendered as JSON (rendering every match cost O(matches) per page).
        List<JsonNode> page = matches.stream().skip(skip).limit(max).map(n -> {
            ObjectNode e = nodeJson.render(n, shape, false, viewer(user));
            // ACS 25.2 adds "location": "nodes" (transcript line 36), which alfresco-search.yaml does not define: the
            // simulator keeps to the definition (a listed difference of TranscriptReplayTest).
            e.putObject("search").put("score", 1.0);
            return (JsonNode) e;
        }).toList();
        return ok(200, list(page, matches.size(), skip, max));
    }

    /** The search API's {@code sort}: FIELD sorts on a property, or on cm:created / cm:modified / cm:name; absent values first. */
    private static java.util.Comparator<SimNode> order(JsonNode sort) {
        java.util.Comparator<SimNode> order = (a, b) -> 0;
        for (JsonNode s : sort) {
            String field = s.path("field").asText();
            java.util.function.Function<SimNode, String> key = switch (field) {
                case "cm:created" -> n -> n.createdAt.toInstant().toString();
                case "cm:modified" -> n -> n.modifiedAt.toInstant().toString();
                case "cm:name" -> n -> n.name;
                default -> n -> n.properties.get(field) == null ? "" : String.valueOf(n.properties.get(field));
            };
            java.util.Comparator<SimNode> c = java.util.Comparator.comparing(key);
            order = order.thenComparing(s.path("ascending").asBoolean(true) ? c : c.reversed());
        }
        return order;
    }

    private Predicate<SimNode> term(String term) {
        boolean not = term.startsWith("NOT ");
        String t = not ? term.substring(4).trim() : term;
        if (t.startsWith("(") && t.endsWith(")")) {
            List<Predicate<SimNode>> any = new ArrayList<>();
            for (String alternative : t.substring(1, t.length() - 1).split("\\s+OR\\s+")) {
                any.add(term(alternative.trim()));
            }
            Predicate<SimNode> group = n -> any.stream().anyMatch(a -> a.test(n));
            return not ? group.negate() : group;
        }
        Matcher range = RANGE.matcher(t);
        if (range.matches()) {
            // A date range on ISO values compares as text: [MIN|"from" TO MAX|"to"], both ends included.
            String field = range.group(1);
            String low = range.group(2).equals("MIN") ? "" : range.group(2).replace("\"", "");
            String high = range.group(3).equals("MAX") ? "\uffff" : range.group(3).replace("\"", "") + "\uffff";
            Predicate<SimNode> p = n -> {
                Object v = n.properties.get(field);
                return v != null && v.toString().compareTo(low) >= 0 && v.toString().compareTo(high) <= 0;
            };
            return not ? p.negate() : p;
        }
        // AFTS writes a value as "phrase", 'phrase' or a bare term, and a field as TYPE, rb:prop or rb\:prop, with =
        // in front for an exact match (transcript line 36: TYPE:'rb:proposal' AND =rb:routeStatus:SUBMITTED).
        Matcher q = AFTS_TERM.matcher(t);
        if (!q.matches()) {
            throw new BadRequest("Unsupported query term in the simulator: " + term);
        }
        String field = q.group(1).replace("\\:", ":").replaceFirst("^=", "");
        // a quoted value may hold escaped characters: \" and \\ (RecordQuery.quote)
        String value = (q.group(3) != null ? q.group(3) : q.group(4) != null ? q.group(4) : q.group(5)).replaceAll("\\\\(.)", "$1");
        Predicate<SimNode> p = switch (field) {
            case "TYPE" -> n -> n.nodeType.equals(value);
            case "ASPECT" -> n -> n.aspectNames.contains(value);
            case "TEXT" -> n -> n.name.toLowerCase(java.util.Locale.ROOT).contains(value.toLowerCase(java.util.Locale.ROOT));
            case "ANCESTOR" -> n -> ancestors(n.id).contains(value.replace("workspace://SpacesStore/", ""));
            default -> n -> {
                Object v = n.properties.get(field);
                return v instanceof Collection<?> c ? c.stream().anyMatch(x -> value.equals(String.valueOf(x))) : value.equals(String.valueOf(v));
            };
        };
        return not ? p.negate() : p;
    }

    /**
     * POST /nodes/{id}/unlock. NodesImpl.unlock asks lockService.isLocked first (not locked: IntegrityException, 422),
     * then LockService.unlock needs Unlock (SimAccess).
     */
    private ResponseDefinition unlock(SimNode node, String user, SimNodeJson.Shape shape) {
        access.require(user, node, SimAccess.Permission.READ, nodes::get);
        if (!node.aspectNames.contains("cm:lockable")) {
            return error(422, "Can't unlock node " + node.id + " because it isn't locked");
        }
        access.require(user, node, SimAccess.Permission.UNLOCK, nodes::get);
        List<String> aspectsBefore = List.copyOf(node.aspectNames);
        node.aspectNames.remove("cm:lockable");
        List.of("cm:lockType", "cm:lockOwner", "cm:lockLifetime", "cm:expiryDate", "cm:lockIsDeep").forEach(node.properties::remove);
        writes.incrementAndGet();
        // Like lock, unlock leaves cm:modified alone; and its node.Updated names only the aspects in resourceBefore,
        // not the lock's properties that went with cm:lockable (transcript line 35 on ACS 25.2).
        SimEventLog.State now = SimEventLog.State.of(node);
        eventLog.updated(node, new SimEventLog.State(now.nodeType(), now.name(), aspectsBefore, now.properties(),
                now.modifiedBy(), now.modifiedAt()), false);
        return ok(200, entry(single(node, shape, user)));
    }

    /**
     * {@code GET /sites/{siteId}/containers/{containerId}} (SitesImpl.getSiteContainer): the container's node id and
     * its component id, as recorded on ACS 25.2 (transcript line 1); a site or container the user cannot see is 404.
     */
    private ResponseDefinition siteContainer(String siteId, String containerId, String user) {
        SimNode siteNode = nodes.values().stream().filter(n -> "st:site".equals(n.nodeType) && n.name.equals(siteId)).findFirst().orElse(null);
        if (siteNode == null || !access.may(user, siteNode, SimAccess.Permission.READ, nodes::get)) {
            return error(404, "framework.exception.EntityNotFound", "The entity with id: " + siteId + " was not found");
        }
        SimNode container = children(siteNode.id).stream().filter(n -> containerId.equals(n.properties.get("st:componentId")))
                .findFirst().orElse(null);
        if (container == null) {
            return error(404, "framework.exception.EntityNotFound", "The entity with id: " + containerId + " was not found");
        }
        return ok(200, entry(json.createObjectNode().put("id", container.id).put("folderId", containerId)));
    }

    // ------------------------------------------------------------------ JSON

    /** A node as the one entity of an answer: full info, then {@code fields}. */
    private JsonNode single(SimNode n, SimNodeJson.Shape shape, String user) {
        return SimNodeJson.select(nodeJson.render(n, shape, true, viewer(user)), shape.fields());
    }

    private SimNodeJson.Viewer viewer(String user) {
        return new SimNodeJson.Viewer(user, access, nodes::get);
    }

    private ObjectNode entry(JsonNode e) {
        ObjectNode o = json.createObjectNode();
        o.set("entry", e);
        return o;
    }

    /**
     * A group's immediate members, readable by any signed-in user (Alfresco: GroupsImpl.getGroupMembers makes no admin
     * check; recorded on ACS 25.2 as 200 for the service account). Unknown group: 404 (GroupsImpl.validateGroupId);
     * GROUP_EVERYONE may not be listed: 405 (UnsupportedResourceOperationException).
     */
    private ResponseDefinition groupMembers(String groupId, Request request) {
        if ("GROUP_EVERYONE".equals(groupId)) {
            return error(405, "The operation is unsupported");
        }
        List<JsonNode> members = groupsByPerson.entrySet().stream().filter(e -> e.getValue().contains(groupId))
                .map(e -> (JsonNode) json.createObjectNode().put("id", e.getKey()).put("displayName", e.getKey())
                        .put("memberType", "PERSON")).toList();
        if (!groups.contains(groupId)) {
            return error(404, "The entity with id: " + groupId + " was not found");
        }
        return page(members, request);
    }

    /**
     * A person as PeopleImpl.getPerson answers it: {@code -me-} is the signed-in user, the id is matched without regard
     * to case (PersonService.getUserIdentifier), an unknown one is 404; anyone signed in may read anyone. The entry
     * holds the cm:person fields that are set (the REST API's JacksonHelper leaves out null and empty values), enabled,
     * emailNotificationsEnabled (true unless cm:emailFeedDisabled), company (always there, empty without
     * cm:organization and the like) and capabilities (isMutable: the person themselves or an administrator, for
     * Alfresco's own, mutable accounts). Aspects and properties are all cm:, sys: or usr: here, which PeopleImpl leaves
     * out; quotas are left out with system.usages.enabled=false, repository.properties' default.
     */
    private ResponseDefinition person(String requested, String user, Request request) {
        if (request.getUrl().contains("?")) {
            throw new BadRequest("The simulator does not model parameters on GET /people/{personId}");
        }
        if ("guest".equalsIgnoreCase(requested)) {
            // bootstrap/system.xml creates a guest person too (isGuest true); the simulator has no guest account.
            throw new BadRequest("The simulator does not model Alfresco's guest person");
        }
        String id = canonicalPerson(requested, user);
        if (id == null) {
            return error(404, "framework.exception.EntityNotFound", "The entity with id: " + requested + " was not found");
        }
        Person p = people.get(id);
        if (p == null) {
            // Where unsure, refuse: a person added without names would be answered without the required firstName.
            throw new BadRequest("The simulator was not told the names of person " + id + " (describePerson)");
        }
        ObjectNode entry = json.createObjectNode();
        entry.put("id", id);
        putIfSet(entry, "firstName", p.firstName());
        putIfSet(entry, "lastName", p.lastName());
        putIfSet(entry, "displayName", nameOf(p.firstName(), p.lastName()));
        putIfSet(entry, "jobTitle", p.jobTitle());
        putIfSet(entry, "email", p.email());
        entry.put("enabled", true);
        entry.put("emailNotificationsEnabled", true);
        entry.putObject("company");
        entry.putObject("capabilities").put("isAdmin", access.isAdmin(id)).put("isGuest", false)
                .put("isMutable", id.equals(user) || access.isAdmin(user));
        return ok(200, json.createObjectNode().set("entry", entry));
    }

    /**
     * The comments on a node, as CommentsImpl.getComments lists them (the Content App's comments tab asks): only on a
     * cm:folder or cm:content or a subtype (NodesImpl.nodeMatches), else 400 "NodeId of folder or content is
     * expected"; then CommentServiceImpl looks for the node's comments topic (NodeService.hasAspect, which needs
     * ReadProperties: 403 without read permission). Writing comments is not modelled (a POST is refused), so no node
     * in the simulated repository has any and the page is empty.
     */
    private ResponseDefinition comments(SimNode node, String user, Request request) {
        if (model.unchecked(node.nodeType)) {
            throw new BadRequest("The simulator cannot tell whether " + node.nodeType + " is a folder or content");
        }
        if (!model.isSubClass(node.nodeType, "cm:folder") && !model.isSubClass(node.nodeType, "cm:content")) {
            throw new BadRequest("NodeId of folder or content is expected");
        }
        access.require(user, node, SimAccess.Permission.READ, nodes::get);
        return page(List.of(), request);
    }

    /**
     * The person id as PeopleImpl.validatePerson canonicalizes it: {@code -me-} (any case) is the signed-in user, an id is
     * matched without regard to case (PersonService.getUserIdentifier); null for no such person.
     */
    private String canonicalPerson(String requested, String user) {
        String wanted = "-me-".equalsIgnoreCase(requested) ? user : requested;
        return java.util.stream.Stream.concat(groupsByPerson.keySet().stream(), people.keySet().stream())
                .filter(wanted::equalsIgnoreCase).findFirst().orElse(null);
    }

    /** A person's display name as Person.updateDisplayName makes it: first and last name, trimmed. */
    private static String nameOf(String firstName, String lastName) {
        return ((firstName != null ? firstName + " " : "") + (lastName != null ? lastName : "")).trim();
    }

    private static void putIfSet(ObjectNode node, String field, String value) {
        if (value != null && !value.isEmpty()) {
            node.put(field, value);
        }
    }

    /** Alfresco's answer to a permission check that failed (PermissionDeniedException, public-rest-context.xml: 403). */
    private ResponseDefinition permissionDenied() {
        ObjectNode o = json.createObjectNode();
        o.putObject("error").put("errorKey", "framework.exception.PermissionDenied").put("statusCode", 403)
                .put("briefSummary", "Permission was denied")
                .put("stackTrace", "For security reasons the stack trace is no longer displayed, but the property is kept for previous versions")
                .put("descriptionURL", "https://api-explorer.alfresco.com").put("logId", UUID.randomUUID().toString());
        return aResponse().withStatus(403).withHeader("Content-Type", "application/json;charset=UTF-8").withBody(o.toString()).build();
    }

    private ResponseDefinition page(List<JsonNode> all, Request request) {
        int[] paging = paging(param(request, "skipCount"), param(request, "maxItems"));
        return ok(200, list(all, paging[0], paging[1]));
    }

    /** skipCount and maxItems as RecognizedParamsExtractor.getPaging reads them: defaults 0 and 100, else 400. */
    static int[] paging(String skip, String max) {
        int skipped;
        int maxItems;
        try {
            skipped = skip == null ? 0 : Integer.parseInt(skip);
            maxItems = max == null ? 100 : Integer.parseInt(max);
        } catch (NumberFormatException e) {
            throw new BadRequest(skip == null ? "Invalid paging parameter maxItems:" + max : max == null
                    ? "Invalid paging parameter skipCount:" + skip : "Invalid paging parameters skipCount: " + skip + ", maxItems:" + max);
        }
        if (skipped < 0) {
            throw new BadRequest("Negative values not supported for skipCount.");
        }
        if (maxItems < 1) {
            throw new BadRequest("Only positive values supported for maxItems.");
        }
        return new int[] {skipped, maxItems};
    }

    private ObjectNode list(List<JsonNode> all, int skip, int max) {
        return list(all.stream().skip(skip).limit(max).toList(), all.size(), skip, max);
    }

    /** A page of a list: {@code slice} is the page itself, {@code total} the size of the whole list. */
    private ObjectNode list(List<JsonNode> slice, int total, int skip, int max) {
        ObjectNode o = json.createObjectNode();
        ObjectNode list = o.putObject("list");
        list.putObject("pagination").put("count", slice.size()).put("hasMoreItems", skip + slice.size() < total)
                .put("totalItems", total).put("skipCount", skip).put("maxItems", max);
        ArrayNode entries = list.putArray("entries");
        slice.forEach(e -> entries.add(entry(e)));
        return o;
    }

    private ResponseDefinition ok(int status, JsonNode body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json;charset=UTF-8")
                .withBody(body.toString()).build();
    }

    private ResponseDefinition error(int status, String summary) {
        return error(status, SimContentRules.API_DEFAULT, summary);
    }

    private ResponseDefinition error(int status, String errorKey, String summary) {
        ObjectNode o = json.createObjectNode();
        o.putObject("error").put("errorKey", errorKey).put("statusCode", status)
                .put("briefSummary", summary)
                .put("stackTrace", "For security reasons the stack trace is no longer displayed, but the property is kept for previous versions")
                .put("descriptionURL", "https://api-explorer.alfresco.com").put("logId", UUID.randomUUID().toString());
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json;charset=UTF-8")
                .withBody(o.toString()).build();
    }

    private static String param(Request request, String name) {
        QueryParameter p = request.queryParameter(name);
        return p != null && p.isPresent() ? p.firstValue() : null;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }

    /** Alfresco's 409 (FileExistsException and the like: public-rest-context.xml). */
    private static final class Conflict extends RuntimeException {
        Conflict(String message) {
            super(message);
        }
    }
}
