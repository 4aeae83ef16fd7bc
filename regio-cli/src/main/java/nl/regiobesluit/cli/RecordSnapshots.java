package nl.regiobesluit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.regiobesluit.archive.ArchivalProperties;
import nl.regiobesluit.archive.ArchivalValues;
import nl.regiobesluit.archive.DecisionRecordSnapshot;
import nl.regiobesluit.archive.RecordFile;
import nl.regiobesluit.archive.RecordKind;
import nl.regiobesluit.criteria.RouteIndicators;
import nl.regiobesluit.routing.CooperationModel;
import nl.regiobesluit.routing.CouncilOutcome;
import nl.regiobesluit.shared.Problem;
import nl.regiobesluit.shared.Result;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A decision record as the archive export takes it ({@link DecisionRecordSnapshot}), read from the record and its route
 * in Alfresco. The record's content, when it has any, is its file; it is streamed from Alfresco only when the export
 * writes it. Values the export requires are checked by the export itself ({@code RecordCheck}); here only values that
 * cannot be read at all are problems.
 */
final class RecordSnapshots {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RecordSnapshots() {
    }

    static Result<DecisionRecordSnapshot> snapshot(RecordBundle bundle, AlfrescoClient alfresco) {
        List<Problem> problems = new ArrayList<>();
        RecordValues values = new RecordValues(bundle, problems);
        NodeValues r = values.record;
        NodeValues p = values.proposal;
        Map<String, Object> properties = MAPPER.convertValue(bundle.record().path("properties"), Map.class);
        Result<ArchivalValues> archival = ArchivalProperties.fromProperties(properties == null ? Map.of() : properties, "besluit / record " + r.id());
        if (!archival.isOk()) {
            problems.addAll(archival.problems());
        }
        CooperationModel model = values.model(false);
        List<DecisionRecordSnapshot.CouncilResult> councils = councils(r, bundle, problems);
        DecisionRecordSnapshot.VoteResult vote = vote(values, problems);
        RouteIndicators indicators = values.indicators(false);
        LocalDate submittedOn = p == null ? null : p.date("rb:submittedOn", false);
        if (!problems.isEmpty()) {
            return Result.rejected(problems);
        }
        ArchivalValues a = archival.value();
        // rb:finalized set by a person is a request; the record is final once the service completed it (rb:finalizedOn).
        ArchivalValues completed = new ArchivalValues(a.archiveIdentification(), a.waardering(), a.bewaartermijn(), a.informatiecategorie(),
                a.archiefvormer(), a.beperkingGebruik(), a.finalized() && a.finalizedOn() != null, a.finalizedOn());
        return Result.ok(new DecisionRecordSnapshot(r.id(), r.field("name"), r.text("cm:title", false), r.text("cm:description", false),
                RecordKind.DECISION_RECORD, submittedOn, r.date("rb:decidedOn", false), r.texts("rb:recordMunicipalities"),
                r.text("rb:recordOutcome", false), councils, model,
                values.ambition(), values.policyDomain(),
                vote, indicators, completed, files(bundle.record(), alfresco)));
    }

    /** rb:councilOutcomes ("Leiden=ADOPTED") in its order, with each council's decision date from its rb:councilDecision. */
    private static List<DecisionRecordSnapshot.CouncilResult> councils(NodeValues r, RecordBundle bundle, List<Problem> problems) {
        Map<String, LocalDate> dates = new HashMap<>();
        for (JsonNode d : bundle.councilDecisions()) {
            NodeValues v = new NodeValues(d, "raadsbesluit / council decision", problems);
            String m = v.text("rb:municipality", false);
            if (m != null) {
                dates.put(m, v.date("rb:councilDecisionDate", false));
            }
        }
        List<DecisionRecordSnapshot.CouncilResult> councils = new ArrayList<>();
        for (String entry : r.texts("rb:councilOutcomes")) {
            int eq = entry.indexOf('=');
            CouncilOutcome outcome = eq < 0 ? null : CouncilOutcome.parse(entry.substring(eq + 1)).orElse(null);
            if (outcome == null) {
                r.problem("rb:councilOutcomes", "geen gemeente=uitkomst / not municipality=outcome: '" + entry + "'");
                continue;
            }
            String municipality = entry.substring(0, eq);
            councils.add(new DecisionRecordSnapshot.CouncilResult(municipality, outcome, dates.get(municipality)));
        }
        return councils;
    }

    /** The stored vote result's summary and JSON, from the node that holds it ({@link RecordValues#voteHolder}). */
    private static DecisionRecordSnapshot.VoteResult vote(RecordValues values, List<Problem> problems) {
        return values.voteHolder().map(n -> {
            NodeValues v = new NodeValues(n, "stemmingsuitslag / vote result", problems);
            Boolean passed = v.bool("rb:resultPassed", true);
            return new DecisionRecordSnapshot.VoteResult(v.text("rb:resultScheme", false), v.text("rb:resultRule", false),
                    Boolean.TRUE.equals(passed), v.text("rb:resultYesShare", false), v.text("rb:resultYesSharePct", false),
                    v.text("rb:resultComputationVersion", false), v.text("rb:resultInputHash", false),
                    v.date("rb:resultCompositionDate", false), v.text("rb:resultJson", false));
        }).orElse(null);
    }

    /** The record's own content, if it has any (a record created without an upload has none). */
    private static List<RecordFile> files(JsonNode record, AlfrescoClient alfresco) {
        JsonNode content = record.path("content");
        long size = content.path("sizeInBytes").asLong(0);
        if (!content.isObject() || size <= 0) {
            return List.of();
        }
        String id = record.path("id").asText();
        return List.of(new RecordFile(record.path("name").asText(), content.path("mimeType").asText("application/octet-stream"), size,
                () -> alfresco.content(id)));
    }
}
