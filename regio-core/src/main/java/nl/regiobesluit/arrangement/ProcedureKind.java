package nl.regiobesluit.arrangement;

/** What a Wgr procedure asks the councils a zienswijze on; the values of the model's {@code rb:wgrProcedureKindList}. */
public enum ProcedureKind {
    BEGROTING("Ontwerpbegroting", "Draft budget"),
    KADERNOTA("Algemene financi\u00eble en beleidsmatige kaders", "General financial and policy framework"),
    VOORLOPIGE_JAARREKENING("Voorlopige jaarrekening", "Provisional annual accounts"),
    REGELING_TREFFEN("Regeling treffen", "Making the arrangement"),
    REGELING_WIJZIGEN("Regeling wijzigen", "Changing the arrangement"),
    TOETREDING("Toetreden", "Joining"),
    UITTREDING("Uittreden", "Leaving");

    private final String dutch;
    private final String english;

    ProcedureKind(String dutch, String english) {
        this.dutch = dutch;
        this.english = english;
    }

    /** Making, changing, joining or leaving the arrangement itself (Wgr art. 1 lid 5 counts all four as "treffen"). */
    public boolean concernsTheArrangement() {
        return this == REGELING_TREFFEN || this == REGELING_WIJZIGEN || this == TOETREDING || this == UITTREDING;
    }

    public String dutch() {
        return dutch;
    }

    public String english() {
        return english;
    }
}
