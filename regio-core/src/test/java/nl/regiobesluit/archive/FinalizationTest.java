package nl.regiobesluit.archive;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class FinalizationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private final Finalization finalization = new Finalization(RetentionPolicy.defaults(), "Regio Holland Rijnland",
            "Openbaar", "RB");

    /** A record (node id "node-x") that has not been finalized: no rb:archival values yet. */
    private static DecisionRecordSnapshot open() {
        return ArchiveFixtures.record("x").withArchival(ArchivalValues.none());
    }

    @Test
    void finalizingGivesTheDateAndTheRetentionOfItsKind() {
        ArchivalValues v = finalization.finalize(open(), TODAY).value();
        assertThat(v.finalized()).isTrue();
        assertThat(v.finalizedOn()).isEqualTo(TODAY);
        assertThat(v.waardering()).isEqualTo(Waardering.BLIJVEND_TE_BEWAREN);
        assertThat(v.bewaartermijn()).isNull();
        assertThat(v.informatiecategorie()).isEqualTo("Regionale besluitvorming");
        assertThat(v.archiefvormer()).isEqualTo("Regio Holland Rijnland");
        assertThat(v.beperkingGebruik()).isEqualTo("Openbaar");
        assertThat(v.archiveIdentification()).isEqualTo("RB-2026-node-x");
    }

    @Test
    void aConfiguredKindGetsItsBewaartermijn() {
        Properties p = new Properties();
        p.setProperty("retention.DECISION_RECORD.waardering", "TE_VERNIETIGEN");
        p.setProperty("retention.DECISION_RECORD.bewaartermijn", "P20Y");
        Finalization f = new Finalization(RetentionPolicy.fromProperties(p, "t").value(), "Regio", "Openbaar", "RB");
        ArchivalValues v = f.finalize(open(), TODAY).value();
        assertThat(v.waardering()).isEqualTo(Waardering.TE_VERNIETIGEN);
        assertThat(v.bewaartermijn()).isEqualTo(Period.ofYears(20));
    }

    @Test
    void anIdentificationArchiefvormerAndRestrictionAlreadyOnTheRecordAreKept() {
        DecisionRecordSnapshot r = open().withArchival(new ArchivalValues("LR/2026/17", null, null, null,
                "Gemeente Leiden", "Beperkt openbaar", false, null));
        ArchivalValues v = finalization.finalize(r, TODAY).value();
        assertThat(v.archiveIdentification()).isEqualTo("LR/2026/17");
        assertThat(v.archiefvormer()).isEqualTo("Gemeente Leiden");
        assertThat(v.beperkingGebruik()).isEqualTo("Beperkt openbaar");
    }

    @Test
    void aFinalizedRecordIsNeverChanged() {
        DecisionRecordSnapshot finalized = ArchiveFixtures.record("RB-1");
        var result = finalization.finalize(finalized, TODAY);
        assertThat(result.isOk()).isFalse();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("rb:finalized");
            assertThat(p.source()).contains("node-RB-1");
            assertThat(p.message()).contains("never changed", "2026-03-02");
        });
    }

    @Test
    void withoutAnArchiefvormerOnTheRecordOrConfiguredFinalizingIsRefused() {
        Finalization f = new Finalization(RetentionPolicy.defaults(), null, "Openbaar", "RB");
        var result = f.finalize(open(), TODAY);
        assertThat(result.problems()).extracting(p -> p.field()).containsExactly("rb:archiefvormer");
    }

    @Test
    void finalizingTwiceTheSameOpenRecordGivesTheSameIdentification() {
        assertThat(finalization.finalize(open(), TODAY).value().archiveIdentification())
                .isEqualTo(finalization.finalize(open(), TODAY).value().archiveIdentification());
    }
}
