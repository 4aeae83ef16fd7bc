package nl.regiobesluit.routing.testsupport;

import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Gives every Spring test context a database of its own on {@link TestPostgres}'s server, before the context starts
 * (registered in META-INF/spring.factories of the test classes, so integration-tests' contexts get it through the
 * test-jar too). The customizer is the same for every context, so Spring's context cache still shares a context
 * between test classes as before; {@link CleanDatabase} empties the tables between them.
 */
public class TestPostgresContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return new OwnDatabase();
    }

    private static final class OwnDatabase implements ContextCustomizer {
        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            Map<String, Object> props = Map.copyOf(TestPostgres.newDataSourceProperties("context"));
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testPostgres", props));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof OwnDatabase;
        }

        @Override
        public int hashCode() {
            return OwnDatabase.class.hashCode();
        }
    }
}
