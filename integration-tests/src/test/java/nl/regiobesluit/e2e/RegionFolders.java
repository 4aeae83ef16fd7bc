package nl.regiobesluit.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The region's folders, by node id: where griffie staff put proposals, advice and council decisions, and where the
 * service puts agenda items and decision records. Against Alfresco they are the docker bootstrap's folders
 * ({@code docker/bootstrap/bootstrap.sh}), found by the same names below the site's document library and created the
 * same way when they are missing.
 */
public record RegionFolders(String proposals, String committee, String decisions, Map<String, String> councils) {

    /** The names bootstrap.sh gives them (kept equal by RegionFoldersTest). */
    public static final String PROPOSALS = "Voorstellen";
    public static final String COMMITTEE = "Regiocommissie";
    public static final String DECISIONS = "Besluiten";
    public static final String COUNCILS = "Gemeenteraden";

    private static final ObjectMapper JSON = new ObjectMapper();

    public RegionFolders {
        councils = Map.copyOf(councils);
    }

    public String council(String municipality) {
        String id = councils.get(municipality);
        if (id == null) {
            throw new IllegalArgumentException("no council folder for " + municipality);
        }
        return id;
    }

    /** The document library of a site ({@code GET /sites/{siteId}/containers/documentLibrary}). */
    public static String documentLibrary(AlfrescoRest rest, String siteId) {
        return rest.get("/sites/" + AlfrescoRest.encode(siteId) + "/containers/documentLibrary").path("id").asText();
    }

    /** Finds the folders below {@code root}, creating what is missing (a second call finds the same ids). */
    public static RegionFolders findOrCreate(AlfrescoRest rest, String root, List<String> municipalities) {
        String proposals = folder(rest, root, PROPOSALS, "Voorstellen / Proposals");
        String committee = folder(rest, root, COMMITTEE, "Regiocommissie / Regional committee");
        String decisions = folder(rest, root, DECISIONS, "Besluiten / Decision records");
        String councils = folder(rest, root, COUNCILS, "Gemeenteraden / Municipal councils");
        Map<String, String> byMunicipality = new LinkedHashMap<>();
        for (String m : municipalities) {
            byMunicipality.put(m, folder(rest, councils, m, "Gemeenteraad " + m));
        }
        return new RegionFolders(proposals, committee, decisions, byMunicipality);
    }

    /** The child folder {@code name} of {@code parent}: looked up by relativePath, else created (409: someone was quicker). */
    private static String folder(AlfrescoRest rest, String parent, String name, String title) {
        AlfrescoRest.Answer found = rest.tryGet("/nodes/" + parent + "?relativePath=" + AlfrescoRest.encode(name));
        if (found.status() == 200) {
            return found.entry().path("id").asText();
        }
        ObjectNode body = JSON.createObjectNode().put("name", name).put("nodeType", "cm:folder");
        body.putObject("properties").put("cm:title", title);
        AlfrescoRest.Answer created = rest.tryPost("/nodes/" + parent + "/children", body);
        if (created.status() == 201) {
            return created.entry().path("id").asText();
        }
        return rest.get("/nodes/" + parent + "?relativePath=" + AlfrescoRest.encode(name)).path("id").asText();
    }
}
