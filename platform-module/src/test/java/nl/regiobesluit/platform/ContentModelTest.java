package nl.regiobesluit.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import nl.regiobesluit.model.RbModel;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The model XML against Alfresco's rules and against the names in {@link RbModel}. */
class ContentModelTest {

    private final ContentModel model = ContentModel.load();

    // ---------------------------------------------------------------- file and format

    @Test
    void theModelFileHasNoByteOrderMarkAndIsUtf8Xml() {
        byte[] bytes = ContentModel.bytes(ContentModel.MODEL_RESOURCE);
        // Alfresco 25.1 refuses a model that starts with a byte-order mark.
        assertThat(bytes).isNotEmpty();
        assertThat(bytes[0]).as("first byte").isEqualTo((byte) '<');
        assertThat(new String(bytes, 0, 38, StandardCharsets.US_ASCII))
                .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        assertThat(model.document.getDocumentElement().getNamespaceURI()).isEqualTo(ContentModel.DICTIONARY_NS);
    }

    @Test
    void theModelIsNamedAndNamespacedAsInRbModel() {
        Element root = model.document.getDocumentElement();
        assertThat(root.getAttribute("name")).isEqualTo(RbModel.MODEL_NAME);
        Element ns = ContentModel.child(ContentModel.child(root, "namespaces"), "namespace");
        assertThat(ns.getAttribute("uri")).isEqualTo(RbModel.NAMESPACE);
        assertThat(ns.getAttribute("prefix")).isEqualTo(RbModel.PREFIX);
    }

    @Test
    void theModelUsesNothingThatAlfrescosSchemaRejects() {
        Element root = model.document.getDocumentElement();
        // The runtime accepts these, modelSchema.xsd does not.
        assertThat(root.hasAttribute("analyserResourceBundleName")).isFalse();
        assertThat(root.getElementsByTagNameNS("*", "default-analyser-class").getLength()).isZero();
        for (Element c : all("constraint")) {
            assertThat(ContentModel.child(c, "title")).as("title in " + c.getAttribute("name")).isNull();
            assertThat(ContentModel.child(c, "description")).as("description in " + c.getAttribute("name")).isNull();
        }
    }

    @Test
    void theModelFollowsTheElementOrderOfAlfrescosSchema() {
        // The schema's sequences; checked here too because the schema itself is not always at hand.
        assertOrder(model.document.getDocumentElement(), List.of("description", "author", "published", "version",
                "imports", "namespaces", "data-types", "constraints", "types", "aspects"));
        List<String> classOrder = List.of("title", "description", "parent", "archive", "includedInSuperTypeQuery",
                "properties", "associations", "overrides", "mandatory-aspects");
        model.types.values().forEach(c -> assertOrder(c.element(), classOrder));
        model.aspects.values().forEach(c -> assertOrder(c.element(), classOrder));
        List<String> propertyOrder = List.of("title", "description", "type", "protected", "mandatory", "multiple",
                "default", "index", "constraints", "encrypted");
        model.properties.values().forEach(p -> assertOrder(p.element(), propertyOrder));
        List<String> indexOrder = List.of("atomic", "stored", "tokenised", "facetable");
        all("index").forEach(i -> assertOrder(i, indexOrder));
    }

