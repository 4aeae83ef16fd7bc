package nl.regiobesluit.e2e.contract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Alfresco's own definitions, read at test time from {@code ../shared/reference/alfresco} beside the repository root
 * (never copied into the project): the v1 REST API's OpenAPI definitions and the event JSON schemas with Alfresco's
 * sample events. Where they are absent the contract checks are skipped, and say why.
 */
public record AlfrescoReference(Path dir) {

    /** The OpenAPI (Swagger 2.0) definitions the REST exchanges are checked against. */
    public static final List<String> API_DEFINITIONS = List.of("alfresco-core.yaml", "alfresco-search.yaml", "gs-core-api.yaml");

    /** Where the reference is expected: {@code <repository root>/../shared/reference/alfresco}. */
    public static Path expectedDir() {
        Path root = Path.of(System.getProperty("regio.repo.root", "..")).toAbsolutePath();
        return root.resolve("../shared/reference/alfresco").normalize();
    }

    /** Null when every file the checks read is there, else why the checks cannot run. */
    public static String whyAbsent(Path dir) {
        if (!Files.isDirectory(dir)) {
            return dir + " does not exist (the shared reference is not beside the repository)";
        }
        for (String f : API_DEFINITIONS) {
            if (!Files.isRegularFile(dir.resolve(f))) {
                return dir.resolve(f) + " is missing";
            }
        }
        if (!Files.isDirectory(dir.resolve("events/schema"))) {
            return dir.resolve("events/schema") + " is missing";
        }
        return null;
    }

    public Path apiDefinition(String name) {
        return dir.resolve(name);
    }

    public Path events() {
        return dir.resolve("events");
    }
}
