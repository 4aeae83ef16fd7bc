package nl.regiobesluit.arrangement;

import nl.regiobesluit.model.RbModel;
import nl.regiobesluit.shared.AlfrescoDay;
import nl.regiobesluit.shared.Excerpt;
import nl.regiobesluit.shared.Problem;
import nl.regiobesluit.shared.Result;
import nl.regiobesluit.voting.WeightingScheme;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the joint-arrangement records ({@value #FORMAT}): node-shaped JSON whose {@code properties} are keyed by the
 * rb: QNames exactly as Alfresco's REST API returns them ({@code entry.properties}), so the same reader serves a file
 * and the nodes the command line fetched. Dates are {@code YYYY-MM-DD} or Alfresco's {@code 2026-06-25T00:00:00.000+0000}
 * (the date part is taken: a {@code d:date} has no time). Every problem names the JSON path and field.
 *
 * <pre>
 * {"format": "regiobesluit-gr-records/1",
 *  "arrangements": [{"properties": {...}, "voteWeights": [{"properties": {...}}],
 *                    "meetings": [{"properties": {...}, "coverNotes": [{"properties": {...}}]}],
 *                    "procedures": [{"properties": {...}, "zienswijzen": [{"properties": {...}}]}]}],
 *  "proposals": [{"properties": {"cm:name": ..., "rb:participatingMunicipalities": [...], "rb:checklistAnswers": [...]}}]}
 * </pre>
 */
public final class GrRecordsJson {

    public static final String FORMAT = "regiobesluit-gr-records/1";
    /** A records file larger than this is refused before it is parsed. */
    public static final long MAX_BYTES = 32L * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final String source;
    private final List<Problem> problems = new ArrayList<>();

    private GrRecordsJson(String source) {
        this.source = source;
    }

    public static Result<GrRecords> read(InputStream in, String source) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            return Result.rejected(List.of(Problem.bilingualAt(source, line, null, "geen geldige JSON: " + e.getOriginalMessage(),
                    "not valid JSON: " + e.getOriginalMessage())));
        }
        return read(root, source);
    }

    /** Reads a tree already in memory (the command line builds one from Alfresco's nodes). */
    public static Result<GrRecords> read(JsonNode root, String source) {
        GrRecordsJson r = new GrRecordsJson(source);
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            return Result.rejected(List.of(Problem.bilingualAt(source, 0, "format", "verwacht \"" + FORMAT + "\"", "expected \"" + FORMAT + "\"")));
        }
        List<GrRecords.ArrangementRecord> arrangements = r.list(root.path("arrangements"), "arrangements", r::arrangement);
        List<GrRecords.ProposalRecord> proposals = r.list(root.path("proposals"), "proposals", r::proposal);
        return r.problems.isEmpty() ? Result.ok(new GrRecords(arrangements, proposals)) : Result.rejected(r.problems);
    }

    private record At(JsonNode node, String path) {
        JsonNode props() {
            return node.path("properties");
        }
    }

    private <T> List<T> list(JsonNode array, String path, Function<At, T> each) {
        List<T> out = new ArrayList<>();
        if (array.isMissingNode() || array.isNull()) {
            return out;
        }
        if (!array.isArray()) {
            problem(path, "verwacht een lijst", "expected a list");
            return out;
        }
        for (int i = 0; i < array.size(); i++) {
            T value = each.apply(new At(array.get(i), path + "[" + i + "]"));
            if (value != null) {
                out.add(value);
            }
        }
        return out;
    }

    private GrRecords.ArrangementRecord arrangement(At at) {
        JsonNode p = at.props();
        String name = requiredText(at, RbModel.PROP_ARRANGEMENT_NAME);
        LegalForm form = enumValue(at, RbModel.PROP_LEGAL_FORM, LegalForm.class, true).orElse(null);
        List<String> participants = texts(at, RbModel.PROP_PARTICIPANTS);
        Map<String, List<String>> ab = members(at, RbModel.PROP_AB_MEMBERS, participants);
        Map<String, List<String>> db = members(at, RbModel.PROP_DB_MEMBERS, participants);
        Map<String, BigDecimal> shares = numbers(at, RbModel.PROP_BUDGET_SHARES, participants);
        int cycle = integer(at, RbModel.PROP_EVALUATION_CYCLE_YEARS).orElse(EvaluationPolicy.DEFAULT_CYCLE_YEARS);
        int lead = integer(at, RbModel.PROP_INSTRUCTION_LEAD_DAYS).orElse(InstructionPolicy.DEFAULT_LEAD_DAYS);
        InstructionPolicy.checkLeadDays(lead).ifPresent(x -> problem(at.path() + ".properties." + RbModel.PROP_INSTRUCTION_LEAD_DAYS,
                x.messageNl(), x.message()));
        List<VoteWeights> weights = list(at.node().path("voteWeights"), at.path() + ".voteWeights", w -> voteWeights(w, participants));
        List<GrRecords.Meeting> meetings = list(at.node().path("meetings"), at.path() + ".meetings", this::meeting);
        List<GrRecords.Procedure> procedures = list(at.node().path("procedures"), at.path() + ".procedures", this::procedure);
        if (name == null || form == null) {
            return null;
        }
        JointArrangement a = new JointArrangement(name, form, participants, ab, db, shares, integer(at, RbModel.PROP_BUDGET_SHARE_YEAR),
                p.path(RbModel.PROP_INFORMATION_PROTOCOL).asText(""), cycle, date(at, RbModel.PROP_LAST_EVALUATION_DATE), lead, weights);
        return new GrRecords.ArrangementRecord(a, meetings, procedures);
    }

    private VoteWeights voteWeights(At at, List<String> participants) {
        Optional<LocalDate> from = date(at, RbModel.PROP_WEIGHTS_VALID_FROM);
        if (from.isEmpty()) {
            problem(at.path() + ".properties." + RbModel.PROP_WEIGHTS_VALID_FROM, "datum ontbreekt", "date is missing");
            return null;
        }
        JsonNode p = at.props();
        Optional<String> scheme = optionalText(at, RbModel.PROP_WEIGHTS_SCHEME);
        List<String> schemes = java.util.Arrays.stream(WeightingScheme.values()).map(Enum::name).toList();
        if (scheme.isPresent() && !schemes.contains(scheme.get())) {
            problem(at.path() + ".properties." + RbModel.PROP_WEIGHTS_SCHEME, "geen wegingsschema van de rekenmodule: "
                    + Excerpt.quoted(scheme.get()) + " (verwacht " + String.join(", ", schemes) + ")", "not a weighting scheme of the engine: "
                    + Excerpt.quoted(scheme.get()) + " (expected " + String.join(", ", schemes) + ")");
        }
        return new VoteWeights(from.get(), numbers(at, RbModel.PROP_WEIGHTS_PER_PARTICIPANT, participants),
                p.path(RbModel.PROP_WEIGHTS_SOURCE).asText(""), p.path(RbModel.PROP_WEIGHTS_FORMULA).asText(""), scheme);
    }

    private GrRecords.Meeting meeting(At at) {
        Optional<LocalDate> date = date(at, RbModel.PROP_GR_MEETING_DATE);
        if (date.isEmpty()) {
            problem(at.path() + ".properties." + RbModel.PROP_GR_MEETING_DATE, "vergaderdatum ontbreekt", "meeting date is missing");
        }
        String kind = at.props().path(RbModel.PROP_GR_MEETING_KIND).asText(RbModel.GR_MEETING_ALGEMEEN_BESTUUR);
        List<GrRecords.CoverNote> notes = list(at.node().path("coverNotes"), at.path() + ".coverNotes", this::coverNote);
        return date.map(d -> new GrRecords.Meeting(d, kind, date(at, RbModel.PROP_AGENDA_FILED_ON), notes)).orElse(null);
    }

    private GrRecords.CoverNote coverNote(At at) {
        String m = requiredText(at, RbModel.PROP_COVER_NOTE_MUNICIPALITY);
        Optional<LocalDate> deadline = date(at, RbModel.PROP_INSTRUCTION_DEADLINE);
        Optional<LocalDate> given = date(at, RbModel.PROP_INSTRUCTION_GIVEN_ON);
        boolean escalated = at.props().path(RbModel.PROP_INSTRUCTION_ESCALATED).asBoolean(false);
        Optional<LocalDate> due = date(at, RbModel.PROP_REPORT_BACK_DUE);
        Optional<LocalDate> back = date(at, RbModel.PROP_REPORTED_BACK_ON);
        return m == null ? null : new GrRecords.CoverNote(m, deadline, given, escalated, due, back);
    }

    private GrRecords.Procedure procedure(At at) {
        Optional<ProcedureKind> kind = enumValue(at, RbModel.PROP_WGR_PROCEDURE_KIND, ProcedureKind.class, true);
        List<GrRecords.Zienswijze> z = list(at.node().path("zienswijzen"), at.path() + ".zienswijzen", this::zienswijze);
        Optional<LocalDate> sent = date(at, RbModel.PROP_WGR_SENT_ON);
        Optional<LocalDate> received = date(at, RbModel.PROP_WGR_RECEIVED_ON);
        Optional<LocalDate> deadline = date(at, RbModel.PROP_WGR_DEADLINE);
        Optional<LocalDate> board = date(at, RbModel.PROP_WGR_BOARD_MEETING_DATE);
        Optional<Integer> year = integer(at, RbModel.PROP_WGR_BUDGET_YEAR);
        Optional<LocalDate> joint = date(at, RbModel.PROP_JOINT_ZIENSWIJZE_ON);
        Optional<LocalDate> answer = date(at, RbModel.PROP_BOARD_ANSWER_ON);
        return kind.map(k -> new GrRecords.Procedure(k, sent, received, deadline, optionalText(at, RbModel.PROP_WGR_DEADLINE_BASIS), board, year,
                optionalText(at, RbModel.PROP_SUMMER_RECESS_NOTE), joint, answer, z)).orElse(null);
    }

    private GrRecords.Zienswijze zienswijze(At at) {
        String m = requiredText(at, RbModel.PROP_ZIENSWIJZE_MUNICIPALITY);
        ZienswijzeStatus status = enumValue(at, RbModel.PROP_ZIENSWIJZE_STATUS, ZienswijzeStatus.class, false).orElse(ZienswijzeStatus.PENDING);
        Optional<LocalDate> date = date(at, RbModel.PROP_ZIENSWIJZE_DATE);
        BoardResponse response = enumValue(at, RbModel.PROP_BOARD_RESPONSE, BoardResponse.class, false).orElse(BoardResponse.PENDING);
        return m == null ? null : new GrRecords.Zienswijze(m, status, date, response);
    }

    private GrRecords.ProposalRecord proposal(At at) {
        String name = at.props().path("cm:name").asText(at.node().path("name").asText(""));
        Optional<CooperationAction> action = enumValue(at, RbModel.PROP_COOPERATION_ACTION, CooperationAction.class, false);
        Result<ChecklistAnswers> answers = ChecklistAnswers.parse(texts(at, RbModel.PROP_CHECKLIST_ANSWERS),
                texts(at, RbModel.PROP_CHECKLIST_NOT_APPLICABLE), source);
        if (!answers.isOk()) {
            answers.problems().forEach(p -> problems.add(new Problem(source, 0, at.path() + ".properties." + p.field(), p.message(), p.messageNl())));
            return null;
        }
        return new GrRecords.ProposalRecord(name, texts(at, RbModel.PROP_PARTICIPATING_MUNICIPALITIES), action,
                optionalText(at, RbModel.PROP_COOPERATION_ARRANGEMENT), answers.value());
    }

    // ------------------------------------------------------------------ values

    private String requiredText(At at, String qname) {
        Optional<String> v = optionalText(at, qname);
        if (v.isEmpty()) {
            problem(at.path() + ".properties." + qname, "ontbreekt", "is missing");
        }
        return v.orElse(null);
    }

    private Optional<String> optionalText(At at, String qname) {
        JsonNode v = at.props().path(qname);
        return v.isTextual() && !v.asText().isBlank() ? Optional.of(v.asText().strip()) : Optional.empty();
    }

    /** A multi-valued text property: an array of strings (a single string is taken as a list of one). */
    private List<String> texts(At at, String qname) {
        JsonNode v = at.props().path(qname);
        List<String> out = new ArrayList<>();
        if (v.isTextual()) {
            out.add(v.asText());
        } else if (v.isArray()) {
            v.forEach(x -> out.add(x.asText()));
        } else if (!v.isMissingNode() && !v.isNull()) {
            problem(at.path() + ".properties." + qname, "verwacht een lijst van teksten", "expected a list of texts");
        }
        return out;
    }

    private <E extends Enum<E>> Optional<E> enumValue(At at, String qname, Class<E> type, boolean required) {
        Optional<String> v = optionalText(at, qname);
        if (v.isEmpty()) {
            if (required) {
                problem(at.path() + ".properties." + qname, "ontbreekt", "is missing");
            }
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, v.get()));
        } catch (IllegalArgumentException e) {
            problem(at.path() + ".properties." + qname, "onbekende waarde " + Excerpt.quoted(v.get()), "unknown value " + Excerpt.quoted(v.get()));
            return Optional.empty();
        }
    }

    private Optional<LocalDate> date(At at, String qname) {
        JsonNode v = at.props().path(qname);
        if (v.isMissingNode() || v.isNull() || (v.isTextual() && v.asText().isBlank())) {
            return Optional.empty();
        }
        String text = v.asText();
        try {
            return Optional.of(AlfrescoDay.of(text));
        } catch (DateTimeParseException e) {
            problem(at.path() + ".properties." + qname, "geen datum (JJJJ-MM-DD): " + Excerpt.quoted(text), "not a date (YYYY-MM-DD): " + Excerpt.quoted(text));
            return Optional.empty();
        }
    }

    private Optional<Integer> integer(At at, String qname) {
        JsonNode v = at.props().path(qname);
        if (v.isMissingNode() || v.isNull()) {
            return Optional.empty();
        }
        if (v.isIntegralNumber() && v.canConvertToInt()) {
            return Optional.of(v.intValue());
        }
        if (v.isTextual() && v.asText().strip().matches("-?\\d{1,9}")) {
            return Optional.of(Integer.parseInt(v.asText().strip()));
        }
        problem(at.path() + ".properties." + qname, "geen geheel getal: " + Excerpt.quoted(v.asText()), "not a whole number: " + Excerpt.quoted(v.asText()));
        return Optional.empty();
    }

    /** {@code Municipality=Name} values, grouped by municipality; each municipality must take part. */
    private Map<String, List<String>> members(At at, String qname, List<String> participants) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<String> values = texts(at, qname);
        for (int i = 0; i < values.size(); i++) {
            String[] kv = keyValue(at, qname, i, values.get(i), participants);
            if (kv != null) {
                out.computeIfAbsent(kv[0], k -> new ArrayList<>()).add(kv[1]);
            }
        }
        return out;
    }

    /** {@code Municipality=number} values (decimal point or comma). */
    private Map<String, BigDecimal> numbers(At at, String qname, List<String> participants) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        List<String> values = texts(at, qname);
        for (int i = 0; i < values.size(); i++) {
            String[] kv = keyValue(at, qname, i, values.get(i), participants);
            if (kv == null) {
                continue;
            }
            try {
                BigDecimal n = new BigDecimal(kv[1].replace(',', '.'));
                if (n.signum() < 0) {
                    throw new NumberFormatException();
                }
                if (out.put(kv[0], n) != null) {
                    problem(at.path() + ".properties." + qname + "[" + i + "]", kv[0] + " staat er twee keer in", kv[0] + " is given twice");
                }
            } catch (NumberFormatException e) {
                problem(at.path() + ".properties." + qname + "[" + i + "]", "geen getal van 0 of meer: " + Excerpt.quoted(kv[1]),
                        "not a number of 0 or more: " + Excerpt.quoted(kv[1]));
            }
        }
        return out;
    }

    private String[] keyValue(At at, String qname, int i, String value, List<String> participants) {
        int eq = value.indexOf('=');
        String field = at.path() + ".properties." + qname + "[" + i + "]";
        if (eq <= 0 || value.substring(0, eq).isBlank() || value.substring(eq + 1).isBlank()) {
            problem(field, "verwacht Gemeente=waarde, niet " + Excerpt.quoted(value), "expected Municipality=value, not " + Excerpt.quoted(value));
            return null;
        }
        String municipality = value.substring(0, eq).strip();
        Optional<String> known = participants.stream().filter(p -> p.strip().equalsIgnoreCase(municipality)).findFirst();
        if (known.isEmpty()) {
            problem(field, municipality + " neemt niet deel aan de regeling", municipality + " does not take part in the arrangement");
            return null;
        }
        return new String[] {known.get().strip(), value.substring(eq + 1).strip()};
    }

    private void problem(String field, String nl, String en) {
        problems.add(Problem.bilingualAt(source, 0, field, nl, en));
    }
}
