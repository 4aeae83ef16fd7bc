package nl.regiobesluit.routing.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.AnnotationIntrospector;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.introspect.Annotated;
import tools.jackson.databind.introspect.AnnotatedClass;
import tools.jackson.databind.introspect.NopAnnotationIntrospector;

/**
 * The JSON of the requests the Alfresco Java SDK's Feign clients send (they use Boot's Jackson 3 mapper, BUILD.md
 * pitfall 8): a field the service leaves unset is left out, not sent as {@code null}.
 *
 * <p>The SDK's request models ({@code NodeBodyUpdate}, {@code NodeBodyCreate}, {@code SearchRequest}, …) would send
 * every unset field as null: {@code {"name":null,"nodeType":null,"aspectNames":null,"permissions":null,…}}. Alfresco's
 * own definitions of these bodies (alfresco-core.yaml, alfresco-search.yaml; Swagger 2.0, which has no null) allow a
 * field to be absent but not null, and Alfresco treats an absent field as "not changed" (NodesImpl#updateNode reads
 * each with a null check). So the requests say only what they mean, and meet the definitions.
 *
 * <p>Only the SDK's own classes ({@code org.alfresco.*}) are affected, and only their fields: a {@code null} value
 * inside {@code properties} is still sent, because that is how the v1 API removes a property.
 */
@Configuration
public class AlfrescoJsonConfig {

    private static final JsonInclude.Value FIELDS_WITHOUT_NULLS = JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
            JsonInclude.Include.ALWAYS);

    @Bean
    JsonMapperBuilderCustomizer alfrescoRequestsWithoutUnsetFields() {
        return builder -> builder.annotationIntrospector(
                AnnotationIntrospector.pair(new AlfrescoModels(), builder.annotationIntrospector()));
    }

    /** As if each SDK model class carried {@code @JsonInclude(value = NON_NULL, content = ALWAYS)}. */
    static final class AlfrescoModels extends NopAnnotationIntrospector {
        private static final long serialVersionUID = 1L;

        @Override
        public JsonInclude.Value findPropertyInclusion(MapperConfig<?> config, Annotated a) {
            if (a instanceof AnnotatedClass c && c.getRawType().getName().startsWith("org.alfresco.")) {
                return FIELDS_WITHOUT_NULLS;
            }
            return JsonInclude.Value.empty();
        }
    }
}
