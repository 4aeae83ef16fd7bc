package nl.regiobesluit.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
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
import nl.regiobesluit.voting.DecisionRule;
import nl.regiobesluit.voting.power.PowerIndices;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the record summaries that {@code ./regio evaluate} aggregates: a JSON object {@code {"records": [...]}} (or a
 * bare array) with one object per finalized decision record. Field names are the local names of the {@code rb:}
 * properties they come from ({@code rb:leadTimeDays} → {@code leadTimeDays}), so that a search of Alfresco can produce
 * the same file. Every problem names the file, the line where the record starts and the field.
 */
final class RecordsJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RecordsJson() {
    }

    static Result<List<RecordSummary>> read(Path file) {
        String source = file.toString();
        try {
            return parse(source, Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return Result.rejected(Problem.at(source, 0, null, "file not found"));
        } catch (IOException e) {
            return Result.rejected(Problem.at(source, 0, null, "cannot read: " + e.getMessage()));
        }
    }

    static Result<List<RecordSummary>> parse(String source, String json) {
        List<RecordSummary> records = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try (JsonParser p = MAPPER.createParser(json)) {
            JsonToken first = p.nextToken();
            if (first == JsonToken.START_OBJECT) {
                if (!seekRecords(p)) {
                    return Result.rejected(Problem.at(source, line(p.currentLocation()), "records", "missing: expected {\"records\": [...]}"));
                }
            } else if (first != JsonToken.START_ARRAY) {
                return Result.rejected(Problem.at(source, 1, null, "expected a JSON object with \"records\" or an array of records"));
            }
            Set<String> ids = new HashSet<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                int line = line(p.currentTokenLocation());
                JsonNode node = MAPPER.readTree(p);
                Record r = new Record(source, line, node);
                RecordSummary summary = r.summary();
                problems.addAll(r.problems);
                if (summary != null) {
                    if (!ids.add(summary.id())) {
                        problems.add(Problem.at(source, line, "id", "record '" + summary.id() + "' is given twice"));
                    }
                    records.add(summary);
                }
            }
        } catch (JsonProcessingException e) {
            return Result.rejected(Problem.at(source, e.getLocation() == null ? 0 : line(e.getLocation()), null,
                    "not valid JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            return Result.rejected(Problem.at(source, 0, null, "cannot read: " + e.getMessage()));
        }
        return problems.isEmpty() ? Result.ok(records) : Result.rejected(problems);
    }

    private static boolean seekRecords(JsonParser p) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (name.equals("records") && value == JsonToken.START_ARRAY) {
                return true;
            }
            p.skipChildren();
        }
        return false;
    }

    private static int line(JsonLocation location) {
        return Math.max(0, location.getLineNr());
    }

    /** One record object; collects every problem rather than stopping at the first, then reports them in order. */
    private static final class Record {

        private final String source;
        private final int line;
        private final JsonNode node;
        private final List<Problem> problems = new ArrayList<>();

        Record(String source, int line, JsonNode node) {
            this.source = source;
            this.line = line;
            this.node = node;
        }

        RecordSummary summary() {
            if (!node.isObject()) {
                problem(null, "a record must be a JSON object");
                return null;
            }
            String id = text(node, "id", true);
            String title = text(node, "title", false);
            LocalDate decidedOn = date(node, "decidedOn", "decidedOn", true);
            CooperationModel model = enumValue(node, "cooperationModel", CooperationModel::parse, CooperationModel.values());
            String ambition = text(node, "ambition", false);
            String domain = text(node, "policyDomain", false);
            String theme = text(node, "theme", false);
            List<String> municipalities = strings(node, "municipalities");
            RoutePolicy.RecordOutcome outcome = enumValue(node, "recordOutcome", v -> Arrays.stream(RoutePolicy.RecordOutcome.values())
                    .filter(o -> o.name().equals(v.toString())).findFirst(), RoutePolicy.RecordOutcome.values());
            List<RouteFacts.CouncilFact> councils = councils();
            RouteIndicators indicators = indicators(councils);
            RecordSummary.VotePower vote = vote();
            if (!problems.isEmpty()) {
                return null;
            }
            return new RecordSummary(id, title, decidedOn, model, ambition, domain, theme, municipalities, councils, outcome, indicators, vote);
        }

        private List<RouteFacts.CouncilFact> councils() {
            JsonNode list = node.get("councils");
            List<RouteFacts.CouncilFact> councils = new ArrayList<>();
            if (list == null || list.isNull()) {
                return councils;
            }
            if (!list.isArray()) {
                problem("councils", "must be an array of council decisions");
                return councils;
            }
            for (int i = 0; i < list.size(); i++) {
                JsonNode c = list.get(i);
                String at = "councils[" + i + "].";
                String municipality = text(c, "municipality", at + "municipality", true);
                CouncilOutcome outcome = enumValue(c, "councilOutcome", at + "councilOutcome", CouncilOutcome::parse, CouncilOutcome.values());
                LocalDate decided = date(c, "councilDecisionDate", at + "councilDecisionDate", false);
                boolean deviates = bool(c, "deviatesFromAdvice", at + "deviatesFromAdvice", false);
                boolean accounted = bool(c, "deviationAccountedFor", at + "deviationAccountedFor", false);
                if (accounted && !deviates) {
                    problem(at + "deviationAccountedFor", "true, but the decision does not deviate from the advice");
                }
                if (municipality != null && outcome != null) {
                    councils.add(new RouteFacts.CouncilFact(municipality, outcome, decided, deviates, accounted));
                }
            }
            return councils;
        }

        private RouteIndicators indicators(List<RouteFacts.CouncilFact> councils) {
            JsonNode i = node.get("indicators");
            if (i == null || !i.isObject()) {
                problem("indicators", i == null ? "missing (the rb:modelCriteria values of the record)" : "must be an object");
                return null;
            }
            long lead = whole(i, "leadTimeDays");
            boolean met = bool(i, "metTarget", "indicators.metTarget", null);
            boolean consensus = bool(i, "consensusWithoutVote", "indicators.consensusWithoutVote", null);
            long adopted = whole(i, "councilsAdopted");
            long amended = whole(i, "councilsAmended");
            long rejected = whole(i, "councilsRejected");
            long postponed = whole(i, "councilsPostponed");
            long deviations = whole(i, "deviations");
            long accounted = whole(i, "deviationsAccountedFor");
            long partners = whole(i, "societalPartnerCount");
            String decisive = text(i, "decisiveMunicipality", "indicators.decisiveMunicipality", false);
            boolean oneVoice = bool(i, "oneVoice", "indicators.oneVoice", null);
            if (amended > adopted) {
                problem("indicators.councilsAmended", amended + " amended but only " + adopted + " adopted (adoptions include those with amendments)");
            }
            if (accounted > deviations) {
                problem("indicators.deviationsAccountedFor", accounted + " accounted for but only " + deviations + " deviations");
            }
            long decided = adopted + rejected + postponed;
            if (!councils.isEmpty() && decided != councils.size()) {
                problem("indicators", "count " + decided + " council decisions (adopted + rejected + postponed) but \"councils\" lists " + councils.size());
            }
            return new RouteIndicators(lead, met, consensus, (int) adopted, (int) amended, (int) rejected, (int) postponed, (int) deviations,
                    (int) accounted, (int) partners, decisive, oneVoice);
        }

        private RecordSummary.VotePower vote() {
            JsonNode v = node.get("vote");
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isObject()) {
                problem("vote", "must be an object with scheme, rule and power");
                return null;
            }
            String scheme = text(v, "scheme", "vote.scheme", true);
            String rule = text(v, "rule", "vote.rule", true);
            if (rule != null) {
                Result<DecisionRule> parsed = DecisionRule.parse(rule);
                if (!parsed.isOk()) {
                    problem("vote.rule", parsed.problems().get(0).message());
                }
            }
            JsonNode list = v.get("power");
            List<PowerIndices.MunicipalityPower> power = new ArrayList<>();
            if (list == null || !list.isArray()) {
                problem("vote.power", "missing: one {municipality, banzhaf, shapleyShubik} per municipality");
                return null;
            }
            for (int k = 0; k < list.size(); k++) {
                JsonNode m = list.get(k);
                String at = "vote.power[" + k + "].";
                String municipality = text(m, "municipality", at + "municipality", true);
                Fraction banzhaf = share(m, "banzhaf", at + "banzhaf");
                Fraction shapley = share(m, "shapleyShubik", at + "shapleyShubik");
                if (municipality != null && banzhaf != null && shapley != null) {
                    power.add(new PowerIndices.MunicipalityPower(municipality, banzhaf, shapley));
                }
            }
            return scheme == null || rule == null ? null : new RecordSummary.VotePower(scheme, rule, power);
        }

        private String text(JsonNode n, String name, boolean required) {
            return text(n, name, name, required);
        }

        private String text(JsonNode n, String name, String field, boolean required) {
            JsonNode v = n == null ? null : n.get(name);
            if (v == null || v.isNull() || (v.isTextual() && v.asText().isBlank())) {
                if (required) {
                    problem(field, "missing");
                }
                return null;
            }
            if (!v.isTextual()) {
                problem(field, "must be text, was " + v);
                return null;
            }
            return v.asText().trim();
        }

        private LocalDate date(JsonNode n, String name, String field, boolean required) {
            String text = text(n, name, field, required);
            if (text == null) {
                return null;
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                problem(field, "not a date (YYYY-MM-DD): '" + text + "'");
                return null;
            }
        }

        private boolean bool(JsonNode n, String name, String field, Boolean fallback) {
            JsonNode v = n == null ? null : n.get(name);
            if (v == null || v.isNull()) {
                if (fallback == null) {
                    problem(field, "missing");
                    return false;
                }
                return fallback;
            }
            if (!v.isBoolean()) {
                problem(field, "must be true or false, was " + v);
                return false;
            }
            return v.asBoolean();
        }

        private long whole(JsonNode n, String name) {
            String field = "indicators." + name;
            JsonNode v = n.get(name);
            if (v == null || v.isNull()) {
                problem(field, "missing");
                return 0;
            }
            if (!v.canConvertToInt() || !v.isIntegralNumber() || v.asInt() < 0) {
                problem(field, "must be a whole number of at least 0, was " + v);
                return 0;
            }
            return v.asInt();
        }

        private Fraction share(JsonNode n, String name, String field) {
            String text = text(n, name, field, true);
            if (text == null) {
                return null;
            }
            try {
                Fraction f = Fraction.parse(text);
                if (f.signum() < 0 || f.compareTo(Fraction.ONE) > 0) {
                    problem(field, "a power index lies between 0 and 1, was " + text);
                    return null;
                }
                return f;
            } catch (RuntimeException e) {
                problem(field, "not a number or fraction p/q: '" + text + "'");
                return null;
            }
        }

        private <E extends Enum<E>> E enumValue(JsonNode n, String name, java.util.function.Function<Object, java.util.Optional<E>> parse, E[] values) {
            return enumValue(n, name, name, parse, values);
        }

        private <E extends Enum<E>> E enumValue(JsonNode n, String name, String field, java.util.function.Function<Object, java.util.Optional<E>> parse,
                                                E[] values) {
            String text = text(n, name, field, true);
            if (text == null) {
                return null;
            }
            var parsed = parse.apply(text);
            if (parsed.isEmpty()) {
                problem(field, "unknown value '" + text + "' (expected " + String.join(", ", Arrays.stream(values).map(Enum::name).toList()) + ")");
                return null;
            }
            return parsed.get();
        }

        private List<String> strings(JsonNode n, String name) {
            JsonNode v = n.get(name);
            List<String> list = new ArrayList<>();
            if (v == null || !v.isArray() || v.isEmpty()) {
                problem(name, "must be a non-empty array of municipality names");
                return list;
            }
            for (JsonNode s : v) {
                if (!s.isTextual() || s.asText().isBlank()) {
                    problem(name, "must hold names, found " + s);
                } else {
                    list.add(s.asText().trim());
                }
            }
            return list;
        }

        private void problem(String field, String message) {
            String id = node.isObject() && node.path("id").isTextual() ? "record '" + node.path("id").asText() + "': " : "";
            problems.add(Problem.at(source, line, field, id + message));
        }
    }
}
