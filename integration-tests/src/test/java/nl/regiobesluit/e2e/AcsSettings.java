package nl.regiobesluit.e2e;

import java.text.Normalizer;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

/**
 * How the {@code -Pacs} run reaches the stack of {@code ./run.sh build_start}, from the environment; every default is the
 * docker demo's value (docker/docker-compose.yml, docker/bootstrap/bootstrap.sh).
 *
 * <table>
 *   <tr><th>variable</th><th>default</th></tr>
 *   <tr><td>ACS_URL</td><td>(required) e.g. http://localhost:8080</td></tr>
 *   <tr><td>ACS_BROKER_URL</td><td>failover:(tcp://localhost:61616)?timeout=10000 (a send gives up after 10 s)</td></tr>
 *   <tr><td>ACS_BROKER_USER / ACS_BROKER_PASSWORD</td><td>admin / admin</td></tr>
 *   <tr><td>ACS_SITE</td><td>regiobesluit</td></tr>
 *   <tr><td>ACS_SERVICE_USER / ACS_SERVICE_PASSWORD</td><td>svc-regiobesluit / svc-demo-only</td></tr>
 *   <tr><td>ACS_DEMO_PASSWORD</td><td>demo (the griffie users)</td></tr>
 *   <tr><td>ACS_ROUTING_SERVICE_URL</td><td>http://localhost:8081 (the stack's own routing-service, which must be stopped)</td></tr>
 *   <tr><td>ACS_WAIT_SECONDS</td><td>90 (longest wait for the service's answer to one action)</td></tr>
 * </table>
 */
public record AcsSettings(String url, String brokerUrl, String brokerUser, String brokerPassword, String site, String serviceUser,
                          String servicePassword, Accounts accounts, String routingServiceUrl, Duration longestWait) {

    /** Who does what in Share: the regiogriffier, and a griffier per municipality. */
    public record Accounts(String regiogriffier, Function<String, String> griffier, String password) {
    }

    public static AcsSettings fromEnvironment() {
        return from(System.getenv());
    }

    static AcsSettings from(Map<String, String> env) {
        return new AcsSettings(env.get("ACS_URL"),
                env.getOrDefault("ACS_BROKER_URL", "failover:(tcp://localhost:61616)?timeout=10000"),
                env.getOrDefault("ACS_BROKER_USER", "admin"), env.getOrDefault("ACS_BROKER_PASSWORD", "admin"),
                env.getOrDefault("ACS_SITE", "regiobesluit"),
                env.getOrDefault("ACS_SERVICE_USER", "svc-regiobesluit"), env.getOrDefault("ACS_SERVICE_PASSWORD", "svc-demo-only"),
                new Accounts("regiogriffier", m -> "griffier." + slug(m), env.getOrDefault("ACS_DEMO_PASSWORD", "demo")),
                env.getOrDefault("ACS_ROUTING_SERVICE_URL", "http://localhost:8081"),
                Duration.ofSeconds(Long.parseLong(env.getOrDefault("ACS_WAIT_SECONDS", "90"))));
    }

    /** As bootstrap.sh's {@code slug}: "Alphen aan den Rijn" → "alphen-aan-den-rijn". */
    static String slug(String municipality) {
        String plain = Normalizer.normalize(municipality.replace("ÿ", "ij"), Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT);
        return plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
