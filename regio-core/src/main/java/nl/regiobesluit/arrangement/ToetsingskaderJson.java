package nl.regiobesluit.arrangement;

import nl.regiobesluit.shared.Problem;
import nl.regiobesluit.shared.Result;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads a toetsingskader file (JSON, Jackson); every problem names the JSON path. */
public final class ToetsingskaderJson {

    public static final String FORMAT = "regiobesluit-toetsingskader/1";
    static final List<String> PARTS = List.of("strategisch", "bedrijfsvoering", "bedrijfseconomisch", "juridisch");

    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private ToetsingskaderJson() {
    }

    public static Result<Toetsingskader> read(InputStream in, String source) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            return Result.rejected(List.of(Problem.bilingualAt(source, line, null, "geen geldige JSON: " + e.getOriginalMessage(),
                    "not valid JSON: " + e.getOriginalMessage())));
        }
        List<Problem> problems = new ArrayList<>();
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            problems.add(Problem.bilingualAt(source, 0, "format", "verwacht " + FORMAT, "expected " + FORMAT));
            return Result.rejected(problems);
        }
        List<Toetsingskader.Part> parts = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        JsonNode ps = root.path("parts");
        for (int i = 0; i < ps.size(); i++) {
            JsonNode p = ps.get(i);
            String at = "parts[" + i + "]";
            String pid = text(p, "id", at, source, problems);
            List<Toetsingskader.Question> qs = new ArrayList<>();
            JsonNode questions = p.path("questions");
            if (questions.isEmpty()) {
                problems.add(Problem.bilingualAt(source, 0, at + ".questions", "een deel zonder vragen", "a part without questions"));
            }
            for (int j = 0; j < questions.size(); j++) {
                JsonNode q = questions.get(j);
                String qat = at + ".questions[" + j + "]";
                String qid = text(q, "id", qat, source, problems);
                if (qid != null && !ids.add(qid)) {
                    problems.add(Problem.bilingualAt(source, 0, qat + ".id", "vraag " + qid + " staat er twee keer in",
                            "question " + qid + " is listed twice"));
                }
                qs.add(new Toetsingskader.Question(qid, text(q, "nl", qat, source, problems), text(q, "en", qat, source, problems)));
            }
            parts.add(new Toetsingskader.Part(pid, text(p, "nl", at, source, problems), text(p, "en", at, source, problems), qs));
        }
        List<String> partIds = parts.stream().map(Toetsingskader.Part::id).toList();
        if (!partIds.equals(PARTS)) {
            problems.add(Problem.bilingualAt(source, 0, "parts", "verwacht de vier delen " + PARTS + ", niet " + partIds,
                    "expected the four parts " + PARTS + ", not " + partIds));
        }
        return problems.isEmpty() ? Result.ok(new Toetsingskader(root.path("source").asText(""), parts)) : Result.rejected(problems);
    }

    private static String text(JsonNode node, String field, String at, String source, List<Problem> problems) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            problems.add(Problem.bilingualAt(source, 0, at + "." + field, "tekst ontbreekt", "text is missing"));
            return null;
        }
        return v.asText().strip();
    }
}
