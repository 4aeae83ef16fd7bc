package nl.regiobesluit.arrangement;

/**
 * The legal form of a cooperation, as the juridisch part of the toetsingskader lists them. The codes are the values of
 * the model's {@code rb:legalFormList}.
 *
 * <p>The public forms are those of the Wet gemeenschappelijke regelingen (BWBR0003740), art. 8: an openbaar lichaam,
 * a gemeenschappelijk orgaan, a bedrijfsvoeringsorganisatie and a centrumgemeente arrangement (the lid numbers were not
 * read here; CVDR723690 cites the centrumgemeente form as "artikel 8, vierde lid"), and a regeling zonder meer (light
 * arrangement, no body of its own). Private forms rest on art. 160 lid 2 Gemeentewet (the college decides to take part
 * in a private-law legal person, after the council could give its view).
 */
public enum LegalForm {
    OPENBAAR_LICHAAM(true, "Openbaar lichaam", "Public body"),
    BEDRIJFSVOERINGSORGANISATIE(true, "Bedrijfsvoeringsorganisatie", "Operational management organisation"),
    GEMEENSCHAPPELIJK_ORGAAN(true, "Gemeenschappelijk orgaan", "Joint body"),
    CENTRUMGEMEENTE(true, "Centrumgemeenteregeling", "Central-municipality arrangement"),
    LICHTE_REGELING(true, "Lichte regeling", "Light arrangement"),
    CONVENANT(false, "Convenant", "Covenant"),
    BV(false, "Besloten vennootschap", "Private limited company"),
    CV(false, "Commanditaire vennootschap", "Limited partnership"),
    STICHTING(false, "Stichting", "Foundation"),
    VERENIGING(false, "Vereniging", "Association"),
    OVEREENKOMST(false, "Privaatrechtelijke overeenkomst", "Private-law agreement");

    private final boolean wgr;
    private final String dutch;
    private final String english;

    LegalForm(boolean wgr, String dutch, String english) {
        this.wgr = wgr;
        this.dutch = dutch;
        this.english = english;
    }

    /** A form of the Wgr: its procedures (zienswijzen, budget terms) apply. */
    public boolean isWgr() {
        return wgr;
    }

    public String dutch() {
        return dutch;
    }

    public String english() {
        return english;
    }
}
