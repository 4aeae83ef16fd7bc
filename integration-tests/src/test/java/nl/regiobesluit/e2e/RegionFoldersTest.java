package nl.regiobesluit.e2e;

import static nl.regiobesluit.e2e.Harness.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Map;
import nl.regiobesluit.routing.testsupport.SimNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import nl.regiobesluit.e2e.contract.ContractCheck;

/**
 * The REST driver finds the docker bootstrap's folders by their names, and makes them where they are missing; checked
 * over HTTP against the simulator's v1 API, and against bootstrap.sh for the names.
 */
@ExtendWith(ContractCheck.class)
class RegionFoldersTest {

    private final AlfrescoRest regiogriffier = new AlfrescoRest(AlfrescoRest.client(), ALFRESCO.baseUrl(), REGIOGRIFFIER, "demo");

    @BeforeEach
    void anEmptyDocumentLibrary() throws Exception {
        freshRegion();
        // A site's empty document library, where the regiogriffier is site manager (access.json).
        ALFRESCO.addFolder("doclib", "documentLibrary", null);
        ALFRESCO.access().grant("doclib", REGIOGRIFFIER, "SiteManager");
    }

    @Test
    void theFoldersHaveTheNamesTheBootstrapGivesThem() {
        // bootstrap.sh makes the folders access.json lists, by these paths below the document library.
        assertThat(ACCESS.folders).extracting(f -> f.path()).contains(RegionFolders.PROPOSALS, RegionFolders.COMMITTEE,
                RegionFolders.DECISIONS, RegionFolders.COUNCILS, RegionFolders.COUNCILS + "/Leiden");
        assertThat(ACCESS.councilFolders).containsEntry("Leiden", RegionFolders.COUNCILS + "/Leiden");
        assertThat(ACCESS.agendaFolder).isEqualTo(RegionFolders.COMMITTEE);
        assertThat(ACCESS.decisionRecordFolder).isEqualTo(RegionFolders.DECISIONS);
    }

    @Test
    void missingFoldersAreMadeAndASecondRunFindsTheSameOnes() {
        RegionFolders made = RegionFolders.findOrCreate(regiogriffier, "doclib", LEIDSE_REGIO);
        RegionFolders found = RegionFolders.findOrCreate(regiogriffier, "doclib", LEIDSE_REGIO);

        assertThat(found).isEqualTo(made);
        assertThat(ALFRESCO.children("doclib")).extracting(SimNode::name)
                .containsExactlyInAnyOrder("Voorstellen", "Regiocommissie", "Besluiten", "Gemeenteraden");
        SimNode leiden = ALFRESCO.node(made.council("Leiden"));
        assertThat(leiden.name()).isEqualTo("Leiden");
        assertThat(ALFRESCO.node(leiden.parentId()).name()).isEqualTo("Gemeenteraden");
        assertThat(ALFRESCO.node(made.proposals()).property("cm:title")).isEqualTo("Voorstellen / Proposals");
    }

    @Test
    void griffiersAreNamedAsTheBootstrapNamesThem() {
        AcsSettings acs = AcsSettings.from(Map.of("ACS_URL", "http://localhost:8080"));
        assertThat(acs.accounts().griffier().apply("Leiden")).isEqualTo("griffier.leiden");
        assertThat(acs.accounts().griffier().apply("Alphen aan den Rijn")).isEqualTo("griffier.alphen-aan-den-rijn");
        assertThat(acs.accounts().regiogriffier()).isEqualTo("regiogriffier");
    }
}
