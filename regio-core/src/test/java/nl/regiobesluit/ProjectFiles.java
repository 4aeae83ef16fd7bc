package nl.regiobesluit;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the project's own files (and ../shared when present) from tests, whatever the working directory. */
public final class ProjectFiles {

    private ProjectFiles() {
    }

    public static Path root() {
        String configured = System.getProperty("regio.repo.root");
        if (configured != null && Files.isDirectory(Path.of(configured, "data"))) {
            return Path.of(configured);
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("run.sh"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("cannot find the repository root from " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    public static Path data(String name) {
        return root().resolve("data").resolve(name);
    }

    public static Path election2014() {
        return data("election_2014_leidse_regio.csv");
    }
}
