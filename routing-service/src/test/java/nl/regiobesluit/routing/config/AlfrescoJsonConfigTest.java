package nl.regiobesluit.routing.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.alfresco.core.model.NodeBodyUpdate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The SDK's request bodies leave out what the service did not set, and keep a null property value (a removal). */
class AlfrescoJsonConfigTest {

    @Test
    void unsetFieldsAreLeftOutAndANullPropertyValueStays() {
        JsonMapper.Builder builder = JsonMapper.builder();
        new AlfrescoJsonConfig().alfrescoRequestsWithoutUnsetFields().customize(builder);
        JsonMapper mapper = builder.build();
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("rb:routeStatus", "DECIDED");
        properties.put("rb:overdue", null);
        NodeBodyUpdate body = new NodeBodyUpdate();
        body.setProperties(properties);

        assertThat(mapper.writeValueAsString(body)).isEqualTo("{\"properties\":{\"rb:routeStatus\":\"DECIDED\",\"rb:overdue\":null}}");
        // other classes keep Jackson's default
        assertThat(mapper.writeValueAsString(new Holder())).isEqualTo("{\"value\":null}");
    }

    static final class Holder {
        public String value;
    }
}
