package nl.regiobesluit.arrangement;

import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;
import java.util.Optional;

/**
 * The terms of the Wet gemeenschappelijke regelingen (Wgr, BWBR0003740) as the law stands since 1 July 2022
 * (Stb. 2022, 18; kamerstuk 35513), each a small policy returning a {@link LegalTerm} with its article.
 *
 * <p>Where the articles were read:
 * <ul>
 *   <li>Art. 1 lid 2, 3 and 5 (draft of the regulation to the councils; their zienswijze "binnen acht weken na
 *       ontvangst van het ontwerp"; making includes changing, joining and leaving): read in the law's text as of
 *       01-07-2022 (wetten.legaltools.nl, artikel 1) and in the bill, kamerstuk 35513 nr. 2, artikel I part A
 *       (zoek.officielebekendmakingen.nl/kst-35513-2.html, re-read for review #12). The term runs from receipt, so it
 *       counts from {@code rb:wgrReceivedOn}; only when that is unknown from the sending date, and the basis says so.</li>
 *   <li>Art. 34 lid 2, 34b and 35 lid 1 and 3: <b>not read in the law's text here</b> (the search could not reach
 *       those articles). The terms below are those of the 2022 revision as tabled in "Tijdwinst nieuwe
 *       begrotingscyclus is sigaar uit eigen doos" (gemeente.nu, 2022), which agrees with the issue: kaders and
 *       provisional accounts before 30 April (before the revision 15 April); draft budget sent twelve weeks before
 *       the general board (was eight); councils' zienswijze within twelve weeks of sending (was eight); the adopted
 *       budget to Gedeputeerde Staten within two weeks of adoption and before 15 September (was 1 August).
 *       Check them against wetten.overheid.nl before relying on them; an arrangement may deviate where the law lets it.</li>
 * </ul>
 * "Vóór 30 april" is read as: the last day in time is 29 April. Fixed dates are not terms, so the Algemene
 * termijnenwet does not move them; forward terms are moved by Atw art. 1 lid 1, backward ones are not (lid 2).
 */
public final class WgrTerms {

    public static final String ART_1_3 = "Wgr art. 1 lid 3";
    public static final String ART_34_2 = "Wgr art. 34 lid 2";
    public static final String ART_34B = "Wgr art. 34b";
    public static final String ART_35_1 = "Wgr art. 35 lid 1";
    public static final String ART_35_3 = "Wgr art. 35 lid 3";

    static final String READ_ART_1 = "wetten.legaltools.nl/wet-gemeenschappelijke-regelingen/artikel-1 (01-07-2022);"
            + " kamerstuk 35513 nr. 2";
    static final String NOT_READ = "not read in the law text here; 2022 terms per gemeente.nu (2022) and kamerstuk 35513";

    /** Added to art. 1 lid 3's basis when the term had to count from sending because receipt is unknown. */
    public static final String FROM_SENDING = " (gerekend vanaf toezending, ontvangstdatum onbekend / counted from sending,"
            + " date of receipt unknown)";

    static final int REGULATION_ZIENSWIJZE_WEEKS = 8;
    /** The councils' term for the kaders and provisional accounts when the arrangement sets none: our default. */
    public static final int DEFAULT_ARRANGEMENT_ZIENSWIJZE_WEEKS = 8;
    static final int DRAFT_BUDGET_WEEKS = 12;

    private final LegalCalendar calendar;
    private final SummerRecess recess;

