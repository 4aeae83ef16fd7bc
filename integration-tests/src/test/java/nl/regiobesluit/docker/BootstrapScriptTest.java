package nl.regiobesluit.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.regiobesluit.routing.testsupport.AccessDescription;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * Runs docker/bootstrap/bootstrap.sh (bash, curl and jq, as in its image) against a small simulation of
 * the Alfresco v1 REST API: every call must be a documented path and method, every JSON body must hold the
 * documented required fields and nothing undocumented (checked against Alfresco's alfresco-core.yaml when
 * ../shared/reference is there), "already exists" answers 409, and a second run must create nothing.
 * Skipped where bash, curl or jq is missing.
 */
class BootstrapScriptTest {

    private static final String API = "/alfresco/api/-default-/public/alfresco/versions/1";

    @TempDir
    Path tmp;

    private Path root;
    private HttpServer server;
    private FakeAlfresco alfresco;

    @BeforeEach
    void start() throws Exception {
        assumeTrue(onPath("bash") && onPath("curl") && onPath("jq"), "bash, curl and jq are needed to run bootstrap.sh");
        root = repositoryRoot();
        alfresco = new FakeAlfresco(ApiContract.load(root));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", alfresco::handle);
        server.start();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void createsTheRegionFromTheDemoCsvAndASecondRunCreatesNothing() throws Exception {
        Path csv = root.resolve("data/election_2014_leidse_regio.csv");
        Run first = bootstrap(csv, "first.yml");
        assertThat(first.exitCode).as(first.output).isZero();
        assertThat(alfresco.violations).isEmpty();

        assertThat(alfresco.groups).containsExactlyInAnyOrder("GROUP_REGIOBESLUIT_GRIFFIE", "GROUP_GRIFFIE_REGIOCOMMISSIE",
                "GROUP_REGIOBESLUIT_ARCHIEF", "GROUP_GRIFFIE_LEIDEN", "GROUP_GRIFFIE_LEIDERDORP", "GROUP_GRIFFIE_OEGSTGEEST",
                "GROUP_GRIFFIE_VOORSCHOTEN", "GROUP_GRIFFIE_ZOETERWOUDE");
        assertThat(alfresco.people).containsExactlyInAnyOrder("griffier.leiden", "griffier.leiderdorp", "griffier.oegstgeest",
                "griffier.voorschoten", "griffier.zoeterwoude", "regiogriffier", "archivaris", "svc-regiobesluit");
        assertThat(alfresco.groupMembers).containsExactlyInAnyOrder(
                "GROUP_REGIOBESLUIT_GRIFFIE/griffier.leiden", "GROUP_REGIOBESLUIT_GRIFFIE/griffier.leiderdorp",
                "GROUP_REGIOBESLUIT_GRIFFIE/griffier.oegstgeest", "GROUP_REGIOBESLUIT_GRIFFIE/griffier.voorschoten",
                "GROUP_REGIOBESLUIT_GRIFFIE/griffier.zoeterwoude", "GROUP_REGIOBESLUIT_GRIFFIE/regiogriffier",
                "GROUP_GRIFFIE_LEIDEN/griffier.leiden", "GROUP_GRIFFIE_LEIDERDORP/griffier.leiderdorp",
                "GROUP_GRIFFIE_OEGSTGEEST/griffier.oegstgeest", "GROUP_GRIFFIE_VOORSCHOTEN/griffier.voorschoten",
                "GROUP_GRIFFIE_ZOETERWOUDE/griffier.zoeterwoude", "GROUP_GRIFFIE_REGIOCOMMISSIE/regiogriffier",
                "GROUP_REGIOBESLUIT_ARCHIEF/archivaris");
        assertThat(alfresco.passwords).containsEntry("griffier.leiden", "demo").containsEntry("svc-regiobesluit", "svc-demo-only");
        assertThat(alfresco.sites).containsExactly("regiobesluit");
        // Everyone in the site reads; nobody writes through a site role but the regiogriffier (site manager).
        assertThat(alfresco.siteMembers).containsExactlyInAnyOrder("regiobesluit/GROUP_REGIOBESLUIT_GRIFFIE=SiteConsumer",
                "regiobesluit/GROUP_REGIOBESLUIT_ARCHIEF=SiteConsumer", "regiobesluit/regiogriffier=SiteManager",
                "regiobesluit/svc-regiobesluit=SiteConsumer");
        assertThat(alfresco.paths.keySet()).contains(
                "doclib:Voorstellen", "doclib:Regiocommissie", "doclib:Besluiten", "doclib:Gemeenteraden",
                "doclib:Gemeenteraden/Leiden", "doclib:Gemeenteraden/Zoeterwoude",
                "-root-:Data Dictionary/Regiobesluit/samenstelling-2014.csv");
        assertThat(alfresco.uploads).containsExactly(Files.readString(csv));
        // The archivists may change the decision records (to finalize them) and nothing else: Editor on Besluiten only,
        // while the archivist stays SiteConsumer of the site.
        assertThat(alfresco.permissions.get(alfresco.paths.get("doclib:Besluiten")))
                .containsExactlyInAnyOrder("GROUP_REGIOBESLUIT_ARCHIEF=Editor=ALLOWED", "svc-regiobesluit=Collaborator=ALLOWED");
        // Only the regiocommissie's griffie (and the service, for its results) writes in Voorstellen and Regiocommissie.
        assertThat(alfresco.permissions.get(alfresco.paths.get("doclib:Regiocommissie")))
                .containsExactlyInAnyOrder("GROUP_GRIFFIE_REGIOCOMMISSIE=Collaborator=ALLOWED", "svc-regiobesluit=Collaborator=ALLOWED");
        assertThat(alfresco.permissions.get(alfresco.paths.get("doclib:Voorstellen")))
                .containsExactlyInAnyOrder("GROUP_GRIFFIE_REGIOCOMMISSIE=Collaborator=ALLOWED", "svc-regiobesluit=Editor=ALLOWED");
        // The register of joint arrangements: every griffie registers its arrangements, meetings and procedures; the
        // service adds the zienswijze records of participants outside the region there.
        assertThat(alfresco.permissions.get(alfresco.paths.get("doclib:Gemeenschappelijke regelingen")))
                .containsExactlyInAnyOrder("GROUP_REGIOBESLUIT_GRIFFIE=Collaborator=ALLOWED", "svc-regiobesluit=Collaborator=ALLOWED");
        // A council's folder: its own griffie and the service write there, the site's members read, nothing inherited.
        String leiden = alfresco.paths.get("doclib:Gemeenteraden/Leiden");
        assertThat(alfresco.permissions.get(leiden)).containsExactlyInAnyOrder("GROUP_site_regiobesluit=Consumer=ALLOWED",
                "GROUP_GRIFFIE_LEIDEN=Collaborator=ALLOWED", "svc-regiobesluit=Collaborator=ALLOWED");
        assertThat(alfresco.inheritanceOff).containsExactlyInAnyOrder(leiden, alfresco.paths.get("doclib:Gemeenteraden/Leiderdorp"),
                alfresco.paths.get("doclib:Gemeenteraden/Oegstgeest"), alfresco.paths.get("doclib:Gemeenteraden/Voorschoten"),
                alfresco.paths.get("doclib:Gemeenteraden/Zoeterwoude"));

        Map<String, Object> region = region(tmp.resolve("first.yml"));
        assertThat(region.get("decision-record-folder")).isEqualTo(alfresco.paths.get("doclib:Besluiten"));
        assertThat(region.get("committee")).isEqualTo(Map.of("agenda-folder", alfresco.paths.get("doclib:Regiocommissie")));
        assertThat(municipalities(region)).containsOnlyKeys("[Leiden]", "[Leiderdorp]", "[Oegstgeest]", "[Voorschoten]", "[Zoeterwoude]");
        assertThat(municipalities(region).get("[Leiden]")).isEqualTo(Map.of(
                "council-folder", alfresco.paths.get("doclib:Gemeenteraden/Leiden"),
                "griffie", "griffier.leiden@regiobesluit.example"));

        int created = alfresco.created.get();
        int updates = alfresco.updates.get();
        Run second = bootstrap(csv, "second.yml");
        assertThat(second.exitCode).as(second.output).isZero();
        assertThat(alfresco.created.get()).as("objects created by the second run").isEqualTo(created);
        assertThat(alfresco.updates.get()).as("nodes updated by the second run").isEqualTo(updates);
        assertThat(alfresco.violations).isEmpty();
        assertThat(Files.readString(tmp.resolve("second.yml"))).isEqualTo(Files.readString(tmp.resolve("first.yml")));
    }

    /**
     * bootstrap.sh (jq) and the simulator (Jackson, AccessDescription) read the one docker/bootstrap/access.json: for
     * the same region they make the same groups, people, memberships, passwords, site members and folder permissions.
     */
    @Test
    void theBootstrapSetsUpWhatTheSimulatorReadsFromTheSameDescription() throws Exception {
        Run run = bootstrap(root.resolve("data/election_2014_leidse_regio.csv"), "same.yml");
        assertThat(run.exitCode).as(run.output).isZero();
        AccessDescription access = AccessDescription.load(root.resolve("docker/bootstrap/access.json"),
                List.of("Leiden", "Leiderdorp", "Oegstgeest", "Voorschoten", "Zoeterwoude"));

        assertThat(alfresco.groups).containsExactlyInAnyOrderElementsOf(access.groups.stream().map(AccessDescription.Group::id).toList());
        assertThat(alfresco.people).containsExactlyInAnyOrderElementsOf(access.users.stream().map(AccessDescription.User::id).toList());
        assertThat(alfresco.groupMembers).containsExactlyInAnyOrderElementsOf(access.users.stream()
                .flatMap(u -> u.groups().stream().map(g -> g + "/" + u.id())).toList());
        access.users.forEach(u -> assertThat(alfresco.passwords).containsEntry(u.id(), u.password()));
        // The script posts each person with the names and job title of the description and {id}@ its default mail
        // domain: what AccessDescription.applyTo gives the simulator's people (their GET /people/{id} answer is checked
        // against literal values in routing-service's AlfrescoSimulatorPeopleTest).
        String mailDomain = AccessDescription.demoMailDomain();
        access.users.forEach(u -> assertThat(alfresco.personFields).containsEntry(u.id(),
                List.of(u.firstName(), u.lastName(), u.jobTitle(), u.id() + "@" + mailDomain)));
        assertThat(alfresco.siteMembers).containsExactlyInAnyOrderElementsOf(access.siteMembers.stream()
                .map(m -> access.siteId + "/" + m.authority() + "=" + m.role()).toList());
        for (AccessDescription.Folder f : access.folders) {
            String id = alfresco.paths.get("doclib:" + f.path());
            assertThat(id).as(f.path()).isNotNull();
            assertThat(alfresco.permissions.getOrDefault(id, List.of())).as(f.path()).containsExactlyInAnyOrderElementsOf(
                    f.permissions().stream().map(g -> g.authority() + "=" + g.role() + "=ALLOWED").toList());
            assertThat(alfresco.inheritanceOff.contains(id)).as(f.path()).isEqualTo(!f.inheritPermissions());
        }
        Map<String, Object> region = region(tmp.resolve("same.yml"));
        access.councilFolders.forEach((m, path) -> assertThat(municipalities(region).get("[" + m + "]"))
                .containsEntry("council-folder", alfresco.paths.get("doclib:" + path)));
    }

    @Test
    void theArchivistsRoleIsAddedBesideLocalPermissionsThatAreAlreadyThere() throws Exception {
        alfresco.existingPermissions.add(Map.of("authorityId", "GROUP_SOMEONE_ELSE", "name", "Consumer",
                "accessStatus", "ALLOWED", "authorityDisplayName", "Someone else"));
        Run run = bootstrap(root.resolve("data/election_2014_leidse_regio.csv"), "kept.yml");
        assertThat(run.exitCode).as(run.output).isZero();
        assertThat(alfresco.violations).isEmpty();
        assertThat(alfresco.permissions.get(alfresco.paths.get("doclib:Besluiten"))).containsExactlyInAnyOrder(
                "GROUP_SOMEONE_ELSE=Consumer=ALLOWED", "GROUP_REGIOBESLUIT_ARCHIEF=Editor=ALLOWED", "svc-regiobesluit=Collaborator=ALLOWED");
    }

    @Test
    void anotherRegionGetsItsOwnMunicipalitiesFromItsCsv() throws Exception {
        Path csv = tmp.resolve("other-region.csv");
        Files.writeString(csv, """
                party,seats,municipality,valid_votes,council_seats
                A,10,Alphen aan den Rijn,50000,39
                B,29,Alphen aan den Rijn,50000,39
                A,9,Súdwest-Fryslân,40000,33
                B,24,Súdwest-Fryslân,40000,33
                """);
        Run run = bootstrap(csv, "other.yml");
        assertThat(run.exitCode).as(run.output).isZero();
        assertThat(alfresco.violations).isEmpty();
        assertThat(alfresco.people).contains("griffier.alphen-aan-den-rijn", "griffier.sudwest-fryslan")
                .noneMatch(p -> p.contains("leiden"));
        assertThat(alfresco.groups).contains("GROUP_GRIFFIE_ALPHEN-AAN-DEN-RIJN", "GROUP_GRIFFIE_SUDWEST-FRYSLAN")
                .noneMatch(g -> g.contains("LEIDEN"));
        assertThat(alfresco.permissions.get(alfresco.paths.get("doclib:Gemeenteraden/Súdwest-Fryslân")))
                .contains("GROUP_GRIFFIE_SUDWEST-FRYSLAN=Collaborator=ALLOWED");
        assertThat(alfresco.paths.keySet()).contains("doclib:Gemeenteraden/Alphen aan den Rijn", "doclib:Gemeenteraden/Súdwest-Fryslân",
                "-root-:Data Dictionary/Regiobesluit/other-region.csv");
        assertThat(municipalities(region(tmp.resolve("other.yml")))).containsOnlyKeys("[Alphen aan den Rijn]", "[Súdwest-Fryslân]");
    }

    @Test
    void anErrorFromAlfrescoStopsTheBootstrapWithTheAnswer() throws Exception {
        alfresco.failSites = true;
        Run run = bootstrap(root.resolve("data/election_2014_leidse_regio.csv"), "failed.yml");
        assertThat(run.exitCode).isNotZero();
        assertThat(run.output).contains("POST /sites", "HTTP 500");
        assertThat(tmp.resolve("failed.yml")).doesNotExist();
    }

    // ---- running the script

    record Run(int exitCode, String output) {
    }

    private Run bootstrap(Path csv, String configName) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", root.resolve("docker/bootstrap/bootstrap.sh").toString());
        Map<String, String> env = pb.environment();
        env.put("ALFRESCO_URL", "http://127.0.0.1:" + server.getAddress().getPort());
        env.put("REGION_CSV", csv.toString());
        env.remove("REGION_COMPOSITION_NAME");
        env.remove("DEMO_MAIL_DOMAIN"); // the script's default, which the simulator's people take too
        if (csv.getFileName().toString().startsWith("election_2014")) {
            env.put("REGION_COMPOSITION_NAME", "samenstelling-2014.csv");
        }
        env.put("ROUTING_CONFIG", tmp.resolve(configName).toString());
        env.put("WAIT_INTERVAL", "1");
        env.put("WAIT_SECONDS", "30");
        pb.redirectErrorStream(true);
        Process process = pb.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> region(Path config) throws IOException {
        Map<String, Object> yaml = new Yaml().load(Files.readString(config));
        return (Map<String, Object>) ((Map<String, Object>) yaml.get("regiobesluit")).get("region");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, String>> municipalities(Map<String, Object> region) {
        return (Map<String, Map<String, String>>) region.get("municipalities");
    }

    private static boolean onPath(String command) {
        try {
            return new ProcessBuilder("bash", "-c", "command -v " + command).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static Path repositoryRoot() {
        String property = System.getProperty("regio.repo.root");
        Path dir = property != null ? Paths.get(property) : Paths.get("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("docker/bootstrap/bootstrap.sh"))) {
            dir = dir.getParent();
        }
        assertThat(dir).isNotNull();
        return dir;
    }

    // ---- the documented contract

    /** Paths, methods and JSON body schemas of alfresco-core.yaml, if the reference copy is there. */
    record ApiContract(Map<String, Map<String, Map<String, Object>>> paths, Map<String, Map<String, Object>> definitions) {

        @SuppressWarnings("unchecked")
        static ApiContract load(Path root) throws IOException {
            Path yaml = root.resolve("../shared/reference/alfresco/alfresco-core.yaml").normalize();
            if (!Files.isRegularFile(yaml)) {
                return null;
            }
            Map<String, Object> doc = new Yaml().load(Files.readString(yaml));
            return new ApiContract((Map<String, Map<String, Map<String, Object>>>) doc.get("paths"),
                    (Map<String, Map<String, Object>>) doc.get("definitions"));
        }

        /** Problems with one call, or none. */
        @SuppressWarnings("unchecked")
        List<String> check(String method, String path, String contentType, String body) {
            List<String> problems = new ArrayList<>();
            String template = paths.keySet().stream()
                    .filter(t -> path.matches(t.replaceAll("\\{[^}]+}", "[^/]+")))
                    .findFirst().orElse(null);
            if (template == null || !paths.get(template).containsKey(method.toLowerCase())) {
                problems.add(method + " " + path + " is not in alfresco-core.yaml");
                return problems;
            }
            if (!(method.equals("POST") || method.equals("PUT")) || contentType.startsWith("multipart/")) {
                return problems;
            }
            Map<String, Object> operation = paths.get(template).get(method.toLowerCase());
            for (Map<String, Object> parameter : (List<Map<String, Object>>) operation.getOrDefault("parameters", List.of())) {
                Object ref = parameter.containsKey("$ref") ? null : parameter.get("schema");
                if (!"body".equals(parameter.get("in")) || !(ref instanceof Map<?, ?> schema)) {
                    continue;
                }
                String definition = String.valueOf(schema.get("$ref")).replace("#/definitions/", "");
                Map<String, Object> def = definitions.get(definition);
                Map<String, Object> json = new Yaml().load(body);
                Set<String> required = new HashSet<>((List<String>) def.getOrDefault("required", List.of()));
                Set<String> known = ((Map<String, Object>) def.get("properties")).keySet();
                required.removeAll(json.keySet());
                if (!required.isEmpty()) {
                    problems.add(method + " " + path + " lacks " + required + " of " + definition);
                }
                Set<String> unknown = new HashSet<>(json.keySet());
                unknown.removeAll(known);
                if (!unknown.isEmpty()) {
                    problems.add(method + " " + path + " sends " + unknown + ", not in " + definition);
                }
            }
            return problems;
        }
    }

    // ---- a small simulated Alfresco

    /** Stores what is created, answers 409 for what exists, and records every departure from the contract. */
    static final class FakeAlfresco {
        final ApiContract contract;
        final List<String> violations = Collections.synchronizedList(new ArrayList<>());
        final Set<String> groups = new LinkedHashSet<>();
        final Set<String> people = new LinkedHashSet<>();
        /** Per person: firstName, lastName, jobTitle and email as the script posted them. */
        final Map<String, List<String>> personFields = new java.util.concurrent.ConcurrentHashMap<>();
        final Set<String> groupMembers = new LinkedHashSet<>();
        final Set<String> sites = new LinkedHashSet<>();
        final Set<String> siteMembers = new LinkedHashSet<>();
        final Map<String, String> paths = new HashMap<>();
        final List<String> uploads = new ArrayList<>();
        final AtomicInteger created = new AtomicInteger();
        /** Node updates (PUT): only the archivists' role on Besluiten. */
        final AtomicInteger updates = new AtomicInteger();
        /** Locally set permissions per node id, as authority=role=status. */
        final Map<String, List<String>> permissions = new HashMap<>();
        /** Nodes whose inheritance of permissions was switched off. */
        final Set<String> inheritanceOff = new LinkedHashSet<>();
        /** The password each person was created with. */
        final Map<String, String> passwords = new HashMap<>();
        /** Locally set permissions every node answers with before the bootstrap sets its own (as GET ?include=permissions). */
        final List<Map<String, String>> existingPermissions = new ArrayList<>();
        final AtomicInteger readyCalls = new AtomicInteger();
        volatile boolean failSites;

        FakeAlfresco(ApiContract contract) {
            this.contract = contract;
        }

        synchronized void handle(HttpExchange exchange) throws IOException {
            String method = exchange.getRequestMethod();
            String rawPath = exchange.getRequestURI().getRawPath();
            String path = rawPath.startsWith(API) ? rawPath.substring(API.length()) : rawPath;
            String query = exchange.getRequestURI().getRawQuery();
            String contentType = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (!rawPath.startsWith(API)) {
                violations.add("outside the v1 API: " + rawPath);
            } else if (contract != null) {
                violations.addAll(contract.check(method, path, contentType, body));
            }
            if (!path.equals("/probes/-ready-") && !"Basic YWRtaW46YWRtaW4=".equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                violations.add(method + " " + path + " without admin's basic auth");
            }
            try {
                answer(exchange, method, path, query, contentType, body);
            } catch (RuntimeException e) {
                violations.add(method + " " + path + ": " + e);
                send(exchange, 400, "{}");
            }
        }

        @SuppressWarnings("unchecked")
        private void answer(HttpExchange exchange, String method, String path, String query, String contentType, String body)
                throws IOException {
            if (method.equals("GET") && path.equals("/probes/-ready-")) {
                // Not ready at first, as after a cold start.
                send(exchange, readyCalls.incrementAndGet() < 2 ? 503 : 200, "{}");
                return;
            }
            if (method.equals("GET")) {
                Matcher container = Pattern.compile("/sites/([^/]+)/containers/documentLibrary").matcher(path);
                Matcher node = Pattern.compile("/nodes/([^/]+)").matcher(path);
                if (container.matches() && sites.contains(container.group(1))) {
                    send(exchange, 200, entry("doclib"));
                } else if (node.matches() && "include=permissions".equals(query) && paths.containsValue(node.group(1))) {
                    send(exchange, 200, permissionsEntry(node.group(1)));
                } else if (node.matches() && query != null && query.startsWith("relativePath=")) {
                    String id = paths.get(node.group(1) + ":" + URLDecoder.decode(query.substring(13), StandardCharsets.UTF_8));
                    send(exchange, id == null ? 404 : 200, id == null ? "{}" : entry(id));
                } else {
                    send(exchange, 404, "{}");
                }
                return;
            }
            if (contentType.startsWith("multipart/form-data")) {
                Matcher node = Pattern.compile("/nodes/([^/]+)/children").matcher(path);
                String name = formField(body, "name");
                String relativePath = formField(body, "relativePath");
                if (!node.matches() || !body.contains("name=\"filedata\"")) {
                    violations.add("upload without filedata or to " + path);
                }
                String key = node.group(1) + ":" + relativePath + "/" + name;
                if (paths.containsKey(key)) {
                    send(exchange, 409, "{}");
                    return;
                }
                Matcher content = Pattern.compile("name=\"filedata\"; filename=\"[^\"]*\"\r\nContent-Type: [^\r]*\r\n\r\n(.*?)\r\n--", Pattern.DOTALL)
                        .matcher(body);
                uploads.add(content.find() ? content.group(1) : "");
                paths.put(key, newId());
                send(exchange, 201, entry(paths.get(key)));
                return;
            }
            Map<String, Object> json = new Yaml().load(body);
            Matcher m;
            if (method.equals("PUT")) {
                m = Pattern.compile("/nodes/([^/]+)").matcher(path);
                require(m.matches() && paths.containsValue(m.group(1)), "PUT to an unknown node: " + path);
                require(json.keySet().equals(Set.of("permissions")), "a node update other than its permissions: " + json.keySet());
                Map<String, Object> update = (Map<String, Object>) json.get("permissions");
                List<String> set = new ArrayList<>();
                for (Map<String, Object> p : (List<Map<String, Object>>) update.get("locallySet")) {
                    require(!p.containsKey("authorityDisplayName"), "authorityDisplayName is read-only");
                    set.add(p.get("authorityId") + "=" + p.get("name") + "=" + p.getOrDefault("accessStatus", "ALLOWED"));
                }
                permissions.put(m.group(1), set);
                if (Boolean.FALSE.equals(update.get("isInheritanceEnabled"))) {
                    inheritanceOff.add(m.group(1));
                } else if (Boolean.TRUE.equals(update.get("isInheritanceEnabled"))) {
                    inheritanceOff.remove(m.group(1));
                }
                updates.incrementAndGet();
                send(exchange, 200, permissionsEntry(m.group(1)));
                return;
            }
            if (path.equals("/groups")) {
                once(exchange, groups, (String) json.get("id"));
            } else if (path.equals("/people")) {
                passwords.putIfAbsent((String) json.get("id"), (String) json.get("password"));
                personFields.putIfAbsent((String) json.get("id"), List.of(String.valueOf(json.get("firstName")),
                        String.valueOf(json.get("lastName")), String.valueOf(json.get("jobTitle")), String.valueOf(json.get("email"))));
                once(exchange, people, (String) json.get("id"));
            } else if ((m = Pattern.compile("/groups/([^/]+)/members").matcher(path)).matches()) {
                require(groups.contains(m.group(1)) && people.contains((String) json.get("id")), "member of an unknown group or person");
                once(exchange, groupMembers, m.group(1) + "/" + json.get("id"));
            } else if (path.equals("/sites")) {
                if (failSites) {
                    send(exchange, 500, "{\"error\":{\"briefSummary\":\"simulated failure\"}}");
                    return;
                }
                once(exchange, sites, (String) json.get("id"));
            } else if ((m = Pattern.compile("/sites/([^/]+)/(group-)?members").matcher(path)).matches()) {
                boolean group = m.group(2) != null;
                require(sites.contains(m.group(1)), "membership of an unknown site");
                require(group ? groups.contains((String) json.get("id")) : people.contains((String) json.get("id")), "unknown member " + json.get("id"));
                once(exchange, siteMembers, m.group(1) + "/" + json.get("id") + "=" + json.get("role"));
            } else if ((m = Pattern.compile("/nodes/([^/]+)/children").matcher(path)).matches()) {
                require("cm:folder".equals(json.get("nodeType")), "only folders are created as JSON");
                String relativePath = (String) json.get("relativePath");
                String parent = m.group(1);
                if (relativePath != null && !paths.containsKey(parent + ":" + relativePath)) {
                    paths.put(parent + ":" + relativePath, newId());
                }
                String key = parent + ":" + (relativePath == null ? "" : relativePath + "/") + json.get("name");
                if (paths.containsKey(key)) {
                    send(exchange, 409, "{}");
                } else {
                    paths.put(key, newId());
                    send(exchange, 201, entry(paths.get(key)));
                }
            } else {
                violations.add("unexpected " + method + " " + path);
                send(exchange, 400, "{}");
            }
        }

        private void once(HttpExchange exchange, Set<String> store, String key) throws IOException {
            if (store.add(key)) {
                created.incrementAndGet();
                send(exchange, 201, entry(key));
            } else {
                send(exchange, 409, "{\"error\":{\"statusCode\":409}}");
            }
        }

        /** A node with its locally set permissions, as GET /nodes/{id}?include=permissions answers. */
        private String permissionsEntry(String id) {
            StringBuilder set = new StringBuilder();
            List<String> stored = permissions.get(id);
            if (stored == null) {
                for (Map<String, String> p : existingPermissions) {
                    set.append(set.isEmpty() ? "" : ",").append(String.format(
                            "{\"authorityId\":\"%s\",\"name\":\"%s\",\"accessStatus\":\"%s\",\"authorityDisplayName\":\"%s\"}",
                            p.get("authorityId"), p.get("name"), p.get("accessStatus"), p.get("authorityDisplayName")));
                }
            } else {
                for (String p : stored) {
                    String[] parts = p.split("=");
                    set.append(set.isEmpty() ? "" : ",").append(String.format(
                            "{\"authorityId\":\"%s\",\"name\":\"%s\",\"accessStatus\":\"%s\"}", parts[0], parts[1], parts[2]));
                }
            }
            return "{\"entry\":{\"id\":\"" + id + "\",\"permissions\":{\"isInheritanceEnabled\":" + !inheritanceOff.contains(id)
                    + ",\"locallySet\":[" + set + "]}}}";
        }

        private String newId() {
            created.incrementAndGet();
            return UUID.randomUUID().toString();
        }

        private static void require(boolean condition, String message) {
            if (!condition) {
                throw new IllegalStateException(message);
            }
        }

        private static String formField(String body, String name) {
            Matcher m = Pattern.compile("name=\"" + name + "\"\r\n\r\n([^\r]*)\r\n").matcher(body);
            return m.find() ? m.group(1) : null;
        }

        private static String entry(String id) {
            return "{\"entry\":{\"id\":\"" + id + "\"}}";
        }

        private static void send(HttpExchange exchange, int status, String body) throws IOException {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        }
    }
}
