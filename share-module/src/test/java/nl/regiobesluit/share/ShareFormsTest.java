package nl.regiobesluit.share;

import nl.regiobesluit.platform.ContentModel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.regiobesluit.model.RbModel;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The Share forms, dialogs and searches against the model they show. */
class ShareFormsTest {

    /** Fields Share offers for every cm:content node; they are not rb: names. */
    private static final Set<String> SHARE_FIELDS = Set.of("cm:name", "cm:title", "cm:description", "cm:author",
            "size", "mimetype", "cm:creator", "cm:created", "cm:modifier", "cm:modified", "cm:content");

    /** Written by the routing service alone (the vote behaviour and the criteria step); never added by hand. */
    private static final Set<String> SERVICE_OWNED_ASPECTS = Set.of(RbModel.ASPECT_VOTE_RESULT, RbModel.ASPECT_MODEL_CRITERIA);

    private final ContentModel model = ContentModel.load();
    private final ShareConfig share = ShareConfig.load();

    @Test
    void theShareConfigHasNoByteOrderMarkAndParses() {
        byte[] bytes = ContentModel.bytes(ShareConfig.RESOURCE);
        assertThat(bytes[0]).isEqualTo((byte) '<');
        assertThat(share.document.getDocumentElement().getLocalName()).isEqualTo("alfresco-config");
    }

    @Test
    void everyPropertyInAShareFormExistsInTheModel() {
        assertThat(share.forms).isNotEmpty();
        for (var form : share.forms) {
            List<String> ids = new ArrayList<>(form.shownIds());
            form.fields().forEach(f -> ids.add(f.getAttribute("id")));
            for (String id : ids) {
                if (id.startsWith(RbModel.PREFIX + ":")) {
                    assertThat(model.properties.containsKey(id) || model.associations.containsKey(id))
                            .as("%s in %s is a property or association of the model", id, form).isTrue();
                } else {
                    assertThat(SHARE_FIELDS).as("%s in %s", id, form).contains(id);
                }
            }
        }
    }

    @Test
    void everyFieldOfAFormBelongsToTheTypeOrAspectTheFormIsFor() {
        for (var form : share.forms) {
            Set<String> owners = new HashSet<>();
            owners.add(form.condition());
            var type = model.types.get(form.condition());
            if (type != null) {
                owners.addAll(type.mandatoryAspects());
            }
            for (Element show : form.shows()) {
                String id = show.getAttribute("id");
                String owner = ownerOf(id);
                if (owner == null) {
                    continue;
                }
                if ("true".equals(show.getAttribute("force")) && model.aspects.containsKey(owner)) {
                    // A forced field of an aspect the node may not have yet: Share asks the form service for it by name,
                    // and saving it adds the aspect (the record-vote forms and rb:votes).
                    continue;
                }
                assertThat(owners).as("owner of %s shown in %s", id, form).contains(owner);
            }
        }
    }

    @Test
    void everyShownFieldIsLaidOutInADeclaredSetAndEveryLaidOutFieldIsShown() {
        for (var form : share.forms) {
            Set<String> shown = new HashSet<>(form.shownIds());
            Set<String> laidOut = new HashSet<>();
            Set<String> sets = new HashSet<>();
            form.sets().forEach(s -> sets.add(s.getAttribute("id")));
            for (Element f : form.fields()) {
                laidOut.add(f.getAttribute("id"));
                if (f.hasAttribute("set")) {
                    assertThat(sets).as("set of %s in %s", f.getAttribute("id"), form).contains(f.getAttribute("set"));
                }
            }
            assertThat(laidOut).as("fields of %s", form).isEqualTo(shown);
            form.sets().forEach(s -> assertThat(s.getAttribute("label-id")).as("label of set in " + form).isNotBlank());
        }
    }

    @Test
    void everyTypeHasAViewAndEditFormAndACreateForm() {
        for (String type : model.types.keySet()) {
            assertThat(share.form("node-type", type, "")).as("view/edit form of " + type).isNotNull();
            assertThat(share.form("model-type", type, "")).as("create form of " + type).isNotNull();
            assertThat(share.form("node-type", type, "").shownIds()).as("view/edit form of " + type)
                    .contains("cm:name").containsAll(propertiesAndAssociationsOf(type));
        }
    }

