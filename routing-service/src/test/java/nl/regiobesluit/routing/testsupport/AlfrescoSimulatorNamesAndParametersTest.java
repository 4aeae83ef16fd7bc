package nl.regiobesluit.routing.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Names, filters and paging as Alfresco's NodesImpl and the REST framework treat them (read in
 * alfresco-community-repo): child names unique without regard to case (ChildAssocEntity stores them lower-cased),
 * findUniqueName's "name-1.ext", contentModel.xml's cm:filename constraint on cm:name (422 from the integrity checker),
 * unknown filter types and association types refused, and RecognizedParamsExtractor's paging rules.
 */
class AlfrescoSimulatorNamesAndParametersTest {

    @RegisterExtension
    static final ServedSimulator SERVED = new ServedSimulator();
    private static final AlfrescoSimulator SIM = SERVED.simulator();
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void reset() {
        SIM.reset();
        SIM.addFolder("f1", "Voorstellen", null);
    }

    private HttpResponse<String> call(String method, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(SIM.baseUrl() + AlfrescoSimulator.CORE + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("alice:pw".getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> create(String query, String name, String type) throws Exception {
        return call("POST", "/nodes/f1/children" + query, JSON.writeValueAsString(Map.of("name", name, "nodeType", type)));
    }

    private static String name(HttpResponse<String> r) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return JSON.readTree(r.body()).at("/entry/name").asText();
    }

    @Test
    void autoRenamePutsTheCounterBeforeTheExtension() throws Exception {
        create("", "Besluit - voorstel.pdf", "cm:content");

        assertThat(name(create("?autoRename=true", "Besluit - voorstel.pdf", "cm:content"))).isEqualTo("Besluit - voorstel-1.pdf");
        assertThat(name(create("?autoRename=true", "Besluit - voorstel.pdf", "cm:content"))).isEqualTo("Besluit - voorstel-2.pdf");
        assertThat(AlfrescoSimulator.uniqueName("Afwijking", 1)).isEqualTo("Afwijking-1");
        assertThat(AlfrescoSimulator.uniqueName(".txt", 1)).isEqualTo("1.txt");
    }

    @Test
    void childNamesClashWithoutRegardToCaseAndAreFoundSo() throws Exception {
        String id = JSON.readTree(create("", "Leiden", "cm:folder").body()).at("/entry/id").asText();

        assertThat(create("", "LEIDEN", "cm:folder").statusCode()).isEqualTo(409);
        HttpResponse<String> found = call("GET", "/nodes/f1?relativePath=leiden", null);
        assertThat(JSON.readTree(found.body()).at("/entry/id").asText()).isEqualTo(id);
    }

    @Test
    void aNameTheFilenameConstraintRefusesIs422AndAnEmptyOne400() throws Exception {
        for (String bad : List.of("a:b.pdf", "vraag?", "eindigt op punt.", "eindigt op spatie ")) {
            HttpResponse<String> r = create("", bad, "cm:content");
            assertThat(r.statusCode()).as(bad).isEqualTo(422);
        }
        assertThat(create("", "", "cm:content").statusCode()).isEqualTo(400);
    }

    @Test
    void renamingOntoASiblingIs409AnInvalidNewNameIs422AndAnEmptyNameIsIgnored() throws Exception {
        create("", "a.pdf", "cm:content");
        String b = JSON.readTree(create("", "b.pdf", "cm:content").body()).at("/entry/id").asText();

        assertThat(call("PUT", "/nodes/" + b, "{\"name\":\"A.pdf\"}").statusCode()).isEqualTo(409);
        assertThat(call("PUT", "/nodes/" + b, "{\"name\":\"b|c.pdf\"}").statusCode()).isEqualTo(422);
        HttpResponse<String> empty = call("PUT", "/nodes/" + b, "{\"name\":\"\"}");
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(empty.body()).at("/entry/name").asText()).isEqualTo("b.pdf");
    }

    @Test
    void anUnknownFilterTypeIs400AndIncludeSubtypesWidensTheFilter() throws Exception {
        // cm:content's subtypes are known only from Alfresco's models (../shared/reference).
        assumeTrue(SimModel.load().builtInsLoaded(), "Alfresco's models are not in ../shared/reference");
        create("", "voorstel.pdf", "rb:proposal");
        create("", "notitie.txt", "cm:content");

        assertThat(call("GET", "/nodes/f1/children?where=(nodeType='rb:nietBestaand')", null).statusCode()).isEqualTo(400);
        assertThat(names(call("GET", "/nodes/f1/children?where=(nodeType='cm:content')", null))).containsExactly("notitie.txt");
        assertThat(names(call("GET", "/nodes/f1/children?where=(nodeType='cm:content%20INCLUDESUBTYPES')", null)))
                .containsExactlyInAnyOrder("voorstel.pdf", "notitie.txt");
    }

    @Test
    void autoRenameRenamesOnlyContentAndFolders() throws Exception {
        assumeTrue(SimModel.load().builtInsLoaded(), "Alfresco's models are not in ../shared/reference");
        String link = "{\"name\":\"snelkoppeling\",\"nodeType\":\"cm:link\",\"properties\":{\"cm:destination\":\"f1\"}}";
        assertThat(call("POST", "/nodes/f1/children", link).statusCode()).isEqualTo(201);

        assertThat(call("POST", "/nodes/f1/children?autoRename=true", link).statusCode()).isEqualTo(409);
        assertThat(name(create("?autoRename=TRUE", "snelkoppeling", "cm:folder"))).isEqualTo("snelkoppeling-1");
    }

    @Test
    void aFilterTypeIsTakenAsWrittenSoATrailingSpaceMakesItUnknown() throws Exception {
        assumeTrue(SimModel.load().builtInsLoaded(), "Alfresco's models are not in ../shared/reference");

        assertThat(call("GET", "/nodes/f1/children?where=(nodeType='cm:content%20')", null).statusCode()).isEqualTo(400);
    }

    @Test
    void childrenAreListedOfTheFolderARelativePathNames() throws Exception {
        String leiden = JSON.readTree(create("", "Leiden", "cm:folder").body()).at("/entry/id").asText();
        call("POST", "/nodes/" + leiden + "/children", "{\"name\":\"besluit.pdf\",\"nodeType\":\"cm:content\"}");

        assertThat(names(call("GET", "/nodes/f1/children?relativePath=leiden", null))).containsExactly("besluit.pdf");
        assertThat(call("GET", "/nodes/f1/children?relativePath=Leiderdorp", null).statusCode()).isEqualTo(404);
    }

    @Test
    void anUnknownOrSystemAssociationTypeIs400() throws Exception {
        assertThat(call("GET", "/nodes/f1/targets?where=(assocType='rb:nietBestaand')", null).statusCode()).isEqualTo(400);
        assertThat(call("GET", "/nodes/f1/sources?where=(assocType='rb:nietBestaand')", null).statusCode()).isEqualTo(400);
        assumeTrue(SimModel.load().builtInsLoaded(), "Alfresco's models are not in ../shared/reference");
        assertThat(call("GET", "/nodes/f1/targets?where=(assocType='sys:children')", null).statusCode()).isEqualTo(400);
    }

    @Test
    void pagingParametersAreCheckedAsTheRestFrameworkChecksThem() throws Exception {
        assertThat(call("GET", "/nodes/f1/children?maxItems=0", null).statusCode()).isEqualTo(400);
        assertThat(call("GET", "/nodes/f1/children?skipCount=-1", null).statusCode()).isEqualTo(400);
        assertThat(call("GET", "/nodes/f1/children?maxItems=veel", null).statusCode()).isEqualTo(400);
        // read for every GET before the resource: also where nothing pages, and before an unknown node's 404
        assertThat(call("GET", "/nodes/f1?maxItems=0", null).statusCode()).isEqualTo(400);
        assertThat(call("GET", "/nodes/nope/children?skipCount=-1", null).statusCode()).isEqualTo(400);
        HttpResponse<String> ok = call("GET", "/nodes/f1/children?skipCount=0&maxItems=1", null);
        assertThat(JSON.readTree(ok.body()).at("/list/pagination/maxItems").asInt()).isEqualTo(1);
    }

    private static List<String> names(HttpResponse<String> r) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        for (JsonNode e : JSON.readTree(r.body()).at("/list/entries")) {
            names.add(e.at("/entry/name").asText());
        }
        return names;
    }
}