    @Test
    void theModelValidatesAgainstAlfrescosModelSchemaWhenItIsAvailable() throws Exception {
        String root = System.getProperty("regio.repo.root");
        assumeTrue(root != null, "regio.repo.root is not set (run through Maven)");
        Path xsd = Path.of(root, "..", "shared", "reference", "alfresco", "modelSchema.xsd").normalize();
        assumeTrue(Files.isRegularFile(xsd), "Alfresco's modelSchema.xsd is not at " + xsd + "; schema check skipped");
        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd.toFile());
        byte[] bytes = ContentModel.bytes(ContentModel.MODEL_RESOURCE);
        assertDoesNotThrow(() -> schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(bytes))));
    }

    // ---------------------------------------------------------------- content

    @Test
    void everyTypeIsASubtypeOfCmContentButTheJointArrangementWhichIsAFolder() {
        assertThat(model.types).isNotEmpty();
        // A joint arrangement holds its meetings, vote weights and Wgr procedures, so it is a folder (issue 15).
        model.types.values().forEach(t -> assertThat(t.parent()).as(t.name())
                .isEqualTo(t.name().equals(RbModel.TYPE_JOINT_ARRANGEMENT) ? "cm:folder" : "cm:content"));
    }

    @Test
    void perCouncilRecordsOfAJointArrangementAreNodesLinkedByAssociationAsCouncilDecisionsAre() {
        assertThat(model.associations.get(RbModel.ASSOC_GR_MEETING_COVER_NOTES).targetClass()).isEqualTo(RbModel.TYPE_COVER_NOTE);
        assertThat(model.associations.get(RbModel.ASSOC_WGR_PROCEDURE_ZIENSWIJZEN).targetClass()).isEqualTo(RbModel.TYPE_ZIENSWIJZE);
        for (String prop : List.of(RbModel.PROP_COVER_NOTE_MUNICIPALITY, RbModel.PROP_ZIENSWIJZE_MUNICIPALITY,
                RbModel.PROP_ARRANGEMENT_NAME, RbModel.PROP_LEGAL_FORM, RbModel.PROP_GR_MEETING_DATE,
                RbModel.PROP_WGR_PROCEDURE_KIND, RbModel.PROP_ZIENSWIJZE_STATUS, RbModel.PROP_WEIGHTS_VALID_FROM)) {
            assertThat(model.properties.get(prop).mandatory()).as(prop).isTrue();
        }
        assertThat(ContentModel.text(model.properties.get(RbModel.PROP_INSTRUCTION_LEAD_DAYS).element(), "default")).isEqualTo("7");
        assertThat(ContentModel.text(model.properties.get(RbModel.PROP_EVALUATION_CYCLE_YEARS).element(), "default")).isEqualTo("4");
    }

    @Test
    void everyDataTypeIsAnAlfrescoDataType() {
        Set<String> allowed = Set.of("d:text", "d:mltext", "d:int", "d:long", "d:double", "d:float", "d:date",
                "d:datetime", "d:boolean", "d:noderef");
        model.properties.values().forEach(p -> assertThat(p.type()).as(p.name()).isIn(allowed));
    }

    @Test
    void everyMandatoryAspectAndAssociationTargetExists() {
        for (var t : model.types.values()) {
            assertThat(model.aspects.keySet()).as("mandatory aspects of " + t.name()).containsAll(t.mandatoryAspects());
        }
        model.associations.values().forEach(a -> assertThat(a.targetClass()).as(a.name())
                .satisfiesAnyOf(c -> assertThat(model.types).containsKey(c), c -> assertThat(c).isEqualTo("cm:content")));
    }

    @Test
    void everyConstantOfRbModelNamesAnElementOfTheModel() {
        constants("TYPE_").forEach((k, v) -> assertThat(model.types).as(k).containsKey(v));
        constants("ASPECT_").forEach((k, v) -> assertThat(model.aspects).as(k).containsKey(v));
        constants("PROP_").forEach((k, v) -> assertThat(model.properties).as(k).containsKey(v));
        constants("ASSOC_").forEach((k, v) -> assertThat(model.associations).as(k).containsKey(v));
        constants("CONSTRAINT_").forEach((k, v) -> assertThat(model.constraints).as(k).containsKey(v));
    }

    @Test
    void everyElementOfTheModelHasAConstantInRbModel() {
        assertThat(new TreeSet<>(constants("TYPE_").values())).isEqualTo(new TreeSet<>(model.types.keySet()));
        assertThat(new TreeSet<>(constants("ASPECT_").values())).isEqualTo(new TreeSet<>(model.aspects.keySet()));
        assertThat(new TreeSet<>(constants("PROP_").values())).isEqualTo(new TreeSet<>(model.properties.keySet()));
        assertThat(new TreeSet<>(constants("ASSOC_").values())).isEqualTo(new TreeSet<>(model.associations.keySet()));
        assertThat(new TreeSet<>(constants("CONSTRAINT_").values())).isEqualTo(new TreeSet<>(model.constraints.keySet()));
    }

    @Test
    void everyConstraintListsExactlyTheValuesOfItsVocabularyInRbModel() {
        Map<String, String> vocabularies = new LinkedHashMap<>();
        vocabularies.put("STATUS_", RbModel.CONSTRAINT_ROUTE_STATUS);
        vocabularies.put("SUBMITTER_", RbModel.CONSTRAINT_SUBMITTER_KIND);
        vocabularies.put("ADVICE_", RbModel.CONSTRAINT_ADVICE_KIND);
        vocabularies.put("OUTCOME_", RbModel.CONSTRAINT_COUNCIL_OUTCOME);
        vocabularies.put("MOTION_OUTCOME_", RbModel.CONSTRAINT_MOTION_OUTCOME);
        vocabularies.put("AGENDA_ITEM_", RbModel.CONSTRAINT_AGENDA_ITEM_KIND);
        vocabularies.put("VOTING_BODY_", RbModel.CONSTRAINT_VOTING_BODY);
        vocabularies.put("RECORD_", RbModel.CONSTRAINT_RECORD_OUTCOME);
        vocabularies.put("COOPERATION_MODEL_", RbModel.CONSTRAINT_COOPERATION_MODEL);
        vocabularies.put("AMBITION_", RbModel.CONSTRAINT_AMBITION);
        vocabularies.put("POLICY_DOMAIN_", RbModel.CONSTRAINT_POLICY_DOMAIN);
        vocabularies.put("JUDGMENT_", RbModel.CONSTRAINT_JUDGMENT);
        vocabularies.put("WAARDERING_", RbModel.CONSTRAINT_WAARDERING);
        vocabularies.put("LEGAL_FORM_", RbModel.CONSTRAINT_LEGAL_FORM);
        vocabularies.put("GR_MEETING_", RbModel.CONSTRAINT_GR_MEETING_KIND);
        vocabularies.put("WGR_PROCEDURE_", RbModel.CONSTRAINT_WGR_PROCEDURE_KIND);
        vocabularies.put("ZIENSWIJZE_", RbModel.CONSTRAINT_ZIENSWIJZE_STATUS);
        vocabularies.put("BOARD_RESPONSE_", RbModel.CONSTRAINT_BOARD_RESPONSE);
        vocabularies.put("COOPERATION_ACTION_", RbModel.CONSTRAINT_COOPERATION_ACTION);
        vocabularies.put("WEIGHTS_SCHEME_", RbModel.CONSTRAINT_WEIGHTS_SCHEME);
        assertThat(vocabularies.values()).containsExactlyInAnyOrderElementsOf(lists());
        vocabularies.forEach((prefix, constraint) -> assertThat(model.constraints.get(constraint))
                .as(constraint + " against RbModel." + prefix + "*")
                .containsExactlyInAnyOrderElementsOf(constants(prefix).values()));
        assertThat(model.constraints.get(RbModel.CONSTRAINT_AMBITION)).as("the seven ambitions").hasSize(7);
        assertThat(model.constraints.get(RbModel.CONSTRAINT_POLICY_DOMAIN)).as("the five policy domains").hasSize(5);
    }

    @Test
    void vocabularyCodesAreUpperSnakeAscii() {
        lists().forEach(name -> assertThat(model.constraints.get(name)).as(name).isNotEmpty()
                .allSatisfy(v -> assertThat(v).matches("[A-Z][A-Z0-9_]*")));
    }

    private Set<String> lists() {
        Set<String> lists = new TreeSet<>();
        model.constraintTypes.forEach((name, type) -> {
            if ("LIST".equals(type)) {
                lists.add(name);
            }
        });
        return lists;
    }

    @Test
    void theModelsConstraintsAreVocabulariesOrTheTwoRanges() {
        // Review #22: lead days 0..365, evaluation cycle 1..20 years (MINMAX, both ends inclusive:
        // org.alfresco.repo.dictionary.constraint.NumericRangeConstraint).
        assertThat(new TreeSet<>(model.constraintTypes.values())).containsExactly("LIST", "MINMAX");
        assertThat(model.ranges).containsOnlyKeys(RbModel.CONSTRAINT_INSTRUCTION_LEAD_DAYS_RANGE, RbModel.CONSTRAINT_EVALUATION_CYCLE_YEARS_RANGE);
        assertThat(model.ranges.get(RbModel.CONSTRAINT_INSTRUCTION_LEAD_DAYS_RANGE)).containsExactlyInAnyOrderEntriesOf(
                Map.of("minValue", "0", "maxValue", "365"));
        assertThat(model.ranges.get(RbModel.CONSTRAINT_EVALUATION_CYCLE_YEARS_RANGE)).containsExactlyInAnyOrderEntriesOf(
                Map.of("minValue", "1", "maxValue", "20"));
        assertThat(model.properties.get(RbModel.PROP_INSTRUCTION_LEAD_DAYS).constraintRefs())
                .containsExactly(RbModel.CONSTRAINT_INSTRUCTION_LEAD_DAYS_RANGE);
        assertThat(model.properties.get(RbModel.PROP_EVALUATION_CYCLE_YEARS).constraintRefs())
                .containsExactly(RbModel.CONSTRAINT_EVALUATION_CYCLE_YEARS_RANGE);
        assertThat(model.properties.get(RbModel.PROP_PARTICIPANTS).mandatory()).isTrue();
    }

    @Test
    void everyConstrainedPropertyRefersToAConstraintOfTheModel() {
        model.properties.values().forEach(p -> assertThat(model.constraints.keySet()).as(p.name())
                .containsAll(p.constraintRefs()));
        // A constraint nobody uses would be a vocabulary without a field.
        Set<String> used = new TreeSet<>();
        model.properties.values().forEach(p -> used.addAll(p.constraintRefs()));
        assertThat(used).containsAll(model.constraints.keySet());
    }

    @Test
    void aConstrainedDefaultIsOneOfItsAllowedValues() {
        for (var p : model.properties.values()) {
            String def = ContentModel.text(p.element(), "default");
            if (def != null && !p.constraintRefs().isEmpty()) {
                String c = p.constraintRefs().get(0);
                if ("MINMAX".equals(model.constraintTypes.get(c))) {
                    assertThat(Double.parseDouble(def)).as(p.name()).isBetween(Double.parseDouble(model.ranges.get(c).get("minValue")),
                            Double.parseDouble(model.ranges.get(c).get("maxValue")));
                } else {
                    assertThat(model.constraints.get(c)).as(p.name()).contains(def);
                }
            }
        }
    }

    @Test
    void computedValuesAreNeverMandatory() {
        for (var p : model.properties.values()) {
            if (p.owner().equals(RbModel.ASPECT_VOTE_RESULT) || isIndicator(p.name())) {
                assertThat(p.mandatory()).as(p.name()).isFalse();
            }
        }
    }

    @Test
    void theFullResultJsonIsStoredButNotIndexed() {
        Element index = ContentModel.child(model.properties.get(RbModel.PROP_RESULT_JSON).element(), "index");
        assertThat(index).isNotNull();
        assertThat(index.getAttribute("enabled")).isEqualTo("false");
    }

    @Test
    void whatArchivistsSearchOnIsIndexedForExactMatchAndFacets() {
        for (String prop : List.of(RbModel.PROP_RECORD_OUTCOME, RbModel.PROP_CRITERIA_AMBITION,
                RbModel.PROP_CRITERIA_POLICY_DOMAIN, RbModel.PROP_CRITERIA_COOPERATION_MODEL,
                RbModel.PROP_RECORD_MUNICIPALITIES, RbModel.PROP_ROUTE_STATUS, RbModel.PROP_DECIDED_ON,
                RbModel.PROP_WAARDERING)) {
            Element index = ContentModel.child(model.properties.get(prop).element(), "index");
            assertThat(index).as(prop).isNotNull();
            assertThat(index.getAttribute("enabled")).as(prop).isEqualTo("true");
            assertThat(ContentModel.text(index, "facetable")).as(prop + " facetable").isEqualTo("true");
        }
    }

    @Test
    void memberListsAndMunicipalitiesAreMultiValuedText() {
        for (String prop : List.of(RbModel.PROP_VOTES_YES, RbModel.PROP_VOTES_NO, RbModel.PROP_VOTES_ABSTAIN,
                RbModel.PROP_PARTICIPATING_MUNICIPALITIES, RbModel.PROP_RECORD_MUNICIPALITIES, RbModel.PROP_PARTICIPANTS,
                RbModel.PROP_AB_MEMBERS, RbModel.PROP_DB_MEMBERS, RbModel.PROP_BUDGET_SHARES, RbModel.PROP_WEIGHTS_PER_PARTICIPANT)) {
            assertThat(model.properties.get(prop).type()).as(prop).isEqualTo("d:text");
            assertThat(model.properties.get(prop).multiple()).as(prop).isTrue();
        }
    }

    @Test
    void theModelNamesNoRegionItsMunicipalitiesAreData() {
        String xml = new String(ContentModel.bytes(ContentModel.MODEL_RESOURCE), StandardCharsets.UTF_8);
        for (String name : List.of("Leiden", "Leiderdorp", "Oegstgeest", "Voorschoten", "Zoeterwoude")) {
            assertThat(xml).as("region name in the model").doesNotContain(name);
        }
    }

    // ---------------------------------------------------------------- helpers

    /** Indicators of rb:modelCriteria: everything but the cooperation model, ambition, domain and the judgments. */
    private boolean isIndicator(String prop) {
        var p = model.properties.get(prop);
        boolean chosenByPeople = Set.of(RbModel.PROP_CRITERIA_COOPERATION_MODEL, RbModel.PROP_CRITERIA_AMBITION,
                RbModel.PROP_CRITERIA_POLICY_DOMAIN).contains(prop) || prop.startsWith("rb:judgment");
        return p != null && p.owner().equals(RbModel.ASPECT_MODEL_CRITERIA) && !chosenByPeople;
    }

    /**
     * The String constants of RbModel whose field names start with the prefix, field name to value. Prefixes match
     * from the start only, so "OUTCOME_" does not take in "MOTION_OUTCOME_".
     */
    static Map<String, String> constants(String prefix) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Field f : RbModel.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class && f.getName().startsWith(prefix)) {
                try {
                    out.put(f.getName(), (String) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return out;
    }

    private List<Element> all(String localName) {
        List<Element> out = new ArrayList<>();
        var nodes = model.document.getElementsByTagNameNS(ContentModel.DICTIONARY_NS, localName);
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    private static void assertOrder(Element parent, List<String> order) {
        int last = -1;
        for (Element c : ContentModel.children(parent, null)) {
            int at = order.indexOf(c.getLocalName());
            assertThat(at).as("<%s> is allowed in <%s %s>", c.getLocalName(), parent.getLocalName(),
                    parent.getAttribute("name")).isNotNegative();
            assertThat(at).as("<%s> comes in schema order in <%s %s>", c.getLocalName(), parent.getLocalName(),
                    parent.getAttribute("name")).isGreaterThan(last);
            last = at;
        }
    }
}