    @Test
    void everyAspectHasAFormShowingAllItsProperties() {
        for (String aspect : model.aspects.keySet()) {
            var form = share.form("aspect", aspect, "");
            assertThat(form).as("form of " + aspect).isNotNull();
            assertThat(form.shownIds()).as("form of " + aspect).containsExactlyInAnyOrderElementsOf(
                    propertiesAndAssociationsOf(aspect));
        }
    }

    @Test
    void everyMandatoryPropertyIsAskedForWhenCreatingADocumentOfItsType() {
        for (var type : model.types.values()) {
            Set<String> owners = new HashSet<>(type.mandatoryAspects());
            owners.add(type.name());
            List<String> create = share.form("model-type", type.name(), "").shownIds();
            model.properties.values().stream().filter(p -> p.mandatory() && owners.contains(p.owner()))
                    .forEach(p -> assertThat(create).as("create form of " + type.name()).contains(p.name()));
        }
    }

    @Test
    void computedValuesAreReadOnlyAndNeverAskedForOnCreate() {
        Set<String> computed = new HashSet<>();
        model.properties.values().stream().filter(p -> p.owner().equals(RbModel.ASPECT_VOTE_RESULT))
                .forEach(p -> computed.add(p.name()));
        model.properties.values().stream().filter(p -> p.owner().equals(RbModel.ASPECT_MODEL_CRITERIA))
                .map(ContentModel.PropertyDef::name)
                .filter(n -> !n.startsWith("rb:judgment") && !Set.of(RbModel.PROP_CRITERIA_COOPERATION_MODEL,
                        RbModel.PROP_CRITERIA_AMBITION, RbModel.PROP_CRITERIA_POLICY_DOMAIN).contains(n))
                .forEach(computed::add);
        // Written by the service's Wgr procedure route (review #7): shown, never edited or asked for.
        computed.addAll(Set.of(RbModel.PROP_WGR_DEADLINE, RbModel.PROP_WGR_DEADLINE_BASIS, RbModel.PROP_SUMMER_RECESS_NOTE));
        assertThat(computed).contains(RbModel.PROP_RESULT_JSON, RbModel.PROP_LEAD_TIME_DAYS, RbModel.PROP_ONE_VOICE);
        for (var form : share.forms) {
            if (form.id().equals("search")) {
                continue;
            }
            for (String id : form.shownIds()) {
                if (computed.contains(id)) {
                    assertThat(form.evaluator()).as("%s is computed, yet asked in %s", id, form).isNotEqualTo("model-type");
                    assertThat(form.field(id).getAttribute("read-only")).as("%s in %s", id, form).isEqualTo("true");
                }
            }
        }
        assertThat(share.form("aspect", RbModel.ASPECT_VOTE_RESULT, "").fields())
                .allSatisfy(f -> assertThat(f.getAttribute("read-only")).isEqualTo("true"));
    }

    @Test
    void recordingAVoteIsOneSetWithTheBodyTheDateAndThreeMemberLists() {
        var form = share.form("aspect", RbModel.ASPECT_VOTES, "");
        assertThat(form.shownIds()).containsExactly(RbModel.PROP_VOTING_BODY, RbModel.PROP_VOTE_DATE,
                RbModel.PROP_VOTES_YES, RbModel.PROP_VOTES_NO, RbModel.PROP_VOTES_ABSTAIN);
        assertThat(form.sets()).hasSize(1);
        for (String list : List.of(RbModel.PROP_VOTES_YES, RbModel.PROP_VOTES_NO, RbModel.PROP_VOTES_ABSTAIN)) {
            assertThat(form.field(list).getAttribute("read-only")).as(list).isNotEqualTo("true");
            assertThat(form.field(list).getAttribute("help-id")).as("help for " + list).isNotBlank();
        }
    }

