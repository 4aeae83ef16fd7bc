package nl.regiobesluit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import nl.regiobesluit.criteria.RouteIndicators;
import nl.regiobesluit.routing.CooperationModel;
import nl.regiobesluit.shared.Problem;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The values the evaluation and the export both read from a decision record and its proposal: the record's own
 * {@code rb:modelCriteria} first, the proposal's {@code rb:routed} where the record has none. One reader, so both see a
 * record the same way.
 */
final class RecordValues {

    final NodeValues record;
    /** Null when no proposal links to the record. */
    final NodeValues proposal;
    private final RecordBundle bundle;

    RecordValues(RecordBundle bundle, List<Problem> problems) {
        this.bundle = bundle;
        this.record = new NodeValues(bundle.record(), "besluit / record", problems);
        this.proposal = bundle.proposal() == null ? null : new NodeValues(bundle.proposal(), "voorstel / proposal", problems);
    }

    CooperationModel model(boolean required) {
        return record.has("rb:criteriaCooperationModel") || proposal == null
                ? record.choice("rb:criteriaCooperationModel", CooperationModel::parse, required)
                : proposal.choice("rb:cooperationModel", CooperationModel::parse, required);
    }

    String ambition() {
        return firstFilled(record.text("rb:criteriaAmbition", false), proposal == null ? null : proposal.text("rb:ambition", false));
    }

    String policyDomain() {
        return firstFilled(record.text("rb:criteriaPolicyDomain", false), proposal == null ? null : proposal.text("rb:policyDomain", false));
    }

    /**
     * The proposal's theme ({@code rb:theme}): the "Thema" field of Share's proposal form, typed by the griffie. Only the
     * proposal carries it; the record's rb:modelCriteria has the ambition and policy domain, not the theme.
     */
    String theme() {
        return proposal == null ? null : proposal.text("rb:theme", false);
    }

    /**
     * The rb:modelCriteria indicators, or null while they have not been measured (no rb:leadTimeDays). Counts are always
     * required; {@code strict} also requires the yes/no indicators (else an absent one reads as false).
     */
    RouteIndicators indicators(boolean strict) {
        if (!record.has("rb:leadTimeDays")) {
            return null;
        }
        NodeValues r = record;
        return new RouteIndicators(r.whole("rb:leadTimeDays"), Boolean.TRUE.equals(r.bool("rb:metTarget", strict)),
                Boolean.TRUE.equals(r.bool("rb:consensusWithoutVote", strict)), r.whole("rb:councilsAdopted"), r.whole("rb:councilsAmended"),
                r.whole("rb:councilsRejected"), r.whole("rb:councilsPostponed"), r.whole("rb:deviations"), r.whole("rb:deviationsAccountedFor"),
                r.has("rb:societalPartnerCount") ? r.whole("rb:societalPartnerCount") : 0, r.text("rb:decisiveMunicipality", false),
                Boolean.TRUE.equals(r.bool("rb:oneVoice", strict)));
    }

    /** The node that holds the route's stored vote result (rb:resultJson): the record itself, else its advice, else an agenda item. */
    Optional<JsonNode> voteHolder() {
        return Stream.concat(Stream.of(bundle.record()), Stream.concat(bundle.advice().stream(), bundle.agendaItems().stream()))
                .filter(n -> n != null && n.path("properties").path("rb:resultJson").isTextual()).findFirst();
    }

    static String firstFilled(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
