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
        NodeValues r = new NodeValues(bundle.record(), "besluit / record", problems);
        NodeValues p = bundle.proposal() == null ? null : new NodeValues(bundle.proposal(), "voorstel / proposal", problems);
        Map<String, Object> properties = MAPPER.convertValue(bundle.record().path("properties"), Map.class);
        Result<ArchivalValues> archival = ArchivalProperties.fromProperties(properties == null ? Map.of() : properties, "besluit / record " + r.id());
        if (!archival.isOk()) {
            problems.addAll(archival.problems());
        }
        CooperationModel model = r.has("rb:criteriaCooperationModel") || p == null
                ? r.choice("rb:criteriaCooperationModel", CooperationModel::parse, false)
                : p.choice("rb:cooperationModel", CooperationModel::parse, false);
        List<DecisionRecordSnapshot.CouncilResult> councils = councils(r, bundle, problems);
        DecisionRecordSnapshot.VoteResult vote = vote(bundle, problems);
        RouteIndicators indicators = indicators(r);
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
                first(r.text("rb:criteriaAmbition", false), p == null ? null : p.text("rb:ambition", false)),
                first(r.text("rb:criteriaPolicyDomain", false), p == null ? null : p.text("rb:policyDomain", false)),
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

    /** The stored vote result: on the record itself, else on the advice, else on an agenda item of the proposal. */
    private static DecisionRecordSnapshot.VoteResult vote(RecordBundle bundle, List<Problem> problems) {
        List<JsonNode> holders = new ArrayList<>();
        holders.add(bundle.record());
        holders.addAll(bundle.advice());
        holders.addAll(bundle.agendaItems());
        for (JsonNode n : holders) {
            if (n.path("properties").path("rb:resultJson").isTextual()) {
                NodeValues v = new NodeValues(n, "stemmingsuitslag / vote result", problems);
                Boolean passed = v.bool("rb:resultPassed", true);
                return new DecisionRecordSnapshot.VoteResult(v.text("rb:resultScheme", false), v.text("rb:resultRule", false),
                        Boolean.TRUE.equals(passed), v.text("rb:resultYesShare", false), v.text("rb:resultYesSharePct", false),
                        v.text("rb:resultComputationVersion", false), v.text("rb:resultInputHash", false),
                        v.date("rb:resultCompositionDate", false), v.text("rb:resultJson", false));
            }
        }
        return null;
    }

    /** The rb:modelCriteria indicators, or null while they have not been measured. */
    private static RouteIndicators indicators(NodeValues r) {
        if (!r.has("rb:leadTimeDays")) {
            return null;
        }
        return new RouteIndicators(r.whole("rb:leadTimeDays"), Boolean.TRUE.equals(r.bool("rb:metTarget", false)),
                Boolean.TRUE.equals(r.bool("rb:consensusWithoutVote", false)), r.whole("rb:councilsAdopted"), r.whole("rb:councilsAmended"),
                r.whole("rb:councilsRejected"), r.whole("rb:councilsPostponed"), r.whole("rb:deviations"), r.whole("rb:deviationsAccountedFor"),
                r.has("rb:societalPartnerCount") ? r.whole("rb:societalPartnerCount") : 0, r.text("rb:decisiveMunicipality", false),
                Boolean.TRUE.equals(r.bool("rb:oneVoice", false)));
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

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }
}
