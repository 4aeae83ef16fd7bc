package nl.regiobesluit.archive;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * The {@code rb:archival} aspect of a record: rb:archiveIdentification, rb:waardering, rb:bewaartermijn (ISO-8601),
 * rb:informatiecategorie, rb:archiefvormer, rb:beperkingGebruik, rb:finalized, rb:finalizedOn. Any value may be
 * absent (null) on a record that has not been finalized.
 */
public record ArchivalValues(String archiveIdentification, Waardering waardering, Period bewaartermijn,
                             String informatiecategorie, String archiefvormer, String beperkingGebruik,
                             boolean finalized, LocalDate finalizedOn) {

    public static ArchivalValues none() {
        return new ArchivalValues(null, null, null, null, null, null, false, null);
    }

    public Optional<Period> term() {
        return Optional.ofNullable(bewaartermijn);
    }

    public ArchivalValues withIdentification(String id) {
        return new ArchivalValues(id, waardering, bewaartermijn, informatiecategorie, archiefvormer, beperkingGebruik,
                finalized, finalizedOn);
    }

    public ArchivalValues withArchiefvormer(String value) {
        return new ArchivalValues(archiveIdentification, waardering, bewaartermijn, informatiecategorie, value,
                beperkingGebruik, finalized, finalizedOn);
    }
}
