package nl.regiobesluit.arrangement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class WgrTermsTest {

    private final WgrTerms terms = WgrTerms.standard();

    @Test
    void aZienswijzeOnChangingTheRegulationIsDueEightWeeksAfterReceiptMovedPastKingsDay() {
        LegalTerm t = terms.regulationZienswijze(LocalDate.of(2026, 3, 2));
        assertThat(t.counted()).isEqualTo(LocalDate.of(2026, 4, 27));
        assertThat(t.deadline()).isEqualTo(LocalDate.of(2026, 4, 28));
        assertThat(t.extended()).isTrue();
        assertThat(t.article()).isEqualTo("Wgr art. 1 lid 3");
        assertThat(t.counting()).isEqualTo(LegalTerm.Counting.FORWARD_ATW);
        assertThat(t.recessNote()).isEmpty();
    }

    @Test
    void theCouncilsHaveTwelveWeeksFromSendingForTheirZienswijzeOnTheDraftBudget() {
        // gr-begroting: sent on Monday 1 March 2027; 84 days later is Monday 24 May 2027 (Whit Monday is 17 May).
        LegalTerm t = terms.draftBudgetZienswijze(LocalDate.of(2027, 3, 1));
        assertThat(t.deadline()).isEqualTo(LocalDate.of(2027, 5, 24));
        assertThat(t.extended()).isFalse();
        assertThat(t.article()).isEqualTo("Wgr art. 35 lid 3");
        assertThat(t.inTime(LocalDate.of(2027, 5, 24))).isTrue();
        assertThat(t.inTime(LocalDate.of(2027, 5, 25))).isFalse();
    }

    @Test
    void aTermRunningThroughTheSummerRecessSaysSoAndHowManyDays() {
        LegalTerm t = terms.draftBudgetZienswijze(LocalDate.of(2026, 6, 1));
        assertThat(t.deadline()).isEqualTo(LocalDate.of(2026, 8, 24));
        // 1 July to 24 August: 31 + 24 days
        assertThat(t.recessNote()).hasValueSatisfying(n -> assertThat(n).contains("2026-07-01", "2026-08-24", "55 days", "55 dagen"));
    }

    @Test
    void theDraftBudgetIsSentTwelveWeeksBeforeTheGeneralBoardCountedBackAndNeverMoved() {
        LegalTerm t = terms.draftBudgetSendBy(LocalDate.of(2026, 7, 4));
        assertThat(t.deadline()).isEqualTo(LocalDate.of(2026, 4, 11)); // a Saturday, left as it is (Atw art. 1 lid 2)
        assertThat(t.counting()).isEqualTo(LegalTerm.Counting.BACKWARD);
        assertThat(t.article()).isEqualTo("Wgr art. 35 lid 1");
    }

    @Test
    void kadersAndProvisionalAccountsGoToTheCouncilsBefore30April() {
        assertThat(terms.kadersSendBy(2028).deadline()).isEqualTo(LocalDate.of(2027, 4, 29));
        assertThat(terms.provisionalAccountsSendBy(2026).deadline()).isEqualTo(LocalDate.of(2027, 4, 29));
        assertThat(terms.kadersSendBy(2028).counting()).isEqualTo(LegalTerm.Counting.FIXED_DATE);
        assertThat(terms.kadersSendBy(2028).article()).isEqualTo("Wgr art. 34b");
    }

    @Test
    void theAdoptedBudgetGoesToTheProvinceWithinTwoWeeksButBefore15September() {
        assertThat(terms.adoptedBudgetToProvince(LocalDate.of(2026, 7, 1), 2027).deadline()).isEqualTo(LocalDate.of(2026, 7, 15));
        LegalTerm late = terms.adoptedBudgetToProvince(LocalDate.of(2026, 9, 10), 2027);
        assertThat(late.deadline()).isEqualTo(LocalDate.of(2026, 9, 14));
        assertThat(late.counting()).isEqualTo(LegalTerm.Counting.FIXED_DATE);
    }

    @Test
    void eachProcedureKindGetsItsOwnTerm() {
        LocalDate sent = LocalDate.of(2026, 4, 15);
        assertThat(terms.zienswijzeTerm(ProcedureKind.BEGROTING, sent, 8).deadline()).isEqualTo(LocalDate.of(2026, 7, 8));
        assertThat(terms.zienswijzeTerm(ProcedureKind.TOETREDING, sent, 8).deadline()).isEqualTo(LocalDate.of(2026, 6, 10));
        LegalTerm kaders = terms.zienswijzeTerm(ProcedureKind.KADERNOTA, sent, 6);
        assertThat(kaders.deadline()).isEqualTo(LocalDate.of(2026, 5, 27));
        assertThat(kaders.counting()).isEqualTo(LegalTerm.Counting.NOT_STATUTORY);
    }

    @Test
    void theRegulationTermRunsFromReceiptAndOnlyWithoutItFromSending() {
        // Art. 1 lid 3: "binnen acht weken na ontvangst van het ontwerp". Sent Wed 15 Apr 2026, received Fri 17 Apr:
        // 17 Apr + 8 weeks = Fri 12 Jun 2026, a working day. Unknown receipt: 15 Apr + 8 weeks = Wed 10 Jun, noted.
        LocalDate sent = LocalDate.of(2026, 4, 15);
        LegalTerm received = terms.zienswijzeTerm(ProcedureKind.REGELING_WIJZIGEN, sent, Optional.of(LocalDate.of(2026, 4, 17)), 8);
        assertThat(received.deadline()).isEqualTo(LocalDate.of(2026, 6, 12));
        assertThat(received.article()).isEqualTo("Wgr art. 1 lid 3");
        LegalTerm fromSending = terms.zienswijzeTerm(ProcedureKind.REGELING_WIJZIGEN, sent, Optional.empty(), 8);
        assertThat(fromSending.deadline()).isEqualTo(LocalDate.of(2026, 6, 10));
        assertThat(fromSending.article()).isEqualTo("Wgr art. 1 lid 3 (gerekend vanaf toezending, ontvangstdatum onbekend"
                + " / counted from sending, date of receipt unknown)");
        // The draft budget counts from sending (art. 35 lid 3 as summarised): receipt changes nothing. 15 Apr + 12 weeks = 8 Jul.
        assertThat(terms.zienswijzeTerm(ProcedureKind.BEGROTING, sent, Optional.of(LocalDate.of(2026, 4, 17)), 8).deadline())
                .isEqualTo(LocalDate.of(2026, 7, 8));
    }
}
