package nl.regiobesluit.archive;

import nl.regiobesluit.shared.Problem;

import java.util.ArrayList;
import java.util.List;

/**
 * What a record must hold before it can be exported to MDTO: an identification, a name, a waardering, an
 * archiefvormer and a beperkingGebruik (all required by the schema), and it must be finalized (an export of a record
 * that can still change would not be an archive). Each missing value is one problem naming the record.
 */
public final class RecordCheck {

    private RecordCheck() {
    }

    public static List<Problem> problems(DecisionRecordSnapshot r) {
        List<Problem> problems = new ArrayList<>();
        String who = r.describe();
        ArchivalValues a = r.archival();
        if (!filled(a.archiveIdentification())) {
            problems.add(Problem.at(who, 0, "rb:archiveIdentification", "ontbreekt / missing"));
        }
        if (!filled(r.displayName())) {
            problems.add(Problem.at(who, 0, "cm:title", "het besluit heeft geen titel of naam / the record has no title or name"));
        }
        if (a.waardering() == null) {
            problems.add(Problem.at(who, 0, "rb:waardering", "ontbreekt / missing"));
        }
        if (!filled(a.archiefvormer())) {
            problems.add(Problem.at(who, 0, "rb:archiefvormer", "ontbreekt / missing"));
        }
        if (!filled(a.beperkingGebruik())) {
            problems.add(Problem.at(who, 0, "rb:beperkingGebruik", "ontbreekt / missing"));
        }
        if (!a.finalized()) {
            problems.add(Problem.at(who, 0, "rb:finalized", "het besluit is nog niet definitief / the record is not finalized"));
        }
        if (a.waardering() == Waardering.TE_VERNIETIGEN && a.bewaartermijn() == null) {
            problems.add(Problem.at(who, 0, "rb:bewaartermijn", "te vernietigen zonder bewaartermijn / to be destroyed without a retention period"));
        }
        for (int i = 0; i < r.files().size(); i++) {
            if (!filled(r.files().get(i).name())) {
                problems.add(Problem.at(who, 0, "files[" + i + "]", "bestand zonder naam / file without a name"));
            }
        }
        return problems;
    }

    /** Present, and still present after the characters XML cannot carry are removed. */
    static boolean filled(String s) {
        return s != null && !IndentingXml.clean(s).isBlank();
    }
}
