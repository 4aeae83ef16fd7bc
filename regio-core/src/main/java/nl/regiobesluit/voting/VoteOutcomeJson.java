package nl.regiobesluit.voting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.regiobesluit.shared.Fraction;
import nl.regiobesluit.shared.Problem;
import nl.regiobesluit.shared.Result;
import nl.regiobesluit.voting.power.PowerAnalysis;
import nl.regiobesluit.voting.power.PowerEstimate;
import nl.regiobesluit.voting.power.PowerIndices;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The stored form of a vote outcome: every input (composition, participating municipalities, scheme, rule,
 * votes), the computation version, and every computed number as an exact fraction {@code "p/q"} (percentages
 * beside them are for reading only). {@link #read} gives back the inputs, so anyone can recompute the outcome
 * and compare it with {@link #differences}.
 */
public final class VoteOutcomeJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /**
     * The compact form the fingerprint is taken of. One shared (thread-safe) mapper: creating one per call cost
     * more than the hashing itself. Its output must never change, or every stored fingerprint would look stale.
     */
    private static final ObjectMapper CANONICAL = new ObjectMapper();

    private VoteOutcomeJson() {
    }

    public static String write(VoteOutcome outcome) {
        try {
            return MAPPER.writeValueAsString(toTree(outcome));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write outcome JSON", e);
        }
    }

    public static ObjectNode toTree(VoteOutcome outcome) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("computationVersion", outcome.computationVersion());
        root.set("inputs", inputs(outcome.inputs()));
        ArrayNode weights = root.putArray("weights");
        for (Map.Entry<MemberId, Fraction> e : outcome.weights().asMap().entrySet()) {
            ObjectNode w = weights.addObject();
            w.put("member", e.getKey().toString());
            w.put("weight", e.getValue().toString());
            w.put("weightPct", e.getValue().toPercent(4).toPlainString());
        }
        Decision d = outcome.decision();
        root.put("passed", d.passed());
        root.put("reason", d.reason().name());
        root.put("yesShare", d.yesShare().toString());
        root.put("yesSharePct", d.yesShare().toPercent(4).toPlainString());
        root.put("yesWeight", d.yesWeight().toString());
        root.put("noWeight", d.noWeight().toString());
        root.put("abstainWeight", d.abstainWeight().toString());
        root.put("baseWeight", d.baseWeight().toString());
        ObjectNode perMunicipality = root.putObject("yesWeightPerMunicipality");
        d.yesWeightPerMunicipality().forEach((m, w) -> perMunicipality.put(m, w.toString()));
        strings(root.putArray("municipalitiesInFavour"), d.municipalitiesInFavour());
        VoteAnalysis a = outcome.analysis();
        ObjectNode analysis = root.putObject("analysis");
        strings(analysis.putArray("couldPassAlone"), a.couldPassAlone());
        strings(analysis.putArray("couldBlockAlone"), a.couldBlockAlone());
        strings(analysis.putArray("pivotal"), a.pivotal());
        ObjectNode threshold = analysis.putObject("noSinglePassAbove");
        threshold.put("share", a.noSinglePassAbove().toString());
        threshold.put("pct", a.noSinglePassAbove().toPercent(4).toPlainString());
        threshold.put("rule", "qualified>:" + a.noSinglePassAbove());
        analysis.put("weightsDifferWithinMunicipality", a.weightsDifferWithinMunicipality());
        analysis.put("wgrFormalVoteAllowed", a.wgrFormalVoteAllowed());
        analysis.set("power", power(a.power()));
        return root;
    }

    /**
     * A SHA-256 fingerprint of everything a result is computed from (and of the computation version): equal
     * fingerprints mean the stored result still answers the current votes, so it need not be written again.
     */
    public static String fingerprint(VoteInputs inputs) {
        try {
            ObjectNode node = MAPPER.createObjectNode();
            node.put("computationVersion", VoteEngine.VERSION);
            node.set("inputs", inputs(inputs));
            byte[] canonical = CANONICAL.writeValueAsBytes(node);
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(canonical);
            return java.util.HexFormat.of().formatHex(digest);
        } catch (JsonProcessingException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint vote inputs", e);
        }
    }

    private static ObjectNode inputs(VoteInputs in) {
        ObjectNode node = MAPPER.createObjectNode();
        Composition c = in.composition();
        ObjectNode composition = node.putObject("composition");
        composition.put("source", c.source());
        composition.put("validFrom", c.validFrom() == null ? null : c.validFrom().toString());
        strings(composition.putArray("extraColumns"), c.extraColumns());
        ArrayNode municipalities = composition.putArray("municipalities");
        for (Municipality m : c.municipalities()) {
            ObjectNode mn = municipalities.addObject();
            mn.put("name", m.name());
            mn.put("validVotes", m.validVotes());
            if (m.population() == null) {
                mn.putNull("population");
            } else {
                mn.put("population", m.population());
            }
            mn.put("councilSeats", m.councilSeats());
            ArrayNode groups = mn.putArray("partyGroups");
            for (PartyGroup g : m.partyGroups()) {
                ObjectNode gn = groups.addObject();
                gn.put("name", g.name());
                gn.put("seats", g.seats());
                if (g.votes() == null) {
                    gn.putNull("votes");
                } else {
                    gn.put("votes", g.votes());
                }
                ObjectNode attributes = gn.putObject("attributes");
                g.attributes().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .forEach(e -> attributes.put(e.getKey(), e.getValue()));
            }
        }
        if (in.municipalities() == null) {
            node.putNull("municipalities");
        } else {
            strings(node.putArray("municipalities"), in.municipalities());
        }
        node.put("scheme", in.scheme().name());
        node.put("rule", in.rule().spec());
        node.put("voteDate", in.voteDate() == null ? null : in.voteDate().toString());
        ObjectNode votes = node.putObject("votes");
        strings(votes.putArray("yes"), in.yes());
        strings(votes.putArray("no"), in.no());
        strings(votes.putArray("abstain"), in.abstain());
        return node;
    }

    /** Power indices as stored in a result (exact fractions, or an estimate with intervals and its label). */
    public static ObjectNode power(PowerAnalysis power) {
        ObjectNode node = MAPPER.createObjectNode();
        if (power.isExact()) {
            PowerIndices p = power.exact();
            node.put("method", p.method().name());
            node.put("totalSwings", p.totalSwings().toString());
            ArrayNode members = node.putArray("members");
            for (PowerIndices.MemberPower m : p.members()) {
                ObjectNode mn = members.addObject();
                mn.put("member", m.member().toString());
                mn.put("swings", m.swings().toString());
                mn.put("banzhaf", m.banzhaf().toString());
                mn.put("shapleyShubik", m.shapleyShubik().toString());
            }
            ArrayNode municipalities = node.putArray("municipalities");
            for (PowerIndices.MunicipalityPower m : p.municipalities()) {
                ObjectNode mn = municipalities.addObject();
                mn.put("municipality", m.municipality());
                mn.put("banzhaf", m.banzhaf().toString());
                mn.put("banzhafPct", m.banzhaf().toPercent(2).toPlainString());
                mn.put("shapleyShubik", m.shapleyShubik().toString());
                mn.put("shapleyShubikPct", m.shapleyShubik().toPercent(2).toPlainString());
            }
        } else {
            PowerEstimate e = power.estimate();
            node.put("method", "ESTIMATE");
            node.put("estimate", "schatting / estimate: " + power.whyEstimated());
            node.put("permutations", e.permutations());
            node.put("coalitions", e.coalitions());
            node.put("seed", e.seed());
            ArrayNode members = node.putArray("members");
            for (PowerEstimate.MemberEstimate m : e.members()) {
                ObjectNode mn = members.addObject();
                mn.put("member", m.member().toString());
                interval(mn.putObject("banzhaf"), m.banzhaf());
                interval(mn.putObject("shapleyShubik"), m.shapleyShubik());
            }
            ArrayNode municipalities = node.putArray("municipalities");
            for (PowerEstimate.MunicipalityEstimate m : e.municipalities()) {
                ObjectNode mn = municipalities.addObject();
                mn.put("municipality", m.municipality());
                interval(mn.putObject("banzhaf"), m.banzhaf());
                interval(mn.putObject("shapleyShubik"), m.shapleyShubik());
            }
        }
        return node;
    }

    private static void interval(ObjectNode node, PowerEstimate.Interval i) {
        node.put("estimate", i.estimate());
        node.put("low95", i.low());
        node.put("high95", i.high());
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    /** The inputs and version stored in an outcome's JSON, or the problems that make it unreadable. */
    public record Stored(String computationVersion, VoteInputs inputs, JsonNode tree) {
    }

    public static Result<Stored> read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return Result.rejected(Problem.of("not valid JSON: " + e.getOriginalMessage()));
        }
        if (root == null || !root.isObject()) {
            return Result.rejected(Problem.of("not a vote result: expected a JSON object"));
        }
        try {
            JsonNode in = require(root, "inputs");
            JsonNode c = require(in, "composition");
            StringBuilder csv = new StringBuilder();
            List<String> extra = new ArrayList<>();
            c.path("extraColumns").forEach(x -> extra.add(x.asText()));
            csv.append("municipality,valid_votes,population,council_seats,party,seats,party_votes");
            extra.forEach(x -> csv.append(',').append(x));
            csv.append('\n');
            for (JsonNode m : require(c, "municipalities")) {
                for (JsonNode g : require(m, "partyGroups")) {
                    List<String> cells = new ArrayList<>(List.of(text(require(m, "name")), text(require(m, "validVotes")),
                            text(m.path("population")), text(require(m, "councilSeats")), text(require(g, "name")),
                            text(require(g, "seats")), text(g.path("votes"))));
                    extra.forEach(x -> cells.add(text(g.path("attributes").path(x))));
                    csv.append(String.join(",", cells.stream().map(CompositionCsv::quote).toList())).append('\n');
                }
            }
            LocalDate validFrom = c.path("validFrom").isTextual() ? LocalDate.parse(c.get("validFrom").asText()) : null;
            Result<Composition> composition = CompositionCsv.parse(c.path("source").asText("stored result"), csv.toString(), validFrom);
            if (!composition.isOk()) {
                return Result.rejected(composition.problems());
            }
            List<String> municipalities = null;
            if (in.path("municipalities").isArray()) {
                municipalities = new ArrayList<>();
                for (JsonNode m : in.get("municipalities")) {
                    municipalities.add(m.asText());
                }
            }
            Result<WeightingScheme> scheme = WeightingScheme.parse(text(require(in, "scheme")));
            Result<DecisionRule> rule = DecisionRule.parse(text(require(in, "rule")));
            if (!scheme.isOk() || !rule.isOk()) {
                List<Problem> problems = new ArrayList<>(scheme.problems());
                problems.addAll(rule.problems());
                return Result.rejected(problems);
            }
            LocalDate voteDate = in.path("voteDate").isTextual() ? LocalDate.parse(in.get("voteDate").asText()) : null;
            JsonNode votes = require(in, "votes");
            VoteInputs inputs = new VoteInputs(composition.value(), municipalities, scheme.value(), rule.value(), voteDate,
                    list(votes.path("yes")), list(votes.path("no")), list(votes.path("abstain")));
            return Result.ok(new Stored(root.path("computationVersion").asText(null), inputs, root));
        } catch (MissingField e) {
            return Result.rejected(Problem.at(null, 0, e.getMessage(), "missing in the stored result"));
        } catch (RuntimeException e) {
            return Result.rejected(Problem.of("unreadable stored result: " + e.getMessage()));
        }
    }

    /**
     * Every difference between a stored result and a recomputed one, as {@code path: stored → recomputed};
     * empty when they are identical.
     */
    public static List<String> differences(JsonNode stored, JsonNode recomputed) {
        List<String> out = new ArrayList<>();
        diff("", stored, recomputed, out);
        return out;
    }

    private static void diff(String path, JsonNode a, JsonNode b, List<String> out) {
        if (a == null || a.isMissingNode()) {
            out.add(path + ": (absent) → " + b);
            return;
        }
        if (b == null || b.isMissingNode()) {
            out.add(path + ": " + a + " → (absent)");
            return;
        }
        if (a.isObject() && b.isObject()) {
            for (Iterator<String> it = a.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                diff(path + "/" + f, a.get(f), b.path(f), out);
            }
            for (Iterator<String> it = b.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!a.has(f)) {
                    diff(path + "/" + f, a.path(f), b.get(f), out);
                }
            }
        } else if (a.isArray() && b.isArray()) {
            for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
                diff(path + "/" + i, a.path(i), b.path(i), out);
            }
        } else if (a.isNumber() && b.isNumber()) {
            // 55146 read back is an int node where a long node was written: compare numbers by value.
            if (a.decimalValue().compareTo(b.decimalValue()) != 0) {
                out.add(path + ": " + a + " → " + b);
            }
        } else if (!a.equals(b)) {
            out.add(path + ": " + a + " → " + b);
        }
    }

    private static final class MissingField extends RuntimeException {
        MissingField(String field) {
            super(field);
        }
    }

    private static JsonNode require(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw new MissingField(field);
        }
        return v;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? "" : node.asText();
    }

    private static List<String> list(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
