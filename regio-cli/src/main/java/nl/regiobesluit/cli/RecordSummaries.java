package nl.regiobesluit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.regiobesluit.criteria.RouteFacts;
import nl.regiobesluit.criteria.RouteIndicators;
import nl.regiobesluit.criteria.evaluation.RecordSummary;
import nl.regiobesluit.routing.CooperationModel;
import nl.regiobesluit.routing.CouncilOutcome;
import nl.regiobesluit.routing.RoutePolicy;
import nl.regiobesluit.shared.Fraction;
import nl.regiobesluit.shared.Problem;
import nl.regiobesluit.shared.Result;
import nl.regiobesluit.voting.power.PowerIndices;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What the evaluation needs of one decision record, read from the record and its route as Alfresco stores them: the
 * record's {@code rb:} properties and {@code rb:modelCriteria}, each council decision, and the power of each
 * municipality from the stored vote result ({@code rb:resultJson}). A record that lacks what the evaluation counts is
 * rejected with a problem per missing value, naming the node and the property.
 */
final class RecordSummaries {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RecordSummaries() {
    }

    static Result<RecordSummary> summary(RecordBundle bundle) {
        List<Problem> problems = new ArrayList<>();
        RecordValues values = new RecordValues(bundle, problems);
        NodeValues record = values.record;
        NodeValues proposal = values.proposal;
        String id = record.has("rb:archiveIdentification") ? record.text("rb:archiveIdentification", false) : record.id();
        String title = RecordValues.firstFilled(record.text("cm:title", false), proposal == null ? null : proposal.text("cm:title", false),
                record.field("name"));
        LocalDate decidedOn = record.date("rb:decidedOn", true);
        CooperationModel model = values.model(true);
        String ambition = values.ambition();
        String domain = values.policyDomain();
        String theme = values.theme();
        List<String> municipalities = record.texts("rb:recordMunicipalities");
        if (municipalities.isEmpty()) {
            record.problem("rb:recordMunicipalities", "ontbreekt / missing");
        }
        RoutePolicy.RecordOutcome outcome = record.choice("rb:recordOutcome", RecordSummaries::recordOutcome, true);
        List<RouteFacts.CouncilFact> councils = councils(bundle, problems);
        RouteIndicators indicators = indicators(values, councils);
        RecordSummary.VotePower power = power(values, problems);
        if (!problems.isEmpty()) {
            return Result.rejected(problems);
        }
        return Result.ok(new RecordSummary(id, title, decidedOn, model, ambition, domain, theme, municipalities, councils, outcome, indicators, power));
    }

    private static List<RouteFacts.CouncilFact> councils(RecordBundle bundle, List<Problem> problems) {
        List<RouteFacts.CouncilFact> councils = new ArrayList<>();
        for (JsonNode node : bundle.councilDecisions()) {
            NodeValues d = new NodeValues(node, "raadsbesluit / council decision", problems);
            String municipality = d.text("rb:municipality", true);
            CouncilOutcome outcome = d.choice("rb:councilOutcome", CouncilOutcome::parse, true);
            if (municipality == null || outcome == null || outcome == CouncilOutcome.PENDING) {
                continue; // a council that has not decided yet does not count (the record is then re-measured)
            }
            boolean deviates = Boolean.TRUE.equals(d.bool("rb:deviatesFromAdvice", false));
            boolean accounted = deviates && Boolean.TRUE.equals(d.bool("rb:deviationAccountedFor", false));
            councils.add(new RouteFacts.CouncilFact(municipality, outcome, d.date("rb:councilDecisionDate", false), deviates, accounted));
        }
        councils.sort(java.util.Comparator.comparing(RouteFacts.CouncilFact::municipality));
        return councils;
    }

    /** The indicators, which the evaluation needs whole and consistent with the route's council decisions. */
    private static RouteIndicators indicators(RecordValues values, List<RouteFacts.CouncilFact> councils) {
        NodeValues r = values.record;
        RouteIndicators i = values.indicators(true);
        if (i == null) {
            r.problem("rb:modelCriteria", "nog niet berekend / not computed yet (no rb:leadTimeDays)");
            return null;
        }
        if (i.amended() > i.adopted()) {
            r.problem("rb:councilsAmended", i.amended() + " met amendementen maar " + i.adopted() + " aangenomen / amended but only adopted");
        }
        if (i.deviationsAccountedFor() > i.deviations()) {
            r.problem("rb:deviationsAccountedFor", i.deviationsAccountedFor() + " verantwoord maar " + i.deviations()
                    + " afwijkingen / accounted for but only deviations");
        }
        int decided = i.adopted() + i.rejected() + i.postponed();
        if (!councils.isEmpty() && decided != councils.size()) {
            r.problem("rb:modelCriteria", "telt " + decided + " raadsbesluiten, de route heeft er " + councils.size()
                    + " / counts council decisions the route does not have");
        }
        return i;
    }

    /**
     * The power of each municipality in the route's weighted vote: the stored result on the record itself, else on its
     * advice, else on an agenda item of the proposal. Null when no weighted vote was taken, or when the power is an
     * estimate (the evaluation averages exact indices only).
     */
    static RecordSummary.VotePower power(RecordValues values, List<Problem> problems) {
        Optional<JsonNode> holder = values.voteHolder();
        if (holder.isEmpty()) {
            return null;
        }
        String where = "stemmingsuitslag / vote result " + holder.get().path("id").asText();
        JsonNode result;
        try {
            result = MAPPER.readTree(holder.get().path("properties").path("rb:resultJson").asText());
        } catch (IOException e) {
            problems.add(Problem.at(where, 0, "rb:resultJson", "geen JSON / not JSON: " + e.getMessage()));
            return null;
        }
        JsonNode p = result.path("analysis").path("power");
        if ("ESTIMATE".equals(p.path("method").asText())) {
            return null;
        }
        List<PowerIndices.MunicipalityPower> municipalities = new ArrayList<>();
        for (JsonNode m : p.path("municipalities")) {
            try {
                municipalities.add(new PowerIndices.MunicipalityPower(m.path("municipality").asText(),
                        Fraction.parse(m.path("banzhaf").asText()), Fraction.parse(m.path("shapleyShubik").asText())));
            } catch (RuntimeException e) {
                problems.add(Problem.at(where, 0, "rb:resultJson", "macht niet leesbaar / power unreadable for " + m.path("municipality").asText()));
            }
        }
        String scheme = result.path("inputs").path("scheme").asText(null);
        String rule = result.path("inputs").path("rule").asText(null);
        if (scheme == null || rule == null) {
            problems.add(Problem.at(where, 0, "rb:resultJson", "schema of regel ontbreekt / scheme or rule missing"));
            return null;
        }
        return new RecordSummary.VotePower(scheme, rule, municipalities);
    }

    private static Optional<RoutePolicy.RecordOutcome> recordOutcome(Object value) {
        return Arrays.stream(RoutePolicy.RecordOutcome.values()).filter(o -> o.name().equals(String.valueOf(value))).findFirst();
    }
}
