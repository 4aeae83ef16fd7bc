package nl.regiobesluit.routing.arrangement.zienswijze;

import static nl.regiobesluit.model.RbModel.*;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import nl.regiobesluit.routing.alfresco.AlfrescoRepository;
import nl.regiobesluit.routing.alfresco.RepoNode;
import nl.regiobesluit.routing.arrangement.ArrangementRules;
import nl.regiobesluit.routing.camel.RouteHeaders;
import org.apache.camel.Header;
import org.springframework.stereotype.Component;

/**
 * A council's zienswijze, recorded by its griffie (given, with its date, or none): the service judges it against the
 * procedure's term (regio-core's zienswijze status policy) and records a zienswijze given after the term as out of time.
 */
@Component
public class ZienswijzeStep {

    /** What the record says after judging: its council and status. */
    public record Judged(String recordId, String municipality, String status) {
    }

    private final AlfrescoRepository alfresco;
    private final ArrangementRules rules;

    private final Clock clock;

    public ZienswijzeStep(AlfrescoRepository alfresco, ArrangementRules rules, Clock clock) {
        this.alfresco = alfresco;
        this.rules = rules;
        this.clock = clock;
    }

    /** Null while the record is pending or belongs to no procedure with a term. */
    public Judged judge(@Header(RouteHeaders.NODE_ID) String recordId) {
        RepoNode record = alfresco.node(recordId);
        String recorded = record.text(PROP_ZIENSWIJZE_STATUS);
        if (!TYPE_ZIENSWIJZE.equals(record.nodeType()) || recorded == null || ZIENSWIJZE_PENDING.equals(recorded)) {
            return null;
        }
        List<RepoNode> procedures = alfresco.sources(recordId, ASSOC_WGR_PROCEDURE_ZIENSWIJZEN);
        if (procedures.isEmpty() || procedures.get(0).date(PROP_WGR_DEADLINE) == null) {
            return null;
        }
        String status = rules.zienswijzeStatus(recorded, record.date(PROP_ZIENSWIJZE_DATE), procedures.get(0).date(PROP_WGR_DEADLINE),
                OffsetDateTime.now(clock));
        if (!status.equals(recorded)) {
            alfresco.update(record, Map.of(PROP_ZIENSWIJZE_STATUS, status), null);
        }
        return new Judged(recordId, record.text(PROP_ZIENSWIJZE_MUNICIPALITY), status);
    }
}
