package nl.regiobesluit.criteria;

/** The municipal roles of the assessment framework (toetsingskader), as coded in the 2017 assessment. */
public enum Role {
    A("politiek bestuur", "political governance"),
    B("dienstverlener", "service provider"),
    C("bestuurlijk partner", "governmental partner"),
    D("ambtelijke organisatie", "civil service"),
    E("alle rollen", "all roles");

    private final String dutch;
    private final String english;

    Role(String dutch, String english) {
        this.dutch = dutch;
        this.english = english;
    }

    public String label() {
        return dutch + " / " + english;
    }
}
