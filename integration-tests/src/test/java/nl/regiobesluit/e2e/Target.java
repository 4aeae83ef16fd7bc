package nl.regiobesluit.e2e;

import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Where the end-to-end tests run: against the simulated Alfresco (default), or with {@code -Pacs}
 * ({@code regio.e2e.target=acs}) against a running Alfresco at {@code ACS_URL} through the REST driver
 * ({@link RestTarget}). Under {@code -Pacs} every test is skipped with the reason when there is no Docker, no
 * {@code ACS_URL}, no Alfresco answering there, or the stack's own routing-service is still running; and a test marked
 * {@link SimulatorOnly} is skipped with its own reason.
 */
public final class Target implements ExecutionCondition {

    /** Why a real-Alfresco run cannot go ahead here; empty when it can. Worked out once per test JVM. */
    private static final AtomicReference<Optional<String>> ACS_PROBLEM = new AtomicReference<>();

    public static boolean acs() {
        return "acs".equalsIgnoreCase(System.getProperty("regio.e2e.target", "simulator"));
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!acs()) {
            return ConditionEvaluationResult.enabled("simulated Alfresco");
        }
        Optional<String> problem = ACS_PROBLEM.updateAndGet(p -> p != null ? p : Optional.ofNullable(whyNotAcs(AcsSettings.fromEnvironment())));
        if (problem.isPresent()) {
            return ConditionEvaluationResult.disabled("-Pacs: " + problem.get());
        }
        Optional<SimulatorOnly> simulatorOnly = context.getElement().map(e -> e.getAnnotation(SimulatorOnly.class));
        if (simulatorOnly.isPresent()) {
            return ConditionEvaluationResult.disabled("-Pacs: simulator only, because " + simulatorOnly.get().value());
        }
        return ConditionEvaluationResult.enabled("-Pacs: against the Alfresco at " + System.getenv("ACS_URL"));
    }

    /** The reason a real-Alfresco run cannot go ahead here, or null when it can. */
    static String whyNotAcs(AcsSettings acs) {
        String docker = dockerProblem();
        if (docker != null) {
            return "skipped, because Docker is not available on this machine (" + docker + "), so there is no Alfresco to run "
                    + "the scenarios against; on a machine with Docker run ./run.sh build_start, then "
                    + "ACS_URL=http://localhost:8080 mvn -B -ntp verify -pl integration-tests -am -Pacs";
        }
        String url = acs.url();
        if (url == null || url.isBlank()) {
            return "skipped, because ACS_URL is not set (e.g. ACS_URL=http://localhost:8080 after ./run.sh build_start)";
        }
        if (status(url + "/alfresco/api/-default-/public/alfresco/versions/1/probes/-ready-") != 200) {
            return "skipped, because no Alfresco answers at " + url + " (start it with ./run.sh build_start)";
        }
        if (status(acs.routingServiceUrl() + "/actuator/health") > 0) {
            return "skipped, because the stack's own routing-service answers at " + acs.routingServiceUrl() + ": it would handle "
                    + "every event of the scenarios as well as the service under test; stop it first with "
                    + "'docker compose -f docker/docker-compose.yml stop routing-service' (./run.sh test does)";
        }
        return null;
    }

    /** Null when a Docker daemon answers, else why not. */
    static String dockerProblem() {
        String path = System.getenv("PATH");
        boolean cli = false;
        for (String dir : (path == null ? "" : path).split(java.io.File.pathSeparator)) {
            cli |= !dir.isEmpty() && Files.isExecutable(Path.of(dir, "docker"));
        }
        if (!cli) {
            return "there is no 'docker' command on PATH";
        }
        try {
            Process p = new ProcessBuilder("docker", "info").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(15, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "'docker info' did not answer within 15 s";
            }
            return p.exitValue() == 0 ? null : "'docker info' failed (exit " + p.exitValue() + "): no Docker daemon is running";
        } catch (Exception e) {
            return "'docker info' could not run: " + e.getMessage();
        }
    }

    /** The HTTP status of a GET, or 0 when nothing answers. */
    private static int status(String url) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
            c.setConnectTimeout(3000);
            c.setReadTimeout(5000);
            return c.getResponseCode();
        } catch (Exception e) {
            return 0;
        }
    }
}
