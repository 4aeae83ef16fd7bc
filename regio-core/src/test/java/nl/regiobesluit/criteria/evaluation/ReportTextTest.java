package nl.regiobesluit.criteria.evaluation;

import nl.regiobesluit.ProjectFiles;
import nl.regiobesluit.criteria.AssessmentFramework;
import nl.regiobesluit.routing.CooperationModel;
import nl.regiobesluit.routing.CouncilOutcome;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report's words for stored codes: both bundles complete, every code the model allows has words, and the words do
 * not depend on the JVM's default locale (ResourceBundle would otherwise try it before the English base bundle).
 */
class ReportTextTest {

    private static final String DIR = "/nl/regiobesluit/criteria/evaluation/";

    private static Properties bundle(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = ReportTextTest.class.getResourceAsStream(DIR + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** The allowed values of a LIST constraint in the platform module's content model. */
    private static List<String> allowedValues(String constraint) throws Exception {
        Path model = ProjectFiles.root().resolve("platform-module/src/main/resources/alfresco/module/regiobesluit-platform/model/regiobesluit-model.xml");
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(model.toFile());
        NodeList constraints = doc.getElementsByTagName("constraint");
        for (int i = 0; i < constraints.getLength(); i++) {
            Element c = (Element) constraints.item(i);
            if (constraint.equals(c.getAttribute("name"))) {
                List<String> values = new ArrayList<>();
                NodeList v = c.getElementsByTagName("value");
                for (int j = 0; j < v.getLength(); j++) {
                    String text = v.item(j).getTextContent().trim();
                    if (!text.equals("true") && !text.equals("false")) {
                        values.add(text);
                    }
                }
                return values;
            }
        }
        throw new AssertionError("no constraint " + constraint);
    }

    @Test
    void theDutchAndTheEnglishBundleHaveTheSameKeys() throws Exception {
        Properties english = bundle("evaluation-report.properties");
        Properties dutch = bundle("evaluation-report_nl.properties");
        assertThat(dutch.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        assertThat(english.stringPropertyNames()).hasSizeGreaterThan(60);
    }

    @Test
    void everyAmbitionPolicyDomainAndModelTheContentModelAllowsHasWords() throws Exception {
        Properties english = bundle("evaluation-report.properties");
        for (String v : allowedValues("rb:ambitionList")) {
            assertThat(english.getProperty("ambition." + v)).as(v).isNotBlank();
        }
        for (String v : allowedValues("rb:policyDomainList")) {
            assertThat(english.getProperty("domain." + v)).as(v).isNotBlank();
        }
        for (String v : allowedValues("rb:cooperationModelList")) {
            assertThat(english.getProperty("model." + v)).as(v).isNotBlank();
        }
        for (var c : AssessmentFramework.shipped().criteria()) {
            assertThat(english.getProperty("criterion." + c.code())).as(c.code()).isNotBlank();
        }
    }

    @Test
    void codesBecomeWordsWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            for (Locale server : List.of(Locale.US, Locale.forLanguageTag("nl-NL"))) {
                Locale.setDefault(server);
                ReportText text = ReportText.load();
                assertThat(text.ambition("ECONOMIE_EN_KENNIS")).as(server.toString()).isEqualTo(new Words("Economie en kennis", "economy and knowledge"));
                assertThat(text.policyDomain("MOBILITEIT")).isEqualTo(new Words("Verkeer en mobiliteit", "traffic and mobility"));
                assertThat(text.model(CooperationModel.LIGHT_CONSULTATION))
                        .isEqualTo(new Words("Lichte samenwerking (overleg, unanimiteit)", "light consultation (unanimity)"));
                assertThat(text.councilOutcome(CouncilOutcome.POSTPONED)).isEqualTo(new Words("aangehouden", "postponed"));
            }
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void decisionRulesInWords() {
        ReportText text = ReportText.load();
        assertThat(text.rule("qualified:7/10,base=all")).isEqualTo(new Words("ten minste 70% van alle leden", "at least 70% of all members"));
        assertThat(text.rule("qualified>:2/3,base=cast")).isEqualTo(new Words("meer dan 66,7% van de uitgebrachte stemmen", "more than 66.7% of the votes cast"));
        assertThat(text.rule("majority")).isEqualTo(new Words("gewone meerderheid van alle leden", "simple majority of all members"));
        assertThat(text.rule("unanimity,base=cast")).isEqualTo(new Words("unanimiteit van de uitgebrachte stemmen", "unanimity of the votes cast"));
        assertThat(text.rule("double:0.65:3,quorum=0.5")).isEqualTo(new Words("ten minste 65% van alle leden en ten minste 3 gemeenten voor, quorum 50%",
                "at least 65% of all members and at least 3 municipalities in favour, quorum 50%"));
        assertThat(text.scheme("B")).isEqualTo(new Words("weging B", "weighting B"));
    }

    @Test
    void aValueTheBundleDoesNotKnowIsShownAsWritten() {
        assertThat(ReportText.load().ambition("Haven en kust")).isEqualTo(Words.same("Haven en kust"));
    }
}
