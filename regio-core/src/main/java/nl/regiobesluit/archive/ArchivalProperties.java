package nl.regiobesluit.archive;

import nl.regiobesluit.shared.AlfrescoDay;
import nl.regiobesluit.shared.Problem;
import nl.regiobesluit.shared.Result;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes {@link ArchivalValues} as the {@code rb:archival} properties of a node, in the form Alfresco's REST
 * API uses (prefixed names; dates as ISO strings, of which the day is what counts). The names mirror
 * {@code RbModel} (regio-model), which regio-core does not depend on.
 */
public final class ArchivalProperties {

    public static final String ARCHIVE_IDENTIFICATION = "rb:archiveIdentification";
    public static final String WAARDERING = "rb:waardering";
    public static final String BEWAARTERMIJN = "rb:bewaartermijn";
    public static final String INFORMATIECATEGORIE = "rb:informatiecategorie";
    public static final String ARCHIEFVORMER = "rb:archiefvormer";
    public static final String BEPERKING_GEBRUIK = "rb:beperkingGebruik";
    public static final String FINALIZED = "rb:finalized";
    public static final String FINALIZED_ON = "rb:finalizedOn";

    private ArchivalProperties() {
    }

    /** The properties to write; absent values are left out (never written as null over an existing value). */
    public static Map<String, Object> toProperties(ArchivalValues v) {
        Map<String, Object> p = new LinkedHashMap<>();
        put(p, ARCHIVE_IDENTIFICATION, v.archiveIdentification());
        put(p, WAARDERING, v.waardering() == null ? null : v.waardering().name());
        put(p, BEWAARTERMIJN, v.bewaartermijn() == null ? null : v.bewaartermijn().toString());
        put(p, INFORMATIECATEGORIE, v.informatiecategorie());
        put(p, ARCHIEFVORMER, v.archiefvormer());
        put(p, BEPERKING_GEBRUIK, v.beperkingGebruik());
        p.put(FINALIZED, v.finalized());
        put(p, FINALIZED_ON, v.finalizedOn() == null ? null : v.finalizedOn().toString());
        return p;
    }

    /** Reads the aspect from a node's properties; every value that cannot be read is one problem naming the field. */
    public static Result<ArchivalValues> fromProperties(Map<String, ?> p, String source) {
        List<Problem> problems = new ArrayList<>();
        Waardering waardering = null;
        String w = text(p, WAARDERING);
        if (w != null) {
            waardering = Waardering.parse(w).orElse(null);
            if (waardering == null) {
                problems.add(Problem.at(source, 0, WAARDERING, "onbekende waardering / unknown appraisal '" + w + "'"));
            }
        }
        Period term = null;
        String t = text(p, BEWAARTERMIJN);
        if (t != null) {
            try {
                term = Period.parse(t);
            } catch (DateTimeParseException e) {
                problems.add(Problem.at(source, 0, BEWAARTERMIJN, "geen ISO-8601-periode / not an ISO-8601 period: '" + t + "'"));
            }
        }
        LocalDate on = null;
        String d = text(p, FINALIZED_ON);
        if (d != null) {
            try {
                // the Dutch day of Alfresco's UTC instant, not the string's first ten characters (AlfrescoDay)
                on = AlfrescoDay.of(d);
            } catch (DateTimeParseException e) {
                problems.add(Problem.at(source, 0, FINALIZED_ON, "geen datum / not a date: '" + d + "'"));
            }
        }
        Object f = p.get(FINALIZED);
        boolean finalized = f instanceof Boolean b ? b : f != null && Boolean.parseBoolean(f.toString());
        if (!problems.isEmpty()) {
            return Result.rejected(problems);
        }
        return Result.ok(new ArchivalValues(text(p, ARCHIVE_IDENTIFICATION), waardering, term, text(p, INFORMATIECATEGORIE),
                text(p, ARCHIEFVORMER), text(p, BEPERKING_GEBRUIK), finalized, on));
    }

    private static void put(Map<String, Object> p, String name, Object value) {
        if (value != null) {
            p.put(name, value);
        }
    }

    private static String text(Map<String, ?> p, String name) {
        Object v = p.get(name);
        return v == null || v.toString().isBlank() ? null : v.toString().trim();
    }
}
