package nl.regiobesluit.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.parsers.DocumentBuilderFactory;

import nl.regiobesluit.platform.ContentModel;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * Share resolves every {@code <config evaluator="…">} through the evaluators its config service has registered; a
 * name it does not know makes every lookup of the whole config fail ("Unable to locate evaluator implementation").
 * So the config may only use registered evaluators, and each condition must name something the model has.
 */
class ShareEvaluatorsTest {

    /**
     * Registered by Surf's config service itself (org.springframework.extensions.config.xml.XMLConfigService, in
     * Alfresco/surf-webscripts): {@code string-compare} (StringEvaluator) and {@code object-type} (ObjectTypeEvaluator).
     */
    private static final Set<String> SURF_EVALUATORS = Set.of("string-compare", "object-type");

    /**
     * Registered by Share's forms configuration (form-config.xml, {@code <plug-ins><evaluators>}:
     * org.alfresco.web.config.forms.NodeTypeEvaluator, ModelTypeEvaluator, TaskTypeEvaluator, AspectEvaluator).
     * The test reads them from ../shared/reference/alfresco/share/form-config.xml where it is present, as in CI.
     */
    private static final Set<String> SHARE_FORM_EVALUATORS = Set.of("node-type", "model-type", "task-type", "aspect");

    /**
     * The string-compare conditions this JAR extends, each a section Share's own config defines: DocumentLibrary,
     * DocLibCustom and DocLibActions in share-documentlibrary-config.xml, AdvancedSearch in share-config.xml.
     */
    private static final Set<String> SHARE_SECTIONS = Set.of("DocumentLibrary", "AdvancedSearch", "DocLibCustom", "DocLibActions");

    private final ContentModel model = ContentModel.load();
    private final ShareConfig share = ShareConfig.load();

    @Test
    void everyConfigSectionUsesAnEvaluatorThatShareRegisters() {
        Set<String> known = new LinkedHashSet<>(SURF_EVALUATORS);
        known.addAll(SHARE_FORM_EVALUATORS);
        assertThat(share.configs).isNotEmpty();
        for (Element config : share.configs) {
            assertThat(known).as("evaluator of <config condition=\"%s\">", config.getAttribute("condition"))
                    .contains(config.getAttribute("evaluator"));
        }
    }

    @Test
    void theFormEvaluatorsAssumedHereAreTheOnesSharesFormConfigRegisters() throws Exception {
        String root = System.getProperty("regio.repo.root");
        assumeTrue(root != null, "regio.repo.root is not set (run through Maven)");
        Path formConfig = Path.of(root, "..", "shared", "reference", "alfresco", "share", "form-config.xml").normalize();
        assumeTrue(Files.isRegularFile(formConfig), "Share's form-config.xml is not at " + formConfig + "; check skipped");
        var f = DocumentBuilderFactory.newInstance();
        var doc = f.newDocumentBuilder().parse(formConfig.toFile());
        var evaluators = doc.getElementsByTagName("evaluator");
        Set<String> registered = new TreeSet<>();
        for (int i = 0; i < evaluators.getLength(); i++) {
            Element e = (Element) evaluators.item(i);
            if (!e.getAttribute("id").isEmpty() && !e.getAttribute("class").isEmpty()) {
                registered.add(e.getAttribute("id"));
            }
        }
        assertThat(registered).containsExactlyInAnyOrderElementsOf(SHARE_FORM_EVALUATORS);
    }

    @Test
    void theStringEvaluatorIsNeverUsedBecauseShareRegistersNoEvaluatorOfThatName() {
        assertThat(share.configs).noneMatch(c -> c.getAttribute("evaluator").equals("string"));
    }

    @Test
    void everyConditionNamesWhatItsEvaluatorMatches() {
        Map<String, Set<String>> allowed = Map.of(
                "node-type", model.types.keySet(),
                "model-type", model.types.keySet(),
                "aspect", model.aspects.keySet(),
                "string-compare", SHARE_SECTIONS);
        for (Element config : share.configs) {
            String evaluator = config.getAttribute("evaluator");
            assertThat(allowed.get(evaluator)).as("conditions known for evaluator %s", evaluator).isNotNull();
            assertThat(allowed.get(evaluator)).as("condition of <config evaluator=\"%s\">", evaluator)
                    .contains(config.getAttribute("condition"));
        }
    }

    @Test
    void everyStringCompareSectionExtendedHereIsOneThatSharesOwnConfigDefines() throws Exception {
        String root = System.getProperty("regio.repo.root");
        assumeTrue(root != null, "regio.repo.root is not set (run through Maven)");
        Path dir = Path.of(root, "..", "shared", "reference", "alfresco", "share").normalize();
        assumeTrue(Files.isDirectory(dir), "Share's configuration is not at " + dir + "; check skipped");
        Set<String> defined = new TreeSet<>();
        for (String file : new String[] {"share-config.xml", "share-documentlibrary-config.xml"}) {
            var f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            var doc = f.newDocumentBuilder().parse(dir.resolve(file).toFile());
            for (Element config : ContentModel.children(doc.getDocumentElement(), "config")) {
                if ("string-compare".equals(config.getAttribute("evaluator"))) {
                    defined.add(config.getAttribute("condition"));
                }
            }
        }
        assertThat(defined).containsAll(SHARE_SECTIONS);
    }
}
