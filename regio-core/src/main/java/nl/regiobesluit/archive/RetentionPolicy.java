package nl.regiobesluit.archive;

import nl.regiobesluit.shared.Problem;
import nl.regiobesluit.shared.Result;

import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps each {@link RecordKind} to its {@link Retention}, following the VNG selection list for municipalities and
 * joint arrangements.
 *
 * <p>Defaults: every kind of regional decision-making record (decision record, council decision, advice, agenda item,
 * proposal) is <em>blijvend te bewaren</em>: together they document how the region decided, which the selection
 * list keeps permanently for the bodies of a municipality and of a joint arrangement. The category defaults to a
 * label without a code, because which result of the list applies depends on how the region is organised; the
 * archivist sets the code through configuration.
 *
 * <p>Configuration ({@link #fromProperties}), every key optional:
 * <pre>
 * retention.selectielijst = Selectielijst gemeenten en intergemeentelijke organen 2020
 * retention.PROPOSAL.waardering = TE_VERNIETIGEN
 * retention.PROPOSAL.bewaartermijn = P10Y
 * retention.PROPOSAL.categorie = 1.2 Voorbereiding besluitvorming
 * </pre>
 */
public final class RetentionPolicy {

    public static final String DEFAULT_CATEGORY_LABEL = "Regionale besluitvorming";

    private static final Pattern KEY = Pattern.compile("^retention\\.([A-Z_]+)\\.(waardering|bewaartermijn|categorie)$");

    private final Map<RecordKind, Retention> retentions;

    public RetentionPolicy(Map<RecordKind, Retention> retentions) {
        EnumMap<RecordKind, Retention> copy = new EnumMap<>(RecordKind.class);
        copy.putAll(retentions);
        for (RecordKind kind : RecordKind.values()) {
            if (!copy.containsKey(kind)) {
                throw new IllegalArgumentException("no retention for " + kind);
            }
        }
        this.retentions = copy;
    }

    public static RetentionPolicy defaults() {
        return defaults(SelectionListCategory.VNG_2020);
    }

    private static RetentionPolicy defaults(String list) {
        EnumMap<RecordKind, Retention> map = new EnumMap<>(RecordKind.class);
        for (RecordKind kind : RecordKind.values()) {
            map.put(kind, Retention.permanent(new SelectionListCategory(null, DEFAULT_CATEGORY_LABEL, list)));
        }
        return new RetentionPolicy(map);
    }

    public Retention retentionFor(RecordKind kind) {
        return retentions.get(kind);
    }

    /** The defaults, with what {@code properties} configures; every wrong key or value is one problem. */
    public static Result<RetentionPolicy> fromProperties(Properties properties, String source) {
        String list = properties.getProperty("retention.selectielijst", SelectionListCategory.VNG_2020).trim();
        RetentionPolicy base = defaults(list);
        List<Problem> problems = new ArrayList<>();
        EnumMap<RecordKind, Retention> result = new EnumMap<>(base.retentions);
        for (RecordKind kind : RecordKind.values()) {
            Retention current = result.get(kind);
            String w = properties.getProperty(key(kind, "waardering"));
            String t = properties.getProperty(key(kind, "bewaartermijn"));
            String c = properties.getProperty(key(kind, "categorie"));
            Waardering waardering = current.waardering();
            Period term = current.bewaartermijn();
            if (w != null) {
                var parsed = Waardering.parse(w);
                if (parsed.isEmpty()) {
                    problems.add(Problem.at(source, 0, key(kind, "waardering"),
                            "onbekende waardering / unknown appraisal '" + w + "' (BLIJVEND_TE_BEWAREN of TE_VERNIETIGEN)"));
                    continue;
                }
                waardering = parsed.get();
                if (waardering == Waardering.BLIJVEND_TE_BEWAREN) {
                    term = null;
                }
            }
            if (t != null && !t.isBlank()) {
                try {
                    term = Period.parse(t.trim());
                } catch (DateTimeParseException e) {
                    problems.add(Problem.at(source, 0, key(kind, "bewaartermijn"),
                            "geen ISO-8601-periode / not an ISO-8601 period: '" + t + "' (bijv. P10Y)"));
                    continue;
                }
            }
            SelectionListCategory category = c == null || c.isBlank() ? current.category()
                    : SelectionListCategory.fromPropertyValue(c, list);
            if (waardering == Waardering.TE_VERNIETIGEN && (term == null || term.isZero() || term.isNegative())) {
                problems.add(Problem.at(source, 0, key(kind, "bewaartermijn"),
                        "te vernietigen vraagt een positieve bewaartermijn / destruction needs a positive retention period"));
                continue;
            }
            if (waardering == Waardering.BLIJVEND_TE_BEWAREN && term != null) {
                problems.add(Problem.at(source, 0, key(kind, "bewaartermijn"),
                        "blijvend te bewaren heeft geen bewaartermijn / a permanent record has no retention period"));
                continue;
            }
            result.put(kind, new Retention(waardering, term, category));
        }
        for (String name : properties.stringPropertyNames()) {
            if (!name.startsWith("retention.") || name.equals("retention.selectielijst")) {
                continue;
            }
            Matcher m = KEY.matcher(name);
            if (!m.matches() || RecordKind.parse(m.group(1)).isEmpty()) {
                problems.add(Problem.at(source, 0, name, "onbekende sleutel / unknown key; soorten / kinds: "
                        + java.util.Arrays.toString(RecordKind.values())));
            }
        }
        return problems.isEmpty() ? Result.ok(new RetentionPolicy(result)) : Result.rejected(problems);
    }

    private static String key(RecordKind kind, String field) {
        return "retention." + kind.name() + "." + field;
    }
}
