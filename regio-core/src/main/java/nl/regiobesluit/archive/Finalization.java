package nl.regiobesluit.archive;

import nl.regiobesluit.shared.Problem;
import nl.regiobesluit.shared.Result;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Decides the {@code rb:archival} values to write when a record is finalized: the date, and waardering, bewaartermijn
 * and informatiecategorie from the {@link RetentionPolicy}. A finalized record is never changed, so finalizing it
 * again is refused (the caller then leaves the node as it is; locking it or declaring it a record in Governance
 * Services is the service's part).
 *
 * <p>An identification already on the record is kept; otherwise one is made from the prefix, the year of finalization
 * and the node id, which is stable, so a retried finalization yields the same identification. The archiefvormer and
 * beperkingGebruik already on the record win over the configured defaults.
 */
public final class Finalization {

    private final RetentionPolicy retention;
    private final String defaultArchiefvormer;
    private final String defaultBeperkingGebruik;
    private final String identificationPrefix;

    public Finalization(RetentionPolicy retention, String defaultArchiefvormer, String defaultBeperkingGebruik,
                        String identificationPrefix) {
        this.retention = Objects.requireNonNull(retention);
        this.defaultArchiefvormer = defaultArchiefvormer;
        this.defaultBeperkingGebruik = defaultBeperkingGebruik;
        this.identificationPrefix = Objects.requireNonNull(identificationPrefix);
    }

    public Result<ArchivalValues> finalize(DecisionRecordSnapshot record, LocalDate on) {
        String who = record.describe();
        ArchivalValues current = record.archival();
        if (current.finalized()) {
            return Result.rejected(Problem.at(who, 0, "rb:finalized",
                    "is al definitief sinds " + current.finalizedOn() + "; een definitief besluit wordt nooit gewijzigd"
                            + " / already finalized on " + current.finalizedOn() + "; a finalized record is never changed"));
        }
        if (record.nodeId() == null || record.nodeId().isBlank()) {
            return Result.rejected(Problem.at(who, 0, "nodeId", "ontbreekt / missing"));
        }
        String archiefvormer = firstPresent(current.archiefvormer(), defaultArchiefvormer);
        if (archiefvormer == null) {
            return Result.rejected(Problem.at(who, 0, "rb:archiefvormer",
                    "ontbreekt en er is geen standaard ingesteld / missing and no default configured"));
        }
        Retention r = retention.retentionFor(record.kind());
        String id = firstPresent(current.archiveIdentification(), identificationPrefix + "-" + on.getYear() + "-" + record.nodeId());
        return Result.ok(new ArchivalValues(id, r.waardering(), r.bewaartermijn(), r.category().asPropertyValue(),
                archiefvormer, firstPresent(current.beperkingGebruik(), defaultBeperkingGebruik), true, on));
    }

    private static String firstPresent(String a, String b) {
        return a != null && !a.isBlank() ? a : (b != null && !b.isBlank() ? b : null);
    }
}
