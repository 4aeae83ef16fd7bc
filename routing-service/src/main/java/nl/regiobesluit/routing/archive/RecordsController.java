package nl.regiobesluit.routing.archive;

import static nl.regiobesluit.model.RbModel.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.regiobesluit.archive.RecordQuery;
import nl.regiobesluit.routing.alfresco.AlfrescoRepository;
import nl.regiobesluit.routing.alfresco.RepoNode;
import nl.regiobesluit.shared.Problem;
import nl.regiobesluit.shared.Result;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/records}: decision records by municipality, ambition, policy domain, cooperation model, outcome,
 * period and free text, through Alfresco's search API, newest decision first, paged. The same query as
 * {@code ./regio records search} (both built by regio-core's {@link RecordQuery}). Authenticated like every
 * endpoint but health.
 */
@RestController
public class RecordsController {

    private static final int MAX_SIZE = 100;

    private final AlfrescoRepository alfresco;

    public RecordsController(AlfrescoRepository alfresco) {
        this.alfresco = alfresco;
    }

    @GetMapping("/api/records")
    public ResponseEntity<Map<String, Object>> search(
            @RequestParam(required = false) String municipality, @RequestParam(required = false) String ambition,
            @RequestParam(required = false) String domain, @RequestParam(required = false) String model,
            @RequestParam(required = false) String outcome, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String text,
            @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "25") int size) {
        Result<RecordQuery> query = RecordQuery.of(municipality, ambition, domain, model, outcome, from, to, text);
        if (!query.isOk() || page < 1 || size < 1 || size > MAX_SIZE) {
            String problem = query.isOk() ? "page must be at least 1 and size between 1 and " + MAX_SIZE
                    : String.join("; ", query.problems().stream().map(Problem::describe).toList());
            return ResponseEntity.badRequest().body(Map.of("error", problem));
        }
        AlfrescoRepository.SearchPage found = alfresco.searchPage(query.value().afts(), (long) (page - 1) * size, size,
                PROP_DECIDED_ON, false);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("page", page);
        body.put("size", size);
        body.put("total", found.total());
        body.put("hasMore", found.hasMore());
        body.put("records", found.nodes().stream().map(RecordsController::summary).toList());
        return ResponseEntity.ok(body);
    }

    private static Map<String, Object> summary(RepoNode n) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", n.id());
        r.put("name", n.name());
        r.put("decidedOn", n.text(PROP_DECIDED_ON));
        r.put("outcome", n.text(PROP_RECORD_OUTCOME));
        r.put("municipalities", n.texts(PROP_RECORD_MUNICIPALITIES));
        r.put("cooperationModel", n.text(PROP_CRITERIA_COOPERATION_MODEL));
        r.put("ambition", n.text(PROP_CRITERIA_AMBITION));
        r.put("policyDomain", n.text(PROP_CRITERIA_POLICY_DOMAIN));
        r.put("finalized", Boolean.TRUE.equals(n.bool(PROP_FINALIZED)));
        return r;
    }
}
