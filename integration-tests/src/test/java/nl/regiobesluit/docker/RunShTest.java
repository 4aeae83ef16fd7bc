package nl.regiobesluit.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** run.sh on a machine without Docker: a clear message and exit code 1, never a half-started stack. */
class RunShTest {

    @TempDir
    Path bin;

    @ParameterizedTest
    @ValueSource(strings = {"start", "stop", "purge", "tail"})
    void withoutDockerItSaysSoAndStops(String command) throws Exception {
        Result result = run(command);
        assertThat(result.exitCode).isEqualTo(1);
        assertThat(result.output).contains("Docker is required but was not found", "./run.sh " + command);
    }

    @Test
    void withoutACommandItShowsTheSevenCommands() throws Exception {
        Result result = run();
        assertThat(result.exitCode).isEqualTo(1);
        assertThat(result.output).contains("Usage:", "{build_start|start|stop|purge|tail|build_test|test}");
    }

    record Result(int exitCode, String output) {
    }

    /** Runs run.sh with a PATH that holds only what it needs before it looks for Docker. */
    private Result run(String... args) throws IOException, InterruptedException {
        Path bash = Paths.get("/bin/bash");
        assumeTrue(Files.isExecutable(bash), "bash is needed");
        for (String tool : new String[] {"dirname"}) {
            Path found = which(tool);
            assumeTrue(found != null, tool + " is needed");
            Files.createSymbolicLink(bin.resolve(tool), found);
        }
        String[] command = new String[args.length + 2];
        command[0] = bash.toString();
        command[1] = root().resolve("run.sh").toString();
        System.arraycopy(args, 0, command, 2, args.length);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("PATH", bin.toString());
        Process process = pb.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private static Path which(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            Path candidate = Paths.get(dir, tool);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static Path root() {
        String property = System.getProperty("regio.repo.root");
        Path dir = property != null ? Paths.get(property) : Paths.get("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("run.sh"))) {
            dir = dir.getParent();
        }
        assertThat(dir).isNotNull();
        return dir;
    }
}
