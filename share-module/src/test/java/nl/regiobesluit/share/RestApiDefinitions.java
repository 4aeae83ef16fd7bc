package nl.regiobesluit.share;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.Yaml;

/**
 * Alfresco's published REST API definitions (../shared/reference/alfresco/*.yaml, Swagger 2.0), for checking the bodies
 * the actions send. Absent outside this workspace: then {@link #load} returns null and the caller skips.
 */
record RestApiDefinitions(Map<String, Map<String, Object>> definitions) {

    @SuppressWarnings("unchecked")
    static RestApiDefinitions load(String file) throws IOException {
        String root = System.getProperty("regio.repo.root");
        if (root == null) {
            return null;
        }
        Path yaml = Path.of(root, "..", "shared", "reference", "alfresco", file).normalize();
        if (!Files.isRegularFile(yaml)) {
            return null;
        }
        Map<String, Object> doc = new Yaml().load(Files.readString(yaml));
        return new RestApiDefinitions((Map<String, Map<String, Object>>) doc.get("definitions"));
    }

    @SuppressWarnings("unchecked")
    Set<String> properties(String definition) {
        return ((Map<String, Object>) definitions.get(definition).get("properties")).keySet();
    }

    @SuppressWarnings("unchecked")
    List<String> required(String definition) {
        return (List<String>) definitions.get(definition).getOrDefault("required", List.of());
    }
}
