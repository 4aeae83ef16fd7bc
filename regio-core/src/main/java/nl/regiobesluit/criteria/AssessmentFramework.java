package nl.regiobesluit.criteria;

import nl.regiobesluit.routing.CooperationModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The assessment framework (toetsingskader) as shipped with the product: eleven criteria across five roles,
 * the 2017 judgments of four cooperation models on ten of them ({@code assessment_boogers_2017.csv}) and the
 * seven principles with the criteria that carry them ({@code principles_to_criteria.csv}).
 */
public final class AssessmentFramework {

    /** Judged with the other political-governance criteria in 2017 rather than on its own. */
    static final String UNJUDGED_CRITERION = "heldere_besluitvorming";

    private final List<Criterion> criteria;
    private final Map<CooperationModel, Map<String, Judgment>> judgments;
    private final Map<String, List<String>> principles;

    private AssessmentFramework(List<Criterion> criteria, Map<CooperationModel, Map<String, Judgment>> judgments,
                                Map<String, List<String>> principles) {
        this.criteria = List.copyOf(criteria);
        this.judgments = judgments;
        this.principles = Collections.unmodifiableMap(principles);
    }

    /** The framework shipped in this JAR; its files are facts of 2017 and a broken copy is a bug, so it throws. */
    public static AssessmentFramework shipped() {
        List<String[]> assessment = rows("assessment_boogers_2017.csv");
        String[] header = assessment.remove(0);
        List<CooperationModel> models = new ArrayList<>();
        for (int c = 2; c < header.length; c++) {
            String name = header[c];
            models.add(CooperationModel.parse(name).orElseThrow(() -> new IllegalStateException("unknown model " + name)));
        }
        List<Criterion> criteria = new ArrayList<>();
        Map<CooperationModel, Map<String, Judgment>> judgments = new EnumMap<>(CooperationModel.class);
        for (String[] row : assessment) {
            Role role = Role.valueOf(row[1]);
            criteria.add(new Criterion(row[0], role, true));
            for (int c = 2; c < row.length; c++) {
                String value = row[c];
                Judgment j = Judgment.parse(value).orElseThrow(() -> new IllegalStateException("unknown judgment " + value));
                judgments.computeIfAbsent(models.get(c - 2), m -> new LinkedHashMap<>()).put(row[0], j);
            }
        }
        // The criterion not judged on its own belongs to political governance, after the first of role A.
        criteria.add(1, new Criterion(UNJUDGED_CRITERION, Role.A, false));
        List<String[]> principleRows = rows("principles_to_criteria.csv");
        principleRows.remove(0);
        Map<String, List<String>> principles = new LinkedHashMap<>();
        for (String[] row : principleRows) {
            principles.put(row[0], List.of(row[1].split(";")));
        }
        return new AssessmentFramework(criteria, judgments, principles);
    }

    public List<Criterion> criteria() {
        return criteria;
    }

    public Optional<Criterion> criterion(String code) {
        return criteria.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** The models judged in 2017, in the order of the assessment. */
    public List<CooperationModel> judgedModels() {
        return List.copyOf(judgments.keySet());
    }

    public Optional<Judgment> judgment(CooperationModel model, String criterion) {
        return Optional.ofNullable(judgments.getOrDefault(model, Map.of()).get(criterion));
    }

    /** The seven principles (uitgangspunten) and the criteria that carry each. */
    public Map<String, List<String>> principles() {
        return principles;
    }

    private static List<String[]> rows(String name) {
        try (InputStream in = AssessmentFramework.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name + " in the JAR");
            }
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split(","));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
