package nl.regiobesluit.e2e;

import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Where the end-to-end tests run: against the simulated Alfresco (default), or with {@code -Pacs}
 * ({@code regio.e2e.target=acs}) against a running Alfresco at {@code ACS_URL}. Under {@code -Pacs} every test is skipped
 * with the reason when there is no Docker, no {@code ACS_URL} or no Alfresco answering there.
 */
public final class Target implements ExecutionCondition {

    private static final java.util.concurrent.atomic.AtomicReference<String> REASON = new java.util.concurrent.atomic.AtomicReference<>();

    public static boolean acs() {
        return "acs".equalsIgnoreCase(System.getProperty("regio.e2e.target", "simulator"));
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!acs()) {
            return ConditionEvaluationResult.enabled("simulated Alfresco");
        }
        String reason = REASON.updateAndGet(r -> r != null ? r : whyNotAcs());
        return ConditionEvaluationResult.disabled("-Pacs: " + reason);
    }

    /** The reason a real-Alfresco run cannot go ahead here. */
    static String whyNotAcs() {
        String docker = dockerProblem();
        if (docker != null) {
            return "skipped, because Docker is not available on this machine (" + docker + "), so there is no Alfresco to run "
                    + "the scenarios against; on a machine with Docker run ./run.sh build_start, then "
                    + "ACS_URL=http://localhost:8080 mvn -B -ntp verify -pl integration-tests -am -Pacs";
        }
        String url = System.getenv("ACS_URL");
        if (url == null || url.isBlank()) {
            return "skipped, because ACS_URL is not set (e.g. ACS_URL=http://localhost:8080 after ./run.sh build_start)";
        }
        if (!answers(url + "/alfresco/api/-default-/public/alfresco/versions/1/probes/-ready-")) {
            return "skipped, because no Alfresco answers at " + url + " (start it with ./run.sh build_start)";
        }
        return "skipped, because driving a real Alfresco (REST writes as griffie staff, events from Alfresco's own broker) "
                + "is not implemented in this harness yet; see integration-tests/README.md";
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

    private static boolean answers(String url) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
            c.setConnectTimeout(3000);
            c.setReadTimeout(5000);
            return c.getResponseCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }
}
