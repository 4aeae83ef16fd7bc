package nl.regiobesluit.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** What Alfresco's module service needs to find, name and load the module. */
class ModuleFilesTest {

    @Test
    void modulePropertiesIsComplete() {
        Properties p = ContentModel.properties(ContentModel.MODULE + "module.properties");
        assertThat(p.getProperty("module.id")).isEqualTo("regiobesluit-platform");
        assertThat(p.getProperty("module.version")).as("module.version").matches("\\d+\\.\\d+\\.\\d+");
        assertThat(p.getProperty("module.title")).isNotBlank();
        assertThat(p.getProperty("module.description")).isNotBlank();
        assertThat(p.getProperty("module.repo.version.min")).as("minimum repository version").matches("2[3-9](\\.\\d+)*");
    }

    @Test
    void theModuleContextImportsTheBootstrapContext() throws Exception {
        Document ctx = parse(ContentModel.MODULE + "module-context.xml");
        List<Element> imports = ContentModel.children(ctx.getDocumentElement(), "import");
        assertThat(imports).extracting(e -> e.getAttribute("resource"))
                .containsExactly("classpath:" + ContentModel.MODULE + "context/bootstrap-context.xml");
    }

    @Test
    void theBootstrapBeanLoadsTheModelAndItsMessagesAfterAlfrescosOwnDictionary() throws Exception {
        Document ctx = parse(ContentModel.MODULE + "context/bootstrap-context.xml");
        List<Element> beans = ContentModel.children(ctx.getDocumentElement(), "bean");
        assertThat(beans).hasSize(1);
        Element bean = beans.get(0);
        assertThat(bean.getAttribute("parent")).isEqualTo("dictionaryModelBootstrap");
        assertThat(bean.getAttribute("depends-on")).isEqualTo("dictionaryBootstrap");
        List<String> models = listValues(bean, "models");
        List<String> labels = listValues(bean, "labels");
        assertThat(models).containsExactly(ContentModel.MODEL_RESOURCE);
        assertThat(labels).containsExactly(ContentModel.MESSAGES_BASE);
        // Every name resolves on the classpath, as it will inside Alfresco.
        ContentModel.resource(models.get(0)).close();
        ContentModel.resource(labels.get(0) + ".properties").close();
        ContentModel.resource(labels.get(0) + "_en.properties").close();
        ContentModel.resource(labels.get(0) + "_nl.properties").close();
    }

    @Test
    void theModuleIsResourcesOnly() {
        String root = System.getProperty("regio.repo.root");
        assumeTrue(root != null, "regio.repo.root is not set (run through Maven)");
        // Alfresco's repository jars cannot be compiled against here: everything in this module is configuration.
        assertThat(Files.exists(Path.of(root, "platform-module", "src", "main", "java"))).isFalse();
    }

    private static List<String> listValues(Element bean, String property) {
        for (Element p : ContentModel.children(bean, "property")) {
            if (property.equals(p.getAttribute("name"))) {
                return ContentModel.children(ContentModel.child(p, "list"), "value").stream()
                        .map(v -> v.getTextContent().trim()).toList();
            }
        }
        throw new AssertionError("no property " + property);
    }

    private static Document parse(String resource) throws Exception {
        try (InputStream in = ContentModel.resource(resource)) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            return f.newDocumentBuilder().parse(in);
        }
    }
}
