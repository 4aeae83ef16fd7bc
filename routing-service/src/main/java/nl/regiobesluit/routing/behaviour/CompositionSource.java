package nl.regiobesluit.routing.behaviour;

import nl.regiobesluit.routing.alfresco.AlfrescoRepository;
import nl.regiobesluit.routing.alfresco.RepoNode;
import nl.regiobesluit.routing.config.RegiobesluitProperties;
import nl.regiobesluit.shared.Problem;
import nl.regiobesluit.shared.Result;
import nl.regiobesluit.voting.Composition;
import nl.regiobesluit.voting.CompositionCsv;
import nl.regiobesluit.voting.CompositionHistory;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The region's compositions over time, read from where the configuration says: a CSV in Alfresco's Data
 * Dictionary (griffie staff replace it after an election) or a file. A CSV is parsed again only when its node
 * or file changed; a broken CSV is a rejection naming file, line and field, and no vote is computed on it.
 */
@Component
public class CompositionSource {

    private final AlfrescoRepository alfresco;
    private final List<RegiobesluitProperties.Composition> configured;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(String version, Result<Composition> composition) {
    }

    public CompositionSource(AlfrescoRepository alfresco, RegiobesluitProperties properties) {
        this.alfresco = alfresco;
        this.configured = properties.region().compositionHistory();
    }

    public Result<CompositionHistory> history() {
        List<Composition> compositions = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (RegiobesluitProperties.Composition c : configured) {
            Result<Composition> read = read(c);
            if (read.isOk()) {
                compositions.add(read.value());
            } else {
                problems.addAll(read.problems());
            }
        }
        return problems.isEmpty() ? CompositionHistory.of(compositions) : Result.rejected(problems);
    }

    private Result<Composition> read(RegiobesluitProperties.Composition c) {
        if (c.source() == RegiobesluitProperties.Composition.Source.FILE) {
            Path file = Path.of(c.location());
            String version;
            try {
                version = Files.getLastModifiedTime(file).toString() + "/" + Files.size(file);
            } catch (IOException e) {
                return Result.rejected(Problem.at(c.location(), 0, null, "cannot read the composition file: " + e.getMessage()));
            }
            return cached(c, version, () -> CompositionCsv.read(file, c.validFrom()));
        }
        RepoNode node;
        try {
            node = alfresco.nodeAt(c.location());
        } catch (feign.FeignException.NotFound e) {
            return Result.rejected(Problem.at(c.location(), 0, null, "the composition CSV is not in Alfresco at this path"));
        }
        String version = node.id() + "@" + node.modifiedAt();
        return cached(c, version, () -> CompositionCsv.parse(c.location(),
                new String(alfresco.content(node.id()), StandardCharsets.UTF_8), c.validFrom()));
    }

    private Result<Composition> cached(RegiobesluitProperties.Composition c, String version,
                                       java.util.function.Supplier<Result<Composition>> load) {
        String key = c.source() + ":" + c.location();
        Cached hit = cache.get(key);
        if (hit != null && hit.version().equals(version)) {
            return hit.composition();
        }
        Result<Composition> loaded = load.get();
        cache.put(key, new Cached(version, loaded));
        return loaded;
    }
}