    @Test
    void theThreeVoteListsArePickedFromTheRegionsCompositionWithOneControl() {
        var form = share.form("aspect", RbModel.ASPECT_VOTES, "");
        Map<String, String> lists = Map.of(RbModel.PROP_VOTES_YES, "yes", RbModel.PROP_VOTES_NO, "no",
                RbModel.PROP_VOTES_ABSTAIN, "abstain");
        Set<String> templates = new HashSet<>();
        Set<String> paths = new HashSet<>();
        lists.forEach((property, vote) -> {
            Element control = ContentModel.child(form.field(property), "control");
            assertThat(control).as("control of " + property).isNotNull();
            templates.add(control.getAttribute("template"));
            assertThat(controlParam(control, "vote")).as("list of " + property).isEqualTo(vote);
            paths.add(controlParam(control, "compositionPath"));
        });
        assertThat(templates).hasSize(1);
        String template = templates.iterator().next();
        assertThat(template).startsWith("/nl/regiobesluit/components/form/controls/").endsWith(".ftl");
        assertThat(ContentModel.bytes(ShareConfig.WEBSCRIPTS + template)).isNotEmpty();
        // One composition for the three lists, below Company Home: the file routing-service reads by default
        // (regiobesluit.region.composition.location). No region is named in it.
        assertThat(paths).containsExactly("Data Dictionary/Regiobesluit/composition.csv");
        assertThat(share.ownControlTemplates()).contains(template);
    }

    @Test
    void theVoteFormLoadsTheControlsScriptAndStyleFromThisJar() {
        Element forms = ContentModel.child(share.configs("aspect", RbModel.ASPECT_VOTES).get(0), "forms");
        Element dependencies = ContentModel.child(forms, "dependencies");
        assertThat(dependencies).isNotNull();
        List<String> sources = new ArrayList<>();
        ContentModel.children(dependencies, "js").forEach(e -> sources.add(e.getAttribute("src")));
        ContentModel.children(dependencies, "css").forEach(e -> sources.add(e.getAttribute("src")));
        assertThat(sources).containsExactly("/regiobesluit/components/form/controls/vote-members.js",
                "/regiobesluit/components/form/controls/vote-members.css");
        // Share serves /share/res/<src> from META-INF/resources/<src> of the JARs in WEB-INF/lib.
        for (String src : sources) {
            assertThat(ContentModel.bytes("META-INF/resources" + src)).as(src).isNotEmpty();
        }
    }

    @Test
    void changeTypeOffersEveryRbTypeFromItsParentContentOrFolder() {
        List<Element> doclib = share.configs("string-compare", "DocumentLibrary");
        assertThat(doclib).hasSize(1);
        Element types = ContentModel.child(doclib.get(0), "types");
        for (String parent : List.of("cm:content", "cm:folder")) {
            Element offered = ContentModel.children(types, "type").stream()
                    .filter(t -> parent.equals(t.getAttribute("name"))).findFirst().orElseThrow();
            assertThat(ContentModel.children(offered, "subtype")).extracting(s -> s.getAttribute("name")).as(parent)
                    .containsExactlyInAnyOrderElementsOf(model.types.values().stream()
                            .filter(t -> parent.equals(t.parent())).map(ContentModel.ClassDef::name).toList());
        }
    }

    @Test
    void manageAspectsOffersEveryRbAspectStaffMaySetMergedWithSharesOwnList() {
        Element doclib = share.configs("string-compare", "DocumentLibrary").get(0);
        // replace="true" would drop Share's own types and aspects from the dialogs.
        assertThat(doclib.getAttribute("replace")).isNotEqualTo("true");
        Element aspects = ContentModel.child(doclib, "aspects");
        Set<String> staffMaySet = new HashSet<>(model.aspects.keySet());
        staffMaySet.removeAll(SERVICE_OWNED_ASPECTS);
        assertThat(ContentModel.children(ContentModel.child(aspects, "visible"), "aspect"))
                .extracting(a -> a.getAttribute("name")).containsExactlyInAnyOrderElementsOf(staffMaySet)
                .doesNotContainAnyElementsOf(SERVICE_OWNED_ASPECTS);
        // A non-empty addable or removeable list would restrict Share's default aspects too.
        assertThat(ContentModel.children(ContentModel.child(aspects, "addable"), "aspect")).isEmpty();
        assertThat(ContentModel.children(ContentModel.child(aspects, "removeable"), "aspect")).isEmpty();
    }

