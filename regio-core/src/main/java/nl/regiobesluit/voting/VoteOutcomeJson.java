package nl.regiobesluit.voting;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
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

    /** No stored number needs more characters: counts and seeds fit a long, estimates are doubles. */
    private static final int MAX_NUMBER_CHARS = 40;

    /** The largest stored result read, in characters (a result of a body of thousands of members is well below 1 MB). */
    public static final int MAX_CHARS = 8 * 1024 * 1024;

    /**
     * The reader of stored results trusts nothing: exactly one JSON value (text after it, even a second object, is
     * refused rather than ignored), no key twice in one object (else which value counts depends on the parser), and
     * limits on document size, number length and nesting, checked while parsing, before any work is done.
     */
    private static final ObjectMapper READER = new ObjectMapper(JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxDocumentLength(MAX_CHARS)
                    .maxStringLength(MAX_CHARS)
                    .maxNumberLength(MAX_NUMBER_CHARS)
                    .maxNestingDepth(32)
                    .build())
            .build())
            // Not FAIL_ON_TRAILING_TOKENS: it reports trailing text that is no JSON token ("x", a NUL) as a syntax error
            // of its own; trailing(...) names every kind of text after the value the same way.
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

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
        if (!VoteEngine.VERSION_1.equals(outcome.computationVersion())) {
            // Since /2 a result carries the fingerprint of its inputs and a digest of every part of them, so that
            // verify sees inputs edited afterwards even where the numbers do not change (a /1 result has neither).
            root.put(INPUT_FINGERPRINT, fingerprint(outcome.inputs(), outcome.computationVersion()));
            root.set(INPUT_DIGESTS, digests(outcome.inputs()));
        }
        root.set("inputs", inputs(outcome.inputs(), true));
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

    static final String INPUT_FINGERPRINT = "inputFingerprint";
    static final String INPUT_DIGESTS = "inputDigests";

    /**
     * A SHA-256 fingerprint of everything a result is computed from (and of the computation version): equal
     * fingerprints mean the stored result still answers the current votes, so it need not be written again.
     * Since {@code regiobesluit-vote/2} it leaves out where the composition was read from (a file path, which differs
     * per machine and changes when a file moves, while the result does not).
     */
    public static String fingerprint(VoteInputs inputs) {
        return fingerprint(inputs, VoteEngine.versionOf(inputs));
    }

    /**
     * Whether a stored result (its {@code rb:resultComputationVersion} and {@code rb:resultInputHash}) was computed
     * from these inputs, by the version these inputs take now or by any earlier readable one. A result is never
     * recomputed only because the computation moved on: a {@code regiobesluit-vote/1} result, and a {@code /2} result
     * of a game whose weights need more than 61 bits (now {@code /3}), stay as they were stored until their votes change.
     */
    public static boolean isResultOf(String storedVersion, String storedHash, VoteInputs inputs) {
        return storedVersion != null && storedHash != null && VoteEngine.READABLE_VERSIONS.contains(storedVersion)
                && fingerprint(inputs, storedVersion).equals(storedHash);
    }

    /**
     * The fingerprint as the given computation version took it: {@code regiobesluit-vote/1} included the composition's
     * source, so that verify can still check the {@code rb:resultInputHash} of a result stored by /1.
     */
    public static String fingerprint(VoteInputs inputs, String computationVersion) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("computationVersion", computationVersion);
        node.set("inputs", inputs(inputs, VoteEngine.VERSION_1.equals(computationVersion)));
        return sha256(node);
    }

    /**
     * A short digest of every part of the inputs, so that verify can name what was edited, not only that something
     * was: the composition's source, date, extra columns and list of municipalities, each municipality by name, the
     * participants, scheme, rule, date and each list of votes.
     */
    static ObjectNode digests(VoteInputs in) {
        ObjectNode all = inputs(in, false);
        ObjectNode composition = (ObjectNode) all.get("composition");
        ObjectNode d = MAPPER.createObjectNode();
        // Where the composition was read from is a label, not an input: left out of the fingerprint (a moved file
        // must not make a result stale), but digested, so that an edit of it in a stored result is still seen.
        d.put("composition.source", shortDigest(MAPPER.getNodeFactory().textNode(in.composition().source())));
        d.put("composition.validFrom", shortDigest(composition.get("validFrom")));
        d.put("composition.extraColumns", shortDigest(composition.get("extraColumns")));
        ArrayNode names = MAPPER.createArrayNode();
        composition.get("municipalities").forEach(m -> names.add(m.get("name")));
        d.put("composition.municipalities", shortDigest(names));
        composition.get("municipalities").forEach(m -> d.put(MUNICIPALITY_DIGEST + m.get("name").asText(), shortDigest(m)));
        for (String part : List.of("municipalities", "scheme", "rule", "voteDate")) {
            d.put(part, shortDigest(all.get(part)));
        }
        for (String list : List.of("yes", "no", "abstain")) {
            d.put("votes." + list, shortDigest(all.get("votes").get(list)));
        }
        return d;
    }

    static final String MUNICIPALITY_DIGEST = "composition.municipality:";

    /** 64 bits of SHA-256 are plenty to tell which part changed; the full fingerprint guards the whole. */
    private static String shortDigest(JsonNode part) {
        ArrayNode wrapper = MAPPER.createArrayNode().add(part);
        return sha256(wrapper).substring(0, 16);
    }

    private static String sha256(JsonNode node) {
        try {
            byte[] canonical = CANONICAL.writeValueAsBytes(node);
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(canonical);
            return java.util.HexFormat.of().formatHex(digest);
        } catch (JsonProcessingException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint vote inputs", e);
        }
    }

    private static ObjectNode inputs(VoteInputs in, boolean withSource) {
        ObjectNode node = MAPPER.createObjectNode();
        Composition c = in.composition();
        ObjectNode composition = node.putObject("composition");
        if (withSource) {
            composition.put("source", c.source());
        }
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

    /**
     * The inputs of a stored result. Every problem names the JSON path of the value (e.g.
     * {@code inputs.composition.municipalities[1].partyGroups[0].seats}) and no source: the caller names the
     * stored result it read ({@link Result#withSource}).
     */
    public static Result<Stored> read(String json) {
        if (json.length() > MAX_CHARS) {
            return Result.rejected(tooLarge());
        }
        JsonNode root;
        try (JsonParser parser = READER.getFactory().createParser(json)) {
            root = READER.readTree(parser);
            Problem trailing = trailing(parser);
            if (trailing != null) {
                return Result.rejected(trailing);
            }
        } catch (JsonProcessingException e) {
            return Result.rejected(unreadable(e));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("reading a string cannot fail", e);
        }
        if (root == null || root.isMissingNode()) {
            return Result.rejected(Problem.bilingual("leeg: geen stemuitslag", "empty: no vote result"));
        }
        if (!root.isObject()) {
            return Result.rejected(Problem.bilingual("geen stemuitslag: verwacht een JSON-object, niet " + shown(root),
                    "not a vote result: expected a JSON object, not " + shown(root)));
        }
        try {
            return new StoredReader().read(root);
        } catch (MissingField e) {
            return Result.rejected(Problem.bilingualAt(null, 0, e.getMessage(), "ontbreekt in de opgeslagen uitslag",
                    "missing in the stored result"));
        }
    }

    static Problem tooLarge() {
        return Problem.bilingual("te groot voor een stemuitslag: meer dan " + MAX_CHARS + " tekens",
                "too large for a vote result: more than " + MAX_CHARS + " characters");
    }

    /**
     * Anything but white space after the one JSON value, whether or not it is JSON itself: a second object would
     * otherwise be ignored by one reader and read by another.
     */
    private static Problem trailing(JsonParser parser) {
        int line;
        try {
            if (parser.nextToken() == null) {
                return null;
            }
            line = parser.currentTokenLocation().getLineNr();
        } catch (JsonProcessingException e) {
            line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("reading a string cannot fail", e);
        }
        return Problem.bilingualAt(null, Math.max(0, line), null, "na de JSON-waarde volgt nog tekst; een uitslag is precies één JSON-waarde",
                "text follows the JSON value; a result is exactly one JSON value");
    }

    /** One line for JSON that cannot be read, with the line it was found on and, where known, the path of the value. */
    private static Problem unreadable(JsonProcessingException e) {
        int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
        String path = null;
        if (e.getProcessor() instanceof JsonParser parser && parser.getParsingContext() != null) {
            path = dotted(parser.getParsingContext().pathAsPointer().toString());
        }
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        java.util.regex.Matcher duplicate = java.util.regex.Pattern.compile("Duplicate field '(.*)'", java.util.regex.Pattern.DOTALL)
                .matcher(message);
        if (duplicate.lookingAt()) {
            String key = capped(duplicate.group(1));
            // The path ends with the key itself.
            return Problem.bilingualAt(null, line, path == null ? key : path, "staat twee keer in hetzelfde object",
                    "appears twice in one object");
        }
        if (e instanceof StreamConstraintsException) {
            if (message.startsWith("Number value length")) {
                return Problem.bilingualAt(null, line, path, "getal langer dan " + MAX_NUMBER_CHARS + " tekens",
                        "number longer than " + MAX_NUMBER_CHARS + " characters");
            }
            if (message.contains("nesting depth")) {
                return Problem.bilingualAt(null, line, path, "te diep genest", "nested too deeply");
            }
            return Problem.bilingualAt(null, line, path, "te groot voor een stemuitslag", "too large for a vote result");
        }
        if (e instanceof JsonEOFException) {
            return Problem.bilingualAt(null, line, path, "de JSON houdt onverwacht op", "the JSON ends unexpectedly");
        }
        return Problem.bilingualAt(null, line, path, "geen geldige JSON", "not valid JSON: " + capped(message));
    }

    /** A JSON pointer ({@code /inputs/votes/yes/0}) in the form every other problem uses ({@code inputs.votes.yes[0]}). */
    private static String dotted(String pointer) {
        if (pointer.isEmpty()) {
            return null;
        }
        StringBuilder path = new StringBuilder();
        String[] segments = pointer.substring(1).split("/", -1);
        // Deeper than a stored result ever is: name the last few steps only, so the problem stays one short line.
        int from = Math.max(0, segments.length - 6);
        if (from > 0) {
            path.append("…");
        }
        for (String segment : java.util.Arrays.asList(segments).subList(from, segments.length)) {
            String name = segment.replace("~1", "/").replace("~0", "~");
            if (name.matches("\\d{1,9}")) {
                path.append('[').append(name).append(']');
            } else {
                path.append(path.isEmpty() ? "" : ".").append(capped(name));
            }
        }
        return path.toString();
    }

    /** A value or text as shown in a problem: its first 40 characters on one line. */
    static String shown(JsonNode value) {
        return capped(value.toString());
    }

    private static String capped(String text) {
        String oneLine = text.replaceAll("[\\r\\n\\t]+", " ");
        return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 40) + "…";
    }

    /**
     * Reads the inputs back, checking the type of every value first so that each problem names its JSON path; the
     * composition is then read through {@link CompositionCsv} (one row per party group), and what that finds is
     * mapped from the row back to the municipality and party group it came from.
     */
    private static final class StoredReader {
        private static final String COMPOSITION = "inputs.composition";
        private final List<Problem> problems = new ArrayList<>();

        Result<Stored> read(JsonNode root) {
            String version = computationVersion(root);
            JsonNode in = require(root, "inputs", "inputs");
            JsonNode c = require(in, "composition", COMPOSITION);
            List<String> extra = optionalStrings(c, "extraColumns", COMPOSITION + ".extraColumns");
            LocalDate validFrom = date(c, "validFrom", COMPOSITION + ".validFrom");
            List<String> municipalities = optionalStrings(in, "municipalities", "inputs.municipalities");
            String schemeText = text(in, "scheme", "inputs.scheme");
            String ruleText = text(in, "rule", "inputs.rule");
            LocalDate voteDate = date(in, "voteDate", "inputs.voteDate");
            JsonNode votes = require(in, "votes", "inputs.votes");
            if (!votes.isObject()) {
                problems.add(at("inputs.votes", "moet een object met de lijsten yes, no en abstain zijn, niet " + shown(votes),
                        "must be an object with the arrays yes, no and abstain, not " + shown(votes)));
            }
            List<String> yes = votes(votes, "yes");
            List<String> no = votes(votes, "no");
            List<String> abstain = votes(votes, "abstain");
            List<int[]> rows = new ArrayList<>();
            String csv = compositionCsv(c, extra == null ? List.of() : extra, rows);
            if (!problems.isEmpty() || version == null) {
                return Result.rejected(problems);
            }
            Result<Composition> composition = CompositionCsv.parse(c.path("source").asText("stored result"), csv, validFrom);
            if (!composition.isOk()) {
                return Result.rejected(composition.problems().stream().map(p -> inJson(p, rows)).toList());
            }
            Result<WeightingScheme> scheme = WeightingScheme.parse(schemeText);
            Result<DecisionRule> rule = DecisionRule.parse(ruleText);
            if (!scheme.isOk() || !rule.isOk()) {
                List<Problem> rejected = new ArrayList<>(scheme.problems().stream().map(p -> placed(p, "inputs.scheme")).toList());
                rejected.addAll(rule.problems().stream().map(p -> placed(p, "inputs.rule")).toList());
                return Result.rejected(rejected);
            }
            VoteInputs inputs = new VoteInputs(composition.value(), municipalities, scheme.value(), rule.value(), voteDate,
                    yes, no, abstain);
            return Result.ok(new Stored(version, inputs, root));
        }

        /**
         * The computation version, which must be one this engine can recompute: the current one or an earlier one whose
         * numbers it reproduces ({@link VoteEngine#READABLE_VERSIONS}). An unknown version is not checked at all.
         */
        private String computationVersion(JsonNode root) {
            String version = text(root, "computationVersion", "computationVersion");
            if (version != null && !VoteEngine.READABLE_VERSIONS.contains(version)) {
                problems.add(at("computationVersion", "onbekende rekenversie '" + capped(version) + "' (bekend: "
                                + String.join(", ", VoteEngine.READABLE_VERSIONS) + ")",
                        "unknown computation version '" + capped(version) + "' (known: " + String.join(", ", VoteEngine.READABLE_VERSIONS) + ")"));
                return null;
            }
            return version;
        }

        /** A problem of the rule or scheme text, placed at its JSON path. */
        private static Problem placed(Problem p, String path) {
            return p.field() == null ? new Problem(null, 0, path, p.message(), p.messageNl()) : p;
        }

        private static Problem at(String path, String nl, String en) {
            return Problem.bilingualAt(null, 0, path, nl, en);
        }

        /** The composition as CSV, one row per party group; {@code rows} gets {municipality, group} index per row. */
        private String compositionCsv(JsonNode c, List<String> extra, List<int[]> rows) {
            StringBuilder csv = new StringBuilder("municipality,valid_votes,population,council_seats,party,seats,party_votes");
            extra.forEach(x -> csv.append(',').append(CompositionCsv.quote(x)));
            csv.append('\n');
            String path = COMPOSITION + ".municipalities";
            JsonNode list = require(c, "municipalities", path);
            if (!list.isArray() || list.isEmpty()) {
                problems.add(list.isArray() ? at(path, "bevat geen gemeenten", "has no municipalities")
                        : at(path, "moet een lijst van gemeenten zijn, niet " + shown(list), "must be an array of municipalities, not " + shown(list)));
                return csv.toString();
            }
            java.util.Map<String, Integer> seen = new java.util.HashMap<>();
            for (int i = 0; i < list.size(); i++) {
                JsonNode m = list.get(i);
                String mp = path + "[" + i + "]";
                if (!m.isObject()) {
                    problems.add(at(mp, "moet een object zijn, niet " + shown(m), "must be an object, not " + shown(m)));
                    continue;
                }
                String name = text(m, "name", mp + ".name");
                Integer earlier = name == null ? null : seen.putIfAbsent(name, i);
                if (earlier != null) {
                    problems.add(at(mp + ".name", "gemeente '" + capped(name) + "' staat er twee keer in (ook " + path + "[" + earlier + "])",
                            "municipality '" + capped(name) + "' appears twice (also " + path + "[" + earlier + "])"));
                }
                String validVotes = wholeNumber(m, "validVotes", mp + ".validVotes", true);
                String population = wholeNumber(m, "population", mp + ".population", false);
                String councilSeats = wholeNumber(m, "councilSeats", mp + ".councilSeats", true);
                JsonNode groups = require(m, "partyGroups", mp + ".partyGroups");
                if (!groups.isArray() || groups.isEmpty()) {
                    problems.add(groups.isArray() ? at(mp + ".partyGroups", "bevat geen fracties", "has no party groups")
                            : at(mp + ".partyGroups", "moet een lijst van fracties zijn, niet " + shown(groups),
                            "must be an array of party groups, not " + shown(groups)));
                    continue;
                }
                for (int j = 0; j < groups.size(); j++) {
                    JsonNode g = groups.get(j);
                    String gp = mp + ".partyGroups[" + j + "]";
                    if (!g.isObject()) {
                        problems.add(at(gp, "moet een object zijn, niet " + shown(g), "must be an object, not " + shown(g)));
                        continue;
                    }
                    List<String> cells = new ArrayList<>(List.of(nn(name), nn(validVotes), nn(population), nn(councilSeats),
                            nn(text(g, "name", gp + ".name")), nn(wholeNumber(g, "seats", gp + ".seats", true)),
                            nn(wholeNumber(g, "votes", gp + ".votes", false))));
                    JsonNode attributes = g.path("attributes");
                    if (!attributes.isMissingNode() && !attributes.isNull() && !attributes.isObject()) {
                        problems.add(at(gp + ".attributes", "moet een object met teksten zijn, niet " + shown(attributes),
                                "must be an object of texts, not " + shown(attributes)));
                        attributes = MAPPER.createObjectNode();
                    }
                    for (String x : extra) {
                        String value = attributes.has(x) && !attributes.get(x).isNull() ? text(attributes, x, gp + ".attributes." + x) : "";
                        cells.add(nn(value));
                    }
                    csv.append(String.join(",", cells.stream().map(CompositionCsv::quote).toList())).append('\n');
                    rows.add(new int[]{i, j});
                }
            }
            return csv.toString();
        }

        /** A problem CompositionCsv found in a row, named by the municipality or party group the row came from. */
        private static Problem inJson(Problem p, List<int[]> rows) {
            String path = COMPOSITION;
            if (p.line() == 1) {
                path = COMPOSITION + ".extraColumns";
            } else if (p.line() >= 2 && p.line() - 2 < rows.size()) {
                path = jsonPath(rows.get(p.line() - 2), p.field(), p.message());
            } else if (p.field() != null) {
                path = COMPOSITION + "." + p.field();
            }
            // The CSV reader names other rows by line ("also on line 2", "ook op regel 2"); name them by JSON path here.
            int municipality = p.line() >= 2 && p.line() - 2 < rows.size() ? rows.get(p.line() - 2)[0] : -1;
            String en = byPath(p.message(), "on line (\\d{1,9})", "at ", rows, municipality)
                    .replace("on an earlier line (first at", "earlier (first at");
            String nl = p.messageNl() == null ? null : byPath(p.messageNl(), "(?:op )?regel (\\d{1,9})", "bij ", rows, municipality);
            return new Problem(null, 0, path, en, nl);
        }

        /**
         * A row in the same municipality as the problem's own is named relative to it ({@code partyGroups[0]}): the
         * problem's place already names the municipality, and the full path twice, in Dutch and in English, would not
         * fit the one line of 300 characters the CLI promises.
         */
        private static String byPath(String message, String linePattern, String word, List<int[]> rows, int municipality) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(linePattern).matcher(message);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                int line = Integer.parseInt(m.group(1));
                String at = m.group();
                if (line >= 2 && line - 2 < rows.size()) {
                    int[] row = rows.get(line - 2);
                    at = word + (row[0] == municipality ? "partyGroups[" + row[1] + "]" : jsonPath(row, null, ""));
                }
                m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(at));
            }
            m.appendTail(out);
            return out.toString();
        }

        private static String jsonPath(int[] row, String column, String message) {
            String municipality = COMPOSITION + ".municipalities[" + row[0] + "]";
            String group = municipality + ".partyGroups[" + row[1] + "]";
            if (column == null) {
                return group;
            }
            return switch (column) {
                case CompositionCsv.MUNICIPALITY -> municipality + ".name";
                case CompositionCsv.VALID_VOTES -> municipality + ".validVotes";
                case CompositionCsv.POPULATION -> municipality + ".population";
                case CompositionCsv.COUNCIL_SEATS -> municipality + ".councilSeats";
                case CompositionCsv.PARTY -> group + ".name";
                case CompositionCsv.SEATS -> message.startsWith("seats of the party groups") ? municipality + ".partyGroups" : group + ".seats";
                case CompositionCsv.PARTY_VOTES -> group + ".votes";
                default -> group + ".attributes." + column;
            };
        }

        private JsonNode require(JsonNode node, String field, String path) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                throw new MissingField(path);
            }
            return v;
        }

        /** A required text (without line breaks, which the composition rows cannot hold); null and a problem otherwise. */
        private String text(JsonNode node, String field, String path) {
            JsonNode v = require(node, field, path);
            if (!v.isTextual()) {
                problems.add(at(path, "moet een tekst zijn, niet " + shown(v), "must be a text, not " + shown(v)));
                return null;
            }
            if (v.asText().contains("\n") || v.asText().contains("\r")) {
                problems.add(at(path, "mag geen regeleinde bevatten", "must not contain a line break"));
                return null;
            }
            return v.asText();
        }

        /** A whole number as its digits ("" when optional and absent); the composition reader checks its range. */
        private String wholeNumber(JsonNode node, String field, String path, boolean required) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                if (required) {
                    throw new MissingField(path);
                }
                return "";
            }
            if (!v.isIntegralNumber()) {
                problems.add(at(path, "geen geheel getal: " + shown(v), "not a whole number: " + shown(v)));
                return null;
            }
            return v.bigIntegerValue().toString();
        }

        private LocalDate date(JsonNode node, String field, String path) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                return null;
            }
            if (v.isTextual()) {
                try {
                    return LocalDate.parse(v.asText());
                } catch (java.time.DateTimeException e) {
                    // named below
                }
            }
            problems.add(at(path, "geen datum: moet JJJJ-MM-DD zijn, niet " + shown(v), "not a date: must be YYYY-MM-DD, not " + shown(v)));
            return null;
        }

        /** An array of texts, or null when absent or null. */
        private List<String> optionalStrings(JsonNode node, String field, String path) {
            JsonNode v = node.get(field);
            return v == null || v.isNull() ? null : strings(v, path);
        }

        private List<String> votes(JsonNode votes, String list) {
            if (!votes.isObject()) {
                return List.of();
            }
            List<String> values = strings(require(votes, list, "inputs.votes." + list), "inputs.votes." + list);
            return values == null ? List.of() : values;
        }

        private List<String> strings(JsonNode v, String path) {
            if (!v.isArray()) {
                problems.add(at(path, "moet een lijst van teksten zijn, niet " + shown(v), "must be an array of texts, not " + shown(v)));
                return null;
            }
            List<String> values = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                if (!v.get(i).isTextual()) {
                    problems.add(at(path + "[" + i + "]", "moet een tekst zijn, niet " + shown(v.get(i)), "must be a text, not " + shown(v.get(i))));
                } else {
                    values.add(v.get(i).asText());
                }
            }
            return values;
        }

        private static String nn(String s) {
            return s == null ? "" : s;
        }
    }

    /**
     * Every difference between a stored result and its recomputation: first the inputs against their fingerprint and
     * digests, then every other value ({@link #differences}); empty when nothing differs.
     */
    static List<String> compare(Stored stored, VoteOutcome recomputed) {
        ObjectNode fresh = toTree(recomputed);
        List<String> out = new ArrayList<>(inputDifferences(stored.tree(), fresh));
        ObjectNode rest = stored.tree().deepCopy();
        rest.remove(List.of(INPUT_FINGERPRINT, INPUT_DIGESTS));
        ObjectNode freshRest = fresh.deepCopy();
        freshRest.remove(List.of(INPUT_FINGERPRINT, INPUT_DIGESTS));
        out.addAll(differences(rest, freshRest));
        return out;
    }

    /**
     * The stored inputs against their stored fingerprint, then part by part against the stored digests: one line per
     * part that was changed, removed or added after the result was computed. A /1 result has neither, and gets none.
     */
    private static List<String> inputDifferences(JsonNode stored, ObjectNode fresh) {
        List<String> out = new ArrayList<>();
        if (!fresh.has(INPUT_FINGERPRINT)) {
            if (stored.has(INPUT_FINGERPRINT) || stored.has(INPUT_DIGESTS)) {
                out.add("/" + INPUT_FINGERPRINT + ": een " + VoteEngine.VERSION_1 + "-uitslag heeft geen"
                        + " vingerafdruk / a " + VoteEngine.VERSION_1 + " result has no fingerprint");
            }
            return out;
        }
        String expected = fresh.get(INPUT_FINGERPRINT).asText();
        JsonNode fingerprint = stored.path(INPUT_FINGERPRINT);
        if (!fingerprint.isTextual() || !fingerprint.asText().equals(expected)) {
            String was = fingerprint.isMissingNode() ? "(absent)"
                    : fingerprint.isTextual() && fingerprint.asText().length() <= 64 ? fingerprint.toString() : shown(fingerprint);
            out.add("/" + INPUT_FINGERPRINT + ": " + was
                    + " → \"" + expected + "\": de invoer klopt niet met haar vingerafdruk / the inputs do not match their fingerprint");
        }
        JsonNode digests = stored.path(INPUT_DIGESTS);
        JsonNode freshDigests = fresh.get(INPUT_DIGESTS);
        if (!digests.isObject()) {
            out.add("/" + INPUT_DIGESTS + ": " + (digests.isMissingNode() ? "(absent)" : shown(digests))
                    + " → de samenvatting per deel ontbreekt / the digest per part is missing");
            return out;
        }
        for (Iterator<String> it = freshDigests.fieldNames(); it.hasNext(); ) {
            String part = it.next();
            JsonNode was = digests.get(part);
            if (was == null) {
                out.add(inputLine(part, "toegevoegd na de berekening", "added after the result was computed"));
            } else if (!was.equals(freshDigests.get(part))) {
                out.add(inputLine(part, "gewijzigd na de berekening", "changed after the result was computed"));
            }
        }
        for (Iterator<String> it = digests.fieldNames(); it.hasNext(); ) {
            String part = it.next();
            if (!freshDigests.has(part)) {
                out.add(inputLine(part, "verwijderd na de berekening", "removed after the result was computed"));
            }
        }
        return out;
    }

    private static String inputLine(String part, String nl, String en) {
        if (part.startsWith(MUNICIPALITY_DIGEST)) {
            String name = shown(com.fasterxml.jackson.databind.node.TextNode.valueOf(
                    part.substring(MUNICIPALITY_DIGEST.length())));
            return "/inputs/composition: gemeente " + name + " " + nl + " / municipality " + name + " " + en;
        }
        String shownPart = shown(com.fasterxml.jackson.databind.node.TextNode.valueOf(part));
        return "/inputs: " + shownPart + " " + nl + " / " + shownPart + " " + en;
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
            out.add(path + ": (absent) → " + shown(b));
            return;
        }
        if (b == null || b.isMissingNode()) {
            out.add(path + ": " + shown(a) + " → (absent)");
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
            // 55146 read back is an int node where a long node was written: compare numbers by value. Whole numbers as
            // integers; others as the doubles they were written from (a double's text reads back to the same double).
            boolean same = a.isIntegralNumber() && b.isIntegralNumber() ? a.bigIntegerValue().equals(b.bigIntegerValue())
                    : Double.compare(a.doubleValue(), b.doubleValue()) == 0;
            if (!same) {
                out.add(path + ": " + shown(a) + " → " + shown(b));
            }
        } else if (!a.equals(b)) {
            out.add(path + ": " + shown(a) + " → " + shown(b));
        }
    }

    private static final class MissingField extends RuntimeException {
        MissingField(String field) {
            super(field);
        }
    }
}
