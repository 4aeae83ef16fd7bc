package nl.regiobesluit.archive;

import nl.regiobesluit.shared.Problem;
import org.junit.jupiter.api.Test;

import java.time.Period;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetentionPolicyTest {

    @Test
    void byDefaultEveryRegionalDecisionMakingRecordIsKeptPermanently() {
        RetentionPolicy defaults = RetentionPolicy.defaults();
        for (RecordKind kind : RecordKind.values()) {
            Retention r = defaults.retentionFor(kind);
            assertThat(r.waardering()).as(kind.name()).isEqualTo(Waardering.BLIJVEND_TE_BEWAREN);
            assertThat(r.term()).isEmpty();
            assertThat(r.category().list()).isEqualTo("Selectielijst gemeenten en intergemeentelijke organen 2020");
        }
    }

    @Test
    void configurationSetsAKindToBeDestroyedAfterAPeriodWithItsCategory() {
        Properties p = new Properties();
        p.setProperty("retention.PROPOSAL.waardering", "TE_VERNIETIGEN");
        p.setProperty("retention.PROPOSAL.bewaartermijn", "P10Y");
        p.setProperty("retention.PROPOSAL.categorie", "1.2 Voorbereiding besluitvorming");
        RetentionPolicy policy = RetentionPolicy.fromProperties(p, "archive.properties").value();
        Retention proposal = policy.retentionFor(RecordKind.PROPOSAL);
        assertThat(proposal.waardering()).isEqualTo(Waardering.TE_VERNIETIGEN);
        assertThat(proposal.bewaartermijn()).isEqualTo(Period.ofYears(10));
        assertThat(proposal.category().code()).isEqualTo("1.2");
        assertThat(proposal.category().label()).isEqualTo("Voorbereiding besluitvorming");
        assertThat(policy.retentionFor(RecordKind.DECISION_RECORD).waardering()).isEqualTo(Waardering.BLIJVEND_TE_BEWAREN);
    }

    @Test
    void aWrongConfigurationIsRejectedNamingEveryWrongKey() {
        Properties p = new Properties();
        p.setProperty("retention.ADVICE.waardering", "BEWAREN");
        p.setProperty("retention.PROPOSAL.waardering", "TE_VERNIETIGEN");
        p.setProperty("retention.AGENDA_ITEM.waardering", "TE_VERNIETIGEN");
        p.setProperty("retention.AGENDA_ITEM.bewaartermijn", "tien jaar");
        p.setProperty("retention.DECISION_RECORD.bewaartermijn", "P5Y");
        p.setProperty("retention.MOTION.waardering", "TE_VERNIETIGEN");
        var result = RetentionPolicy.fromProperties(p, "archive.properties");
        assertThat(result.isOk()).isFalse();
        assertThat(result.problems()).extracting(Problem::field).containsExactlyInAnyOrder(
                "retention.ADVICE.waardering", "retention.PROPOSAL.bewaartermijn", "retention.AGENDA_ITEM.bewaartermijn",
                "retention.DECISION_RECORD.bewaartermijn", "retention.MOTION.waardering");
        assertThat(result.problems()).allSatisfy(pr -> assertThat(pr.source()).isEqualTo("archive.properties"));
    }

    @Test
    void aRetentionIsConsistentOrNotMadeAtAll() {
        var category = new SelectionListCategory(null, "x", "y");
        assertThatThrownBy(() -> new Retention(Waardering.BLIJVEND_TE_BEWAREN, Period.ofYears(1), category))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Retention(Waardering.TE_VERNIETIGEN, null, category))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCategoryIsStoredAsCodeAndLabelAndReadBack() {
        var c = SelectionListCategory.fromPropertyValue("1.2.3 Besluitvorming", "L");
        assertThat(c.asPropertyValue()).isEqualTo("1.2.3 Besluitvorming");
        assertThat(SelectionListCategory.fromPropertyValue("Regionale besluitvorming", "L").code()).isNull();
    }
}
