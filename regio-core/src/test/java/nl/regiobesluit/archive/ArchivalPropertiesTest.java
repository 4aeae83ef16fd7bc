package nl.regiobesluit.archive;

import nl.regiobesluit.shared.Problem;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ArchivalPropertiesTest {

    @Test
    void finalizedValuesBecomeRbArchivalPropertiesAndReadBackTheSame() {
        ArchivalValues v = new ArchivalValues("RB-2026-1", Waardering.TE_VERNIETIGEN, Period.ofYears(10), "1.2 Voorbereiding",
                "Gemeente Leiden", "Openbaar", true, LocalDate.of(2026, 3, 2));
        Map<String, Object> p = ArchivalProperties.toProperties(v);
        assertThat(p).containsEntry("rb:waardering", "TE_VERNIETIGEN").containsEntry("rb:bewaartermijn", "P10Y")
                .containsEntry("rb:finalized", true).containsEntry("rb:finalizedOn", "2026-03-02");
        assertThat(ArchivalProperties.fromProperties(p, "node-1").value()).isEqualTo(v);
    }

    @Test
    void absentValuesAreNotWrittenSoTheyNeverOverwriteWithNull() {
        assertThat(ArchivalProperties.toProperties(ArchivalValues.none())).containsOnlyKeys("rb:finalized");
    }

    @Test
    void alfrescoDatesAreReadByTheirDay() {
        var v = ArchivalProperties.fromProperties(Map.of("rb:finalizedOn", "2026-03-02T00:00:00.000+0000", "rb:finalized", "true"), "n").value();
        assertThat(v.finalizedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(v.finalized()).isTrue();
    }

    @Test
    void unreadableValuesAreRejectedNamingTheNodeAndEveryField() {
        var r = ArchivalProperties.fromProperties(Map.of("rb:waardering", "BEWAREN", "rb:bewaartermijn", "10 jaar",
                "rb:finalizedOn", "gisteren"), "node-7");
        assertThat(r.problems()).extracting(Problem::field).containsExactlyInAnyOrder("rb:waardering", "rb:bewaartermijn", "rb:finalizedOn");
        assertThat(r.problems()).allSatisfy(p -> assertThat(p.source()).isEqualTo("node-7"));
    }

    @Test
    void aFinalizingDayWrittenByAServerInDutchTimeIsReadAsThatDutchDay() {
        // Alfresco writes dates in UTC (ISO8601DateFormat#format): "2026-03-02" stored by a server in Europe/Amsterdam
        // is 2026-03-01T23:00Z; the archived day must stay 2 March.
        var v = ArchivalProperties.fromProperties(Map.of("rb:finalizedOn", "2026-03-01T23:00:00.000+0000", "rb:finalized", "true"), "n").value();
        assertThat(v.finalizedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
    }
}