    @Test
    void advancedSearchKeepsSharesContentAndFolderFormsAndAddsDecisionRecordsAndProposals() {
        List<Element> configs = share.configs("string-compare", "AdvancedSearch");
        assertThat(configs).hasSize(1);
        Element forms = ContentModel.child(ContentModel.child(configs.get(0), "advanced-search"), "forms");
        List<String> listed = ContentModel.children(forms, "form").stream().map(f -> f.getTextContent().trim()).toList();
        assertThat(listed).containsExactly("cm:content", "cm:folder", RbModel.TYPE_DECISION_RECORD, RbModel.TYPE_PROPOSAL);
        for (Element f : ContentModel.children(forms, "form")) {
            assertThat(f.getAttribute("labelId")).isNotBlank();
            assertThat(f.getAttribute("descriptionId")).isNotBlank();
        }
        assertThat(share.form("model-type", RbModel.TYPE_DECISION_RECORD, "search")).isNotNull();
        assertThat(share.form("model-type", RbModel.TYPE_PROPOSAL, "search")).isNotNull();
    }

    @Test
    void archivistsFindDecisionRecordsByMunicipalityAmbitionDomainModelOutcomeAndPeriod() {
        var form = share.form("model-type", RbModel.TYPE_DECISION_RECORD, "search");
        assertThat(form.shownIds()).contains(RbModel.PROP_RECORD_MUNICIPALITIES, RbModel.PROP_CRITERIA_AMBITION,
                RbModel.PROP_CRITERIA_POLICY_DOMAIN, RbModel.PROP_CRITERIA_COOPERATION_MODEL,
                RbModel.PROP_RECORD_OUTCOME, RbModel.PROP_DECIDED_ON);
        assertThat(controlOf(form.field(RbModel.PROP_DECIDED_ON))).endsWith("/daterange.ftl");
    }

    @Test
    void griffieStaffFindProposalsByStatusBestuurstafelAndPeriod() {
        var form = share.form("model-type", RbModel.TYPE_PROPOSAL, "search");
        assertThat(form.shownIds()).contains(RbModel.PROP_ROUTE_STATUS, RbModel.PROP_EXECUTIVE_TABLE,
                RbModel.PROP_SUBMITTED_ON);
        assertThat(controlOf(form.field(RbModel.PROP_SUBMITTED_ON))).endsWith("/daterange.ftl");
    }

    @Test
    void theShareModuleIsResourcesOnly() {
        String root = System.getProperty("regio.repo.root");
        assumeTrue(root != null, "regio.repo.root is not set (run through Maven)");
        assertThat(Files.exists(Path.of(root, "share-module", "src", "main", "java"))).isFalse();
    }

    // ---------------------------------------------------------------- helpers

    private String ownerOf(String id) {
        if (model.properties.containsKey(id)) {
            return model.properties.get(id).owner();
        }
        if (model.associations.containsKey(id)) {
            return model.associations.get(id).owner();
        }
        return null;
    }

    private List<String> propertiesAndAssociationsOf(String className) {
        List<String> out = new ArrayList<>();
        model.properties.values().stream().filter(p -> p.owner().equals(className)).forEach(p -> out.add(p.name()));
        model.associations.values().stream().filter(a -> a.owner().equals(className)).forEach(a -> out.add(a.name()));
        return out;
    }

    private static String controlParam(Element control, String name) {
        return ContentModel.children(control, "control-param").stream().filter(p -> name.equals(p.getAttribute("name")))
                .map(p -> p.getTextContent().trim()).findFirst().orElse(null);
    }

    private static String controlOf(Element field) {
        Element control = ContentModel.child(field, "control");
        return control == null ? "" : control.getAttribute("template");
    }
}
