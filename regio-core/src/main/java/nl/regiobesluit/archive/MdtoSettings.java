package nl.regiobesluit.archive;

import java.util.Objects;

/**
 * What an export says about where its identifications come from and which lists its begrippen belong to.
 *
 * @param identificatieBron    source of rb:archiveIdentification, e.g. "Regiobesluit Leidse regio"
 * @param nodeIdBron           source of the second identification, the Alfresco node id
 * @param selectielijst        the selection list rb:informatiecategorie refers to
 * @param beperkingGebruikLijst the list rb:beperkingGebruik values come from
 */
public record MdtoSettings(String identificatieBron, String nodeIdBron, String selectielijst, String beperkingGebruikLijst) {

    public MdtoSettings {
        Objects.requireNonNull(identificatieBron);
        Objects.requireNonNull(nodeIdBron);
        Objects.requireNonNull(selectielijst);
        Objects.requireNonNull(beperkingGebruikLijst);
    }

    public static MdtoSettings defaults() {
        return new MdtoSettings("Regiobesluit", "Alfresco node-id", SelectionListCategory.VNG_2020,
                "Regiobesluit beperkingen gebruik");
    }
}
