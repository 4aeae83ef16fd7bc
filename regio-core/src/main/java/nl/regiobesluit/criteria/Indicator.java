package nl.regiobesluit.criteria;

import java.util.List;

/**
 * The indicators measured from every route, each tied to the criteria of the framework it informs, so that the
 * evaluation after one and after three years can report per criterion what the records show.
 */
public enum Indicator {
    LEAD_TIME_DAYS("doorlooptijd in dagen / lead time in days", "bestuurlijke_slagvaardigheid"),
    MET_TARGET("binnen de termijn van twee maanden / within the two-month target", "bestuurlijke_slagvaardigheid", "effectieve_taakverdeling"),
    CONSENSUS_WITHOUT_VOTE("consensus zonder stemming / consensus without a vote", "heldere_besluitvorming", "bestuurlijke_slagvaardigheid"),
    COUNCILS_ADOPTED("raden die aannamen / councils adopting", "democratische_legitimiteit", "bestuurlijke_slagvaardigheid"),
    COUNCILS_AMENDED("raden die amendeerden / councils amending", "democratische_legitimiteit"),
    COUNCILS_REJECTED("raden die verwierpen / councils rejecting", "democratische_legitimiteit", "bestuurlijke_slagvaardigheid"),
    COUNCILS_POSTPONED("raden die aanhielden / councils postponing", "bestuurlijke_slagvaardigheid"),
    DEVIATIONS("afwijkingen van het advies / deviations from the advice", "heldere_besluitvorming", "democratische_legitimiteit"),
    DEVIATIONS_ACCOUNTED_FOR("verantwoorde afwijkingen / deviations accounted for", "heldere_besluitvorming", "democratische_legitimiteit"),
    SOCIETAL_PARTNERS("maatschappelijke partners aan tafel / societal partners at the table",
            "vitale_relaties_maatschappelijke_partners", "relaties_inwoners_en_organisaties"),
    DECISIVE_MUNICIPALITY("doorslaggevende gemeente / decisive municipality", "democratische_legitimiteit"),
    ONE_VOICE("de regio sprak met één stem / the region spoke with one voice", "lobbymacht", "toekomstbestendigheid");

    private final String label;
    private final List<String> criteria;

    Indicator(String label, String... criteria) {
        this.label = label;
        this.criteria = List.of(criteria);
    }

    public String label() {
        return label;
    }

    /** Codes of the criteria this indicator informs. */
    public List<String> criteria() {
        return criteria;
    }
}
