package nl.regiobesluit.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Both message bundles of the model label every element, with the key format Alfresco looks up. */
class ModelMessagesTest {

    private static final String DUTCH = ContentModel.MESSAGES_BASE + "_nl.properties";
    private static final String ENGLISH = ContentModel.MESSAGES_BASE + ".properties";

    private final ContentModel model = ContentModel.load();

    /** Every key Alfresco will look up for this model. */
    private List<String> expectedKeys() {
        String m = ContentModel.key(model.document.getDocumentElement().getAttribute("name"));
        List<String> keys = new ArrayList<>();
        keys.add(m + ".description");
        model.types.keySet().forEach(t -> {
            keys.add(m + ".type." + ContentModel.key(t) + ".title");
            keys.add(m + ".type." + ContentModel.key(t) + ".description");
        });
        model.aspects.keySet().forEach(a -> {
            keys.add(m + ".aspect." + ContentModel.key(a) + ".title");
            keys.add(m + ".aspect." + ContentModel.key(a) + ".description");
        });
        model.properties.keySet().forEach(p -> keys.add(m + ".property." + ContentModel.key(p) + ".title"));
        model.associations.keySet().forEach(a -> keys.add(m + ".association." + ContentModel.key(a) + ".title"));
        model.constraints.forEach((c, values) -> values.forEach(
                v -> keys.add("listconstraint." + ContentModel.key(c) + "." + v)));
        return keys;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {DUTCH, ENGLISH})
    void everyModelElementHasALabel(String bundle) {
        Properties p = ContentModel.properties(bundle);
        for (String key : expectedKeys()) {
            assertThat(p.getProperty(key)).as(key + " in " + bundle).isNotBlank();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {DUTCH, ENGLISH})
    void everyKeyInTheBundleLabelsAnElementOfTheModel(String bundle) {
        Properties p = ContentModel.properties(bundle);
        TreeSet<String> optionalDescriptions = new TreeSet<>();
        model.properties.keySet().forEach(x -> optionalDescriptions.add(
                "rb_contentModel.property." + ContentModel.key(x) + ".description"));
        model.associations.keySet().forEach(x -> optionalDescriptions.add(
                "rb_contentModel.association." + ContentModel.key(x) + ".description"));
        List<String> expected = expectedKeys();
        for (String key : p.stringPropertyNames()) {
            assertThat(expected.contains(key) || optionalDescriptions.contains(key))
                    .as("%s in %s names nothing in the model", key, bundle).isTrue();
        }
    }

    @Test
    void bothBundlesHaveTheSameKeys() {
        assertThat(new TreeSet<>(ContentModel.properties(ENGLISH).stringPropertyNames()))
                .isEqualTo(new TreeSet<>(ContentModel.properties(DUTCH).stringPropertyNames()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {DUTCH, ENGLISH})
    void bundlesAreAsciiWithUnicodeEscapes(String bundle) {
        // Alfresco's older loaders read bundles as ISO-8859-1: plain ASCII plus \\u escapes reads the same everywhere.
        byte[] bytes = ContentModel.bytes(bundle);
        for (int i = 0; i < bytes.length; i++) {
            assertThat(bytes[i] & 0xff).as("byte %d of %s", i, bundle).isLessThan(0x80);
        }
    }

    @Test
    void dutchIsTheDefaultBundle() {
        Properties nl = ContentModel.properties(DUTCH);
        Properties en = ContentModel.properties(ENGLISH);
        assertThat(nl.getProperty("rb_contentModel.type.rb_proposal.title")).isEqualTo("Voorstel");
        assertThat(en.getProperty("rb_contentModel.type.rb_proposal.title")).isEqualTo("Proposal");
        assertThat(nl.getProperty("listconstraint.rb_routeStatusList.SUBMITTED")).isEqualTo("Ingediend");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {DUTCH, ENGLISH})
    void messagesHaveNoApostrophesThatMessageFormatWouldSwallow(String bundle) {
        // Messages with arguments go through java.text.MessageFormat, where a single ' starts a quoted section.
        ContentModel.properties(bundle).forEach((k, v) -> assertThat((String) v).as(k + " in " + bundle).doesNotContain("'"));
    }
}
