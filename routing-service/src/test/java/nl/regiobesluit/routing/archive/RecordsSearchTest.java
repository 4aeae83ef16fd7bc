package nl.regiobesluit.routing.archive;

import static nl.regiobesluit.model.RbModel.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import nl.regiobesluit.routing.testsupport.RoutingTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/** Archivists find decision records by each field through the service, which asks Alfresco's search API. */
class RecordsSearchTest extends RoutingTestSupport {

    @Value("${local.server.port}")
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void threeRecords() {
        record("Besluit woningbouw", List.of("Leiden", "Voorschoten"), "WONEN", "RUIMTE_EN_WONEN", "REGIONAL_COMMITTEE", RECORD_NO_REGIONAL_DECISION, "2015-04-23T10:00:00.000+0000");
        record("Besluit bereikbaarheid", List.of("Leiden", "Leiderdorp"), "BEREIKBAARHEID", "MOBILITEIT", "REGIONAL_COUNCIL", RECORD_REGIONAL_DECISION_TAKEN, "2016-02-11T10:00:00.000+0000");
        record("Besluit energie", List.of("Oegstgeest"), "ENERGIETRANSITIE", "DUURZAAMHEID_EN_MILIEU", "LIGHT_CONSULTATION", RECORD_NO_REGIONAL_DECISION, "2016-11-30T10:00:00.000+0000");
    }

    private void record(String name, List<String> municipalities, String ambition, String domain, String model, String outcome,
                        String decidedOn) {
        ALFRESCO.addNode("folder-besluiten", name, TYPE_DECISION_RECORD, GRIFFIER, List.of(ASPECT_MODEL_CRITERIA), Map.of(
                PROP_DECIDED_ON, decidedOn,
                PROP_RECORD_MUNICIPALITIES, municipalities, PROP_CRITERIA_AMBITION, ambition, PROP_CRITERIA_POLICY_DOMAIN, domain,
                PROP_CRITERIA_COOPERATION_MODEL, model, PROP_RECORD_OUTCOME, outcome));
    }

    private HttpResponse<String> get(String query) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/records?" + query))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(OPERATOR_LOGIN.getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String q(String key, String value) {
        return key + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void recordsAreFoundByEachField() throws Exception {
        assertThat(get(q("municipality", "Leiden")).body()).contains("Besluit woningbouw").contains("Besluit bereikbaarheid")
                .doesNotContain("Besluit energie").contains("\"total\":2");
        assertThat(get(q("ambition", "ENERGIETRANSITIE")).body()).contains("Besluit energie").contains("\"total\":1");
        assertThat(get(q("domain", "MOBILITEIT")).body()).contains("Besluit bereikbaarheid").contains("\"total\":1");
        assertThat(get(q("model", "REGIONAL_COMMITTEE")).body()).contains("Besluit woningbouw").contains("\"total\":1");
        assertThat(get(q("outcome", RECORD_NO_REGIONAL_DECISION)).body()).contains("\"total\":2");
        assertThat(get(q("from", "2016-01-01") + "&" + q("to", "2016-06-30")).body()).contains("Besluit bereikbaarheid")
                .contains("\"total\":1");
        assertThat(get(q("from", "2016-01-01")).body()).contains("\"total\":2");
        assertThat(get(q("text", "woningbouw")).body()).contains("Besluit woningbouw").contains("\"total\":1");
        assertThat(get(q("municipality", "Leiden") + "&" + q("outcome", RECORD_REGIONAL_DECISION_TAKEN)).body())
                .contains("Besluit bereikbaarheid").contains("\"total\":1");
    }

    @Test
    void badFiltersAreRefusedWithTheFieldNamedAndOutsidersNotAtAll() throws Exception {
        HttpResponse<String> bad = get(q("from", "2015-02-30"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("field 'from': not a date (YYYY-MM-DD): '2015-02-30'");
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/records")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }
}
