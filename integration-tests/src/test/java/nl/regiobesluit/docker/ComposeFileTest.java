package nl.regiobesluit.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Checks docker/docker-compose.yml, the Dockerfiles and run.sh without Docker: no container engine runs
 * where the build runs, so these are the checks that a typo in a service name, a JAR name or a path
 * would otherwise only fail on a newcomer's laptop.
 */
class ComposeFileTest {

    private static final String PLATFORM_LIB = "/usr/local/tomcat/webapps/alfresco/WEB-INF/lib/";
    private static final String SHARE_LIB = "/usr/local/tomcat/webapps/share/WEB-INF/lib/";

    private static Path root;
    private static Path dockerDir;
    private static Map<String, Object> compose;
    private static Map<String, Map<String, Object>> services;
    private static String version;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void readCompose() throws IOException {
        root = repositoryRoot();
        dockerDir = root.resolve("docker");
        compose = new Yaml().load(Files.readString(dockerDir.resolve("docker-compose.yml")));
        services = (Map<String, Map<String, Object>>) compose.get("services");
        Matcher m = Pattern.compile("<artifactId>regiobesluit</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(root.resolve("pom.xml")));
        assertThat(m.find()).as("project version in pom.xml").isTrue();
        version = m.group(1);
    }

    @Test
    void everyRequiredServiceIsThere() {
        assertThat(services).containsKeys("alfresco", "share", "postgres", "activemq", "solr6",
                "transform-core-aio", "routing-service", "mailcatcher", "bootstrap");
    }

    @Test
    void alfrescoAndShareComeFromOneCommunityRelease() {
        String repo = fromImage("alfresco");
        String share = fromImage("share");
        assertThat(repo).startsWith("alfresco/alfresco-content-repository-community:");
        assertThat(share).startsWith("alfresco/alfresco-share:");
        String repoVersion = repo.substring(repo.indexOf(':') + 1);
        assertThat(repoVersion).matches("2[56]\\..*");
        assertThat(share.substring(share.indexOf(':') + 1)).isEqualTo(repoVersion);
        assertThat(image("solr6")).startsWith("alfresco/alfresco-search-services:");
        assertThat(image("transform-core-aio")).startsWith("alfresco/alfresco-transform-core-aio:");
        assertThat(image("activemq")).startsWith("alfresco/alfresco-activemq:");
        assertThat(image("postgres")).startsWith("postgres:");
    }

    @Test
    void repositoryImageAddsThePlatformJar() throws IOException {
        assertCopiesJar("alfresco", "platform-module", "platform-module-" + version + ".jar", PLATFORM_LIB);
    }

    @Test
    void shareImageAddsTheShareJar() throws IOException {
        assertCopiesJar("share", "share-module", "share-module-" + version + ".jar", SHARE_LIB);
    }

    @Test
    void routingServiceImageRunsTheRoutingServiceJar() throws IOException {
        Dockerfile dockerfile = dockerfile("routing-service");
        assertThat(dockerfile.from()).startsWith("eclipse-temurin:17");
        Copy copy = dockerfile.copyFrom(onlyAdditionalContext("routing-service", "routing-service"));
        assertThat(copy.source()).startsWith("routing-service-" + version).endsWith(".jar");
        assertThat(dockerfile.text()).contains("ENTRYPOINT [\"java\", \"-jar\", \"" + copy.destination() + "\"]");
    }

    @Test
    void everyImageWeBuildIsNeverPulled() {
        // A same-named image on a registry must never replace our own build.
        for (var service : services.entrySet()) {
            if (service.getValue().containsKey("build")) {
                assertThat(service.getValue().get("pull_policy")).as("pull_policy of %s", service.getKey()).isEqualTo("build");
            }
        }
        assertThat(services.values().stream().filter(s -> s.containsKey("build")).count()).isEqualTo(5);
    }

    @Test
    @SuppressWarnings("unchecked")
    void contentAppIsTheAcaReleaseTheExtensionIsBuiltOnServedAtContentApp() throws IOException {
        // The image's ACA and the npm package the extension's shell is built with are one release.
        String aca = fromImage("content-app");
        assertThat(aca).startsWith("alfresco/alfresco-content-app:");
        // (JSON is YAML: read with the same parser as the compose file)
        Map<String, Object> packageJson = new Yaml().load(Files.readString(root.resolve("aca-extension/package.json")));
        assertThat(((Map<String, String>) packageJson.get("dependencies")).get("@alfresco/aca-content"))
                .isEqualTo(aca.substring(aca.indexOf(':') + 1));
        Map<String, Object> build = (Map<String, Object>) services.get("content-app").get("build");
        assertThat(build.get("additional_contexts")).isEqualTo(Map.of("aca-app", "../aca-extension/target/app"));
        assertThat(dockerfile("content-app").copies()).extracting(Copy::from, Copy::destination)
                .contains(org.assertj.core.groups.Tuple.tuple("aca-app", "/usr/share/nginx/html/"));
        assertThat(environment("content-app")).containsEntry("BASE_PATH", "/content-app/");
        assertThat(Files.readString(dockerDir.resolve("proxy/nginx.conf")))
                .contains("location /content-app/", "http://content-app:8080");
    }

    @Test
    void routingServiceIsToldTheBrokerTheRepositoryAndTheMailHost() {
        Map<String, String> env = environment("routing-service");
        assertThat(env.get("CONTENT_SERVICE_URL")).isEqualTo("http://alfresco:8080");
        assertThat(env.get("SPRING_ACTIVEMQ_BROKERURL")).contains("activemq:61616");
        assertThat(env.get("REGIOBESLUIT_MAIL_URI")).isEqualTo("smtp://mailcatcher:1025");
        assertThat(env.get("SPRING_MAIL_HOST")).isEqualTo("mailcatcher");
        assertThat(env).containsKeys("CONTENT_SERVICE_SECURITY_BASICAUTH_USERNAME",
                "CONTENT_SERVICE_SECURITY_BASICAUTH_PASSWORD", "REGIOBESLUIT_SERVICEUSER");
        // The service user that routing-service logs in as is the one bootstrap creates.
        assertThat(env.get("CONTENT_SERVICE_SECURITY_BASICAUTH_USERNAME"))
                .isEqualTo(environment("bootstrap").get("SERVICE_USER"))
                .isEqualTo(env.get("REGIOBESLUIT_SERVICEUSER"));
        assertThat(env.get("CONTENT_SERVICE_SECURITY_BASICAUTH_PASSWORD"))
                .isEqualTo(environment("bootstrap").get("SERVICE_PASSWORD"));
    }

    @Test
    void routingServiceRunsUnderTheDemoProfileBecauseItUsesTheBrokersDefaultPassword() throws IOException {
        // The service refuses the broker's admin/admin outside profile 'demo' (routing-service InsecureDefaultsCheck);
        // this compose file is a demo, sets the profile and says why beside it.
        Map<String, String> env = environment("routing-service");
        assertThat(env.get("SPRING_ACTIVEMQ_PASSWORD")).isEqualTo("admin");
        assertThat(env.get("SPRING_PROFILES_ACTIVE")).isEqualTo("demo");
        String text = Files.readString(dockerDir.resolve("docker-compose.yml"));
        int profile = text.indexOf("SPRING_PROFILES_ACTIVE: demo");
        assertThat(text.substring(Math.max(0, profile - 400), profile)).as("the comment above the profile")
                .contains("Profile 'demo'", "refuses to start");
        assertThat(Files.readString(dockerDir.resolve("README.md"))).contains("SPRING_PROFILES_ACTIVE: demo");
    }

    @Test
    void theComposeBrokerRunsOnTheActivemqXmlTheTestBrokersLoad() {
        // One configuration for both (issue 13): routing-service testsupport ConfiguredBroker reads docker/activemq/activemq.xml.
        assertThat(mounts("activemq")).contains("./activemq/activemq.xml:/opt/activemq/conf/activemq.xml:ro");
        assertThat(dockerDir.resolve("activemq/activemq.xml")).exists();
    }

    @Test
    void routingServiceKeepsItsStateInItsOwnPostgresDatabase() throws IOException {
        Map<String, String> env = environment("routing-service");
        assertThat(env.get("SPRING_DATASOURCE_URL")).isEqualTo("jdbc:postgresql://postgres:5432/regiobesluit");
        assertThat(env.get("SPRING_DATASOURCE_USERNAME")).isEqualTo(environment("postgres").get("REGIOBESLUIT_DB_USER"));
        assertThat(env.get("SPRING_DATASOURCE_PASSWORD")).isEqualTo(environment("postgres").get("REGIOBESLUIT_DB_PASSWORD"));
        assertThat(dependsOn(services.get("routing-service"))).contains("postgres");
        assertThat(mounts("routing-service")).noneMatch(m -> m.contains("/opt/regiobesluit/data"));
        // the postgres image runs the init script once, on an empty data directory; it makes the database and user only
        assertThat(mounts("postgres")).contains("./postgres/init-regiobesluit.sh:/docker-entrypoint-initdb.d/10-regiobesluit.sh:ro");
        String script = Files.readString(dockerDir.resolve("postgres/init-regiobesluit.sh"));
        assertThat(script).contains("CREATE USER", "CREATE DATABASE").doesNotContain("CREATE TABLE");
    }

    @Test
    void everyHostNamedInAUrlIsAService() {
        Pattern url = Pattern.compile("(?:https?|smtp|tcp|nio)://([a-z0-9-]+):\\d+");
        for (var service : services.entrySet()) {
            String text = String.valueOf(service.getValue().get("environment"));
            Matcher m = url.matcher(text);
            while (m.find()) {
                String host = m.group(1);
                if (!host.equals("localhost")) {
                    assertThat(services).as("%s names host %s", service.getKey(), host).containsKey(host);
                }
            }
        }
    }

    @Test
    void everyDependencyIsAnExistingService() {
        for (var service : services.entrySet()) {
            for (String dependency : dependsOn(service.getValue())) {
                assertThat(services).as("%s depends on %s", service.getKey(), dependency).containsKey(dependency);
            }
        }
        assertThat(dependsOn(services.get("routing-service"))).contains("activemq", "alfresco", "bootstrap");
        assertThat(dependsOn(services.get("bootstrap"))).contains("alfresco");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyVolumeAndMountExists() {
        Map<String, Object> volumes = (Map<String, Object>) compose.get("volumes");
        for (var service : services.entrySet()) {
            for (Object mount : (List<Object>) service.getValue().getOrDefault("volumes", List.of())) {
                String source = String.valueOf(mount).split(":")[0];
                if (source.startsWith(".")) {
                    assertThat(dockerDir.resolve(source).normalize()).as("%s mounts %s", service.getKey(), source).exists();
                } else {
                    assertThat(volumes).as("%s uses volume %s", service.getKey(), source).containsKey(source);
                }
            }
        }
    }

    @Test
    void bootstrapReadsTheRegionFromTheDataDirectoryAndWritesWhereRoutingServiceReads() throws IOException {
        Map<String, String> env = environment("bootstrap");
        String csv = env.get("REGION_CSV").replaceAll("\\$\\{[A-Z_]+:-([^}]+)}", "$1");
        assertThat(csv).startsWith("/data/");
        assertThat(root.resolve("data").resolve(csv.substring("/data/".length()))).exists();
        assertThat(mounts("bootstrap")).contains("../data:/data:ro", "routing-config:/config");
        assertThat(mounts("routing-service")).contains("routing-config:/config:ro");
        assertThat(env.get("ROUTING_CONFIG")).startsWith("/config/");
        assertThat(String.valueOf(services.get("routing-service").get("command")))
                .contains("--spring.config.additional-location=optional:file:/config/");
        assertThat(services.get("bootstrap").get("build")).isEqualTo(Map.of("context", "./bootstrap"));
        assertThat(dockerDir.resolve("bootstrap/bootstrap.sh")).exists();
        // The image holds the access description next to the script, where bootstrap.sh reads it (ACCESS_FILE).
        Dockerfile image = dockerfile("bootstrap");
        assertThat(image.copies()).extracting(Copy::source, Copy::destination).contains(
                org.assertj.core.groups.Tuple.tuple("access.json", "/opt/regiobesluit/bootstrap/access.json"),
                org.assertj.core.groups.Tuple.tuple("bootstrap.sh", "/opt/regiobesluit/bootstrap/bootstrap.sh"));
        assertThat(image.text()).contains("ENTRYPOINT [\"/opt/regiobesluit/bootstrap/bootstrap.sh\"]");
        // The composition lands where routing-service looks for it.
        assertThat(environment("routing-service").get("REGIOBESLUIT_REGION_COMPOSITION_LOCATION"))
                .isEqualTo("Data Dictionary/Regiobesluit/" + env.get("REGION_COMPOSITION_NAME"));
    }

    @Test
    void memoryFitsALaptopAndTheHeaderSaysHowMuch() throws IOException {
        long total = 0;
        for (var service : services.entrySet()) {
            Object limit = service.getValue().get("mem_limit");
            assertThat(limit).as("mem_limit of %s", service.getKey()).isNotNull();
            total += mebibytes(String.valueOf(limit));
        }
        assertThat(total).isLessThanOrEqualTo(8 * 1024);
        assertThat(Files.readString(dockerDir.resolve("docker-compose.yml"))).contains("= " + total + " MiB");
    }

    @Test
    void runShOffersTheSevenCommandsAndBuildsTheJarsTheImagesCopy() throws IOException {
        String runSh = Files.readString(root.resolve("run.sh"));
        Set<String> commands = new LinkedHashSet<>();
        Matcher m = Pattern.compile("(?m)^\\s*([a-z_]+)\\)").matcher(runSh);
        while (m.find()) {
            commands.add(m.group(1));
        }
        assertThat(commands).containsExactlyInAnyOrder("build_start", "start", "stop", "purge", "tail", "build_test", "test");
        assertThat(runSh).contains("COMPOSE_FILE=\"docker/docker-compose.yml\"", "mvn -B -ntp -DskipTests package",
                "-pl integration-tests -am -Pacs", "down -v", "Docker is required but was not found");
        for (String service : List.of("alfresco", "share", "routing-service")) {
            Dockerfile dockerfile = dockerfile(service);
            String module = onlyAdditionalContext(service, null);
            String jar = dockerfile.copyFrom(contextName(service)).source();
            assertThat(runSh).as("run.sh checks %s/target/%s", module, jar)
                    .contains(module + "/target/" + jar.replace(version, "$VERSION"));
        }
        assertThat(runSh).contains("VERSION=\"" + version + "\"");
    }

    // ---- helpers

    private static void assertCopiesJar(String service, String module, String jar, String destination) throws IOException {
        Dockerfile dockerfile = dockerfile(service);
        Copy copy = dockerfile.copyFrom(onlyAdditionalContext(service, module));
        assertThat(copy.source()).isEqualTo(jar);
        assertThat(copy.destination()).isEqualTo(destination);
        assertThat(services.get(service).get("image")).as("%s is our image, not the stock one", service)
                .asString().startsWith("regiobesluit/");
    }

    /** The name of the service's one additional build context, checked to point at {@code ../<module>/target}. */
    @SuppressWarnings("unchecked")
    private static String onlyAdditionalContext(String service, String module) {
        Map<String, Object> build = (Map<String, Object>) services.get(service).get("build");
        assertThat(build).as("%s is built from our Dockerfile", service).isNotNull();
        assertThat(dockerDir.resolve(String.valueOf(build.get("context"))).resolve("Dockerfile")).exists();
        Map<String, String> contexts = (Map<String, String>) build.get("additional_contexts");
        assertThat(contexts).as("additional_contexts of %s", service).hasSize(1);
        var context = contexts.entrySet().iterator().next();
        if (module != null) {
            assertThat(context.getValue()).isEqualTo("../" + module + "/target");
            return context.getKey();
        }
        // Without a module: return the module the context points at.
        return context.getValue().replaceFirst("^\\.\\./", "").replaceFirst("/target$", "");
    }

    @SuppressWarnings("unchecked")
    private static String contextName(String service) {
        Map<String, Object> build = (Map<String, Object>) services.get(service).get("build");
        return ((Map<String, String>) build.get("additional_contexts")).keySet().iterator().next();
    }

    private static String image(String service) {
        return String.valueOf(services.get(service).get("image"));
    }

    private static String fromImage(String service) {
        try {
            return dockerfile(service).from();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> environment(String service) {
        Object env = services.get(service).get("environment");
        Map<String, String> result = new LinkedHashMap<>();
        if (env instanceof Map<?, ?> map) {
            map.forEach((k, v) -> result.put(String.valueOf(k), String.valueOf(v)));
        } else if (env instanceof List<?> list) {
            for (Object item : list) {
                String[] kv = String.valueOf(item).split("=", 2);
                result.put(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static List<String> mounts(String service) {
        return ((List<Object>) services.get(service).getOrDefault("volumes", List.of())).stream().map(String::valueOf).toList();
    }

    @SuppressWarnings("unchecked")
    private static Set<String> dependsOn(Map<String, Object> service) {
        Object deps = service.get("depends_on");
        if (deps instanceof Map<?, ?> map) {
            return (Set<String>) map.keySet();
        }
        if (deps instanceof List<?> list) {
            return new LinkedHashSet<>((List<String>) list);
        }
        return Set.of();
    }

    private static long mebibytes(String limit) {
        Matcher m = Pattern.compile("(\\d+)([mg])").matcher(limit.toLowerCase());
        assertThat(m.matches()).as("mem_limit %s", limit).isTrue();
        long n = Long.parseLong(m.group(1));
        return m.group(2).equals("g") ? n * 1024 : n;
    }

    private static Dockerfile dockerfile(String service) throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> build = (Map<String, Object>) services.get(service).get("build");
        return Dockerfile.read(dockerDir.resolve(String.valueOf(build.get("context"))).resolve("Dockerfile"));
    }

    private static Path repositoryRoot() {
        String property = System.getProperty("regio.repo.root");
        Path dir = property != null ? Paths.get(property) : Paths.get("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("docker/docker-compose.yml"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("a directory above the build with docker/docker-compose.yml").isNotNull();
        return dir;
    }

    record Copy(String from, String source, String destination) {
    }

    /** Just enough of a Dockerfile: ARG defaults substituted, FROM and COPY read. */
    record Dockerfile(String text, String from, List<Copy> copies) {

        static Dockerfile read(Path path) throws IOException {
            String text = Files.readString(path);
            Map<String, String> args = new LinkedHashMap<>();
            String from = null;
            List<Copy> copies = new ArrayList<>();
            for (String raw : text.replace("\\\n", " ").split("\n")) {
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] words = substitute(line, args).split("\\s+");
                switch (words[0].toUpperCase()) {
                    case "ARG" -> {
                        String[] kv = words[1].split("=", 2);
                        args.put(kv[0], kv.length > 1 ? kv[1] : "");
                    }
                    case "FROM" -> from = words[1];
                    case "COPY" -> {
                        String context = null;
                        List<String> paths = new ArrayList<>();
                        for (int i = 1; i < words.length; i++) {
                            if (words[i].startsWith("--from=")) {
                                context = words[i].substring("--from=".length());
                            } else if (!words[i].startsWith("--")) {
                                paths.add(words[i]);
                            }
                        }
                        assertThat(paths).as("COPY in %s: %s", path, line).hasSize(2);
                        copies.add(new Copy(context, paths.get(0), paths.get(1)));
                    }
                    default -> {
                    }
                }
            }
            assertThat(from).as("FROM in %s", path).isNotNull();
            return new Dockerfile(text, from, copies);
        }

        private static String substitute(String line, Map<String, String> args) {
            String result = line;
            for (var arg : args.entrySet()) {
                result = result.replace("${" + arg.getKey() + "}", arg.getValue()).replace("$" + arg.getKey(), arg.getValue());
            }
            return result;
        }

        Copy copyFrom(String context) {
            List<Copy> matching = copies.stream().filter(c -> context.equals(c.from())).toList();
            assertThat(matching).as("one COPY --from=%s", context).hasSize(1);
            return matching.get(0);
        }
    }
}
