package nl.regiobesluit.share;

import nl.regiobesluit.platform.ContentModel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/** The Share message bundle: registered the Share way, complete in Dutch and English, and in step with the model. */
class ShareMessagesTest {

    private static final String DUTCH = ShareConfig.MESSAGES_BASE + "_nl.properties";
    private static final String ENGLISH = ShareConfig.MESSAGES_BASE + ".properties";
    /** Share's own labels of its own search forms, re-listed in AdvancedSearch; they live in Share's bundles. */
    private static final Set<String> SHARE_OWN_KEYS = Set.of("search.form.label.cm_content",
            "search.form.desc.cm_content", "search.form.label.cm_folder", "search.form.desc.cm_folder");

    private final ContentModel model = ContentModel.load();
    private final ShareConfig share = ShareConfig.load();

    /**
     * Every message key the config refers to (label-id, help-id, description-id, labelId, descriptionId) and every
     * rb. key named in this JAR's control templates.
     */
    private Set<String> referencedKeys() {
        Set<String> keys = new TreeSet<>();
        NodeList all = share.document.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            NamedNodeMap attrs = all.item(i).getAttributes();
            for (int j = 0; j < attrs.getLength(); j++) {
                String name = attrs.item(j).getNodeName();
                if (Set.of("label-id", "help-id", "description-id", "labelId", "descriptionId").contains(name)) {
                    keys.add(attrs.item(j).getNodeValue());
                }
            }
        }
        keys.removeAll(SHARE_OWN_KEYS);
        // and the labels and messages of this JAR's own form controls (the vote-members pick-list)
        keys.addAll(ShareConfig.controlMessageKeys());
        // the document-library actions' labels and the messages of their script
        share.actions().forEach(a -> keys.add(a.getAttribute("label")));
        keys.addAll(ShareConfig.messageKeysIn(ShareConfig.text(ShareConfig.ACTIONS_SCRIPT)));
        return keys;
    }

    /** The names Share's Change type and Manage aspects dialogs look up. */
    private Set<String> dialogKeys() {
        Set<String> keys = new TreeSet<>();
        model.types.keySet().forEach(t -> keys.add("type." + ContentModel.key(t)));
        model.aspects.keySet().forEach(a -> keys.add("aspect." + ContentModel.key(a)));
        return keys;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {DUTCH, ENGLISH})
    void everyLabelAndHelpTextTheConfigRefersToExists(String bundle) {
        Properties p = ContentModel.properties(bundle);
        assertThat(referencedKeys()).isNotEmpty()
                .allSatisfy(k -> assertThat(p.getProperty(k)).as(k + " in " + bundle).isNotBlank());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {DUTCH, ENGLISH})
    void everyTypeAndAspectHasANameInTheChangeTypeAndManageAspectsDialogs(String bundle) {
        Properties p = ContentModel.properties(bundle);
        dialogKeys().forEach(k -> assertThat(p.getProperty(k)).as(k + " in " + bundle).isNotBlank());
    }

    @Test
    void theDialogNamesAreTheModelsOwnLabels() {
        for (String suffix : List.of(".properties", "_nl.properties")) {
            Properties shareBundle = ContentModel.properties(ShareConfig.MESSAGES_BASE + suffix);
            Properties modelBundle = ContentModel.properties(ContentModel.MESSAGES_BASE + suffix);
            model.types.keySet().forEach(t -> assertThat(shareBundle.getProperty("type." + ContentModel.key(t)))
                    .as(t + suffix).isEqualTo(modelBundle.getProperty(
                            "rb_contentModel.type." + ContentModel.key(t) + ".title")));
            model.aspects.keySet().forEach(a -> assertThat(shareBundle.getProperty("aspect." + ContentModel.key(a)))
                    .as(a + suffix).isEqualTo(modelBundle.getProperty(
                            "rb_contentModel.aspect." + ContentModel.key(a) + ".title")));
        }
    }

    @Test
    void everyKeyInTheBundleIsUsed() {
        Set<String> used = new TreeSet<>(referencedKeys());
        used.addAll(dialogKeys());
        assertThat(new TreeSet<>(ContentModel.properties(DUTCH).stringPropertyNames())).isEqualTo(used);
    }

    @Test
    void bothBundlesHaveTheSameKeys() {
        assertThat(new TreeSet<>(ContentModel.properties(ENGLISH).stringPropertyNames()))
                .isEqualTo(new TreeSet<>(ContentModel.properties(DUTCH).stringPropertyNames()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {DUTCH, ENGLISH})
    void bundlesAreAsciiWithUnicodeEscapes(String bundle) {
        byte[] bytes = ContentModel.bytes(bundle);
        for (int i = 0; i < bytes.length; i++) {
            assertThat(bytes[i] & 0xff).as("byte %d of %s", i, bundle).isLessThan(0x80);
        }
    }

    @Test
    void theBundleIsRegisteredTheShareWay() throws Exception {
        Document ctx;
        try (InputStream in = ContentModel.resource(ShareConfig.CONTEXT)) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            ctx = f.newDocumentBuilder().parse(in);
        }
        List<Element> beans = ContentModel.children(ctx.getDocumentElement(), "bean");
        assertThat(beans).hasSize(1);
        assertThat(beans.get(0).getAttribute("class"))
                .isEqualTo("org.springframework.extensions.surf.util.ResourceBundleBootstrapComponent");
        Element property = ContentModel.child(beans.get(0), "property");
        assertThat(property.getAttribute("name")).isEqualTo("resourceBundles");
        List<String> bundles = ContentModel.children(ContentModel.child(property, "list"), "value").stream()
                .map(v -> v.getTextContent().trim()).toList();
        // Share names bundles with dots; the file is the base name plus .properties.
        assertThat(bundles).containsExactly(ShareConfig.MESSAGES_BASE.replace('/', '.'));
        ContentModel.resource(bundles.get(0).replace('.', '/') + ".properties").close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {DUTCH, ENGLISH})
    void messagesHaveNoApostrophesThatMessageFormatWouldSwallow(String bundle) {
        // Messages with arguments go through java.text.MessageFormat, where a single ' starts a quoted section.
        ContentModel.properties(bundle).forEach((k, v) -> assertThat((String) v).as(k + " in " + bundle).doesNotContain("'"));
    }
}