    public WgrTerms(LegalCalendar calendar, SummerRecess recess) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.recess = Objects.requireNonNull(recess, "recess");
    }

    public static WgrTerms standard() {
        return new WgrTerms(LegalCalendar.atw(), SummerRecess.DEFAULT);
    }

    /** Art. 1 lid 3: a council's zienswijze on making, changing, joining or leaving, eight weeks after receipt. */
    public LegalTerm regulationZienswijze(LocalDate receivedOn) {
        return forward(receivedOn, REGULATION_ZIENSWIJZE_WEEKS, ART_1_3, READ_ART_1);
    }

    /** Art. 35 lid 1: the daily board sends the draft budget twelve weeks before the general board takes it. */
    public LegalTerm draftBudgetSendBy(LocalDate generalBoardOn) {
        LocalDate counted = generalBoardOn.minusWeeks(DRAFT_BUDGET_WEEKS);
        return new LegalTerm(calendar.countBack(counted), counted, ART_35_1, NOT_READ, LegalTerm.Counting.BACKWARD,
                recess.noteFor(counted, generalBoardOn));
    }

    /** Art. 35 lid 3: the councils' zienswijze on the draft budget, twelve weeks after it was sent. */
    public LegalTerm draftBudgetZienswijze(LocalDate sentOn) {
        return forward(sentOn, DRAFT_BUDGET_WEEKS, ART_35_3, NOT_READ);
    }

    /** Art. 34b: the general financial and policy framework for {@code budgetYear}, before 30 April of the year before. */
    public LegalTerm kadersSendBy(int budgetYear) {
        return fixed(LocalDate.of(budgetYear - 1, Month.APRIL, 30), ART_34B);
    }

    /** Art. 34b: the provisional accounts of {@code accountsYear}, before 30 April of the year after. */
    public LegalTerm provisionalAccountsSendBy(int accountsYear) {
        return fixed(LocalDate.of(accountsYear + 1, Month.APRIL, 30), ART_34B);
    }

    /**
     * Art. 34 lid 2: the adopted budget to Gedeputeerde Staten within two weeks of adoption and in any case before
     * 15 September of the year before the budget year; the earlier of the two.
     */
    public LegalTerm adoptedBudgetToProvince(LocalDate adoptedOn, int budgetYear) {
        LegalTerm twoWeeks = forward(adoptedOn, 2, ART_34_2, NOT_READ);
        LegalTerm fixed = fixed(LocalDate.of(budgetYear - 1, Month.SEPTEMBER, 15), ART_34_2);
        return twoWeeks.deadline().isAfter(fixed.deadline()) ? fixed : twoWeeks;
    }

    /**
     * The councils' zienswijze term in a procedure of this kind sent on {@code sentOn}. For the kaders and the
     * provisional accounts art. 34b, as summarised (not read here), sets when the board sends, not a term for the
     * councils: the arrangement's own term ({@code arrangementWeeks}) applies, and the Atw does not (no statutory term).
     */
    public LegalTerm zienswijzeTerm(ProcedureKind kind, LocalDate sentOn, int arrangementWeeks) {
        return zienswijzeTerm(kind, sentOn, Optional.empty(), arrangementWeeks);
    }

    /**
     * As {@link #zienswijzeTerm(ProcedureKind, LocalDate, int)}, with the day the council received the draft: art. 1
     * lid 3 counts "na ontvangst van het ontwerp", so for making, changing, joining or leaving the term runs from
     * {@code receivedOn}; without it from {@code sentOn}, and the basis says the receipt date was unknown.
     * The other kinds count from sending (art. 35 lid 3 as summarised; the arrangement's own term).
     */
    public LegalTerm zienswijzeTerm(ProcedureKind kind, LocalDate sentOn, Optional<LocalDate> receivedOn, int arrangementWeeks) {
        return switch (kind) {
            case BEGROTING -> draftBudgetZienswijze(sentOn);
            case REGELING_TREFFEN, REGELING_WIJZIGEN, TOETREDING, UITTREDING -> receivedOn.map(this::regulationZienswijze)
                    .orElseGet(() -> forward(sentOn, REGULATION_ZIENSWIJZE_WEEKS, ART_1_3 + FROM_SENDING, READ_ART_1));
            case KADERNOTA, VOORLOPIGE_JAARREKENING -> {
                LocalDate counted = sentOn.plusWeeks(arrangementWeeks);
                yield new LegalTerm(counted, counted, "regeling (" + ART_34B + ": only the send date)",
                        "the arrangement", LegalTerm.Counting.NOT_STATUTORY, recess.noteFor(sentOn, counted));
            }
        };
    }

    private LegalTerm forward(LocalDate from, int weeks, String article, String source) {
        LocalDate counted = from.plusWeeks(weeks);
        LocalDate last = calendar.extend(counted);
        return new LegalTerm(last, counted, article, source, LegalTerm.Counting.FORWARD_ATW, recess.noteFor(from, last));
    }

    private LegalTerm fixed(LocalDate before, String article) {
        LocalDate last = before.minusDays(1);
        return new LegalTerm(last, last, article, NOT_READ, LegalTerm.Counting.FIXED_DATE, Optional.empty());
    }
}
