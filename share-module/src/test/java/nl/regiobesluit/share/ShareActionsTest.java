package nl.regiobesluit.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import nl.regiobesluit.model.RbModel;
import nl.regiobesluit.platform.ContentModel;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The document-library actions "Stemming vastleggen / Record vote" and "Definitief maken / Finalize" as configured: what
 * they are offered on and to whom, what they open, and that everything they name exists — in this JAR, in Share or in the
 * model.
 */
class ShareActionsTest {

    private static final String RECORD_VOTE = "rb-record-vote";
    private static final String FINALIZE = "rb-finalize";

    /**
     * Share's own evaluator beans that the actions name or extend, all in Share's alfresco/slingshot-documentlibrary-context.xml
     * (Alfresco/alfresco-community-share): isLocked (locked, or a working copy), nodeType (NodeTypeEvaluator),
     * groupMembership (HasGroupMembershipsEvaluator), value (ValueEvaluator).
     */
    private static final Set<String> SHARE_EVALUATOR_BEANS = Set.of("evaluator.doclib.action.isLocked",
            "evaluator.doclib.action.nodeType", "evaluator.doclib.action.groupMembership", "evaluator.doclib.action.value");

    /** Share's classes that the evaluator beans instantiate (package org.alfresco.web.evaluator in Share). */
    private static final Set<String> SHARE_CLASSES = Set.of("org.alfresco.web.evaluator.StringEqualsComparator");

    private final ContentModel model = ContentModel.load();
    private final ShareConfig share = ShareConfig.load();
    private final Map<String, Element> beans = evaluatorBeans();
    private final ActionScript js = new ActionScript();

    @AfterEach
    void close() {
        js.close();
    }

    private static Map<String, Element> evaluatorBeans() {
        try (InputStream in = ContentModel.resource(ShareConfig.EVALUATORS_CONTEXT)) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            Document doc = f.newDocumentBuilder().parse(in);
            Map<String, Element> out = new TreeMap<>();
            ContentModel.children(doc.getDocumentElement(), "bean").forEach(b -> out.put(b.getAttribute("id"), b));
            return out;
        } catch (Exception e) {
            throw new IllegalStateException("cannot parse " + ShareConfig.EVALUATORS_CONTEXT, e);
        }
    }

    private static List<String> evaluators(Element action, boolean negated) {
        return ContentModel.children(action, "evaluator").stream()
                .filter(e -> "true".equals(e.getAttribute("negate")) == negated).map(e -> e.getTextContent().trim()).toList();
    }

    private static List<String> listProperty(Element bean, String name) {
        Element property = ContentModel.children(bean, "property").stream().filter(p -> name.equals(p.getAttribute("name")))
                .findFirst().orElseThrow();
        return ContentModel.children(ContentModel.child(property, "list"), "value").stream()
                .map(v -> v.getTextContent().trim()).toList();
    }

    private static Element property(Element bean, String name) {
        return ContentModel.children(bean, "property").stream().filter(p -> name.equals(p.getAttribute("name")))
                .findFirst().orElseThrow();
    }

    private static Path repositoryRoot() {
        String root = System.getProperty("regio.repo.root");
        assumeTrue(root != null, "regio.repo.root is not set (run through Maven)");
        return Path.of(root);
    }

    // ---------------------------------------------------------------- everything named exists

    @Test
    void everyActionAnActionGroupListsIsDefinedHere() {
        Set<String> defined = new HashSet<>();
        share.actions().forEach(a -> defined.add(a.getAttribute("id")));
        assertThat(share.actionGroups()).containsOnlyKeys("document-browse", "document-details");
        share.actionGroups().forEach((group, ids) -> assertThat(defined).as("actions of " + group).containsAll(ids));
        share.actionGroups().forEach((group, ids) -> assertThat(ids).as(group).containsExactlyInAnyOrder(RECORD_VOTE, FINALIZE));
    }

    @Test
    void everyJavascriptActionCallsAFunctionThatTheActionsScriptRegisters() {
        Set<String> registered = new TreeSet<>();
        Matcher m = Pattern.compile("actionName:\\s*\"([A-Za-z]+)\"").matcher(ActionScript.source());
        while (m.find()) {
            registered.add(m.group(1));
        }
        assertThat(share.actions()).isNotEmpty().allSatisfy(a -> {
            assertThat(a.getAttribute("type")).isEqualTo("javascript");
            assertThat(registered).contains(ShareConfig.param(a, "function"));
        });
    }

    @Test
    void theActionsScriptAndTheGridAreLoadedOnTheDocumentLibraryPagesFromThisJar() {
        List<Element> custom = share.configs("string-compare", "DocLibCustom");
        assertThat(custom).hasSize(1);
        assertThat(custom.get(0).getAttribute("replace")).isNotEqualTo("true");
        Element dependencies = ContentModel.child(custom.get(0), "dependencies");
        List<String> sources = new ArrayList<>();
        ContentModel.children(dependencies, "js").forEach(e -> sources.add(e.getAttribute("src")));
        ContentModel.children(dependencies, "css").forEach(e -> sources.add(e.getAttribute("src")));
        assertThat(sources).contains("/" + ShareConfig.ACTIONS_SCRIPT.substring("META-INF/resources/".length()),
                "/regiobesluit/components/form/controls/vote-members.js", "/regiobesluit/components/form/controls/vote-members.css");
        // Share serves /share/res/<src> from META-INF/resources/<src> of the JARs in WEB-INF/lib.
        sources.forEach(src -> assertThat(ContentModel.bytes("META-INF/resources" + src)).as(src).isNotEmpty());
    }

    @Test
    void everyEvaluatorIsShareOwnOrDefinedHereOnShareOwnBeansAndClasses() {
        for (Element action : share.actions()) {
            List<String> named = new ArrayList<>(evaluators(action, false));
            named.addAll(evaluators(action, true));
            for (String evaluator : named) {
                assertThat(beans.containsKey(evaluator) || SHARE_EVALUATOR_BEANS.contains(evaluator))
                        .as("%s of %s", evaluator, action.getAttribute("id")).isTrue();
            }
        }
        assertThat(beans).isNotEmpty();
        beans.values().forEach(b -> {
            assertThat(b.getAttribute("class")).as("a bean here extends Share's, it adds no class").isEmpty();
            assertThat(SHARE_EVALUATOR_BEANS).as("parent of " + b.getAttribute("id")).contains(b.getAttribute("parent"));
        });
        var nested = new ArrayList<String>();
        beans.values().forEach(b -> ContentModel.children(b, "property").forEach(p -> ContentModel.children(p, "bean")
                .forEach(inner -> nested.add(inner.getAttribute("class")))));
        assertThat(nested).isNotEmpty();
        assertThat(SHARE_CLASSES).containsAll(nested);
    }

    @Test
    void shareOwnEvaluatorsNamedHereAreTheOnesSharesConfigUses() throws Exception {
        Path file = repositoryRoot().resolve("../shared/reference/alfresco/share/share-documentlibrary-config.xml").normalize();
        assumeTrue(Files.isRegularFile(file), "Share's share-documentlibrary-config.xml is not at " + file + "; check skipped");
        String text = Files.readString(file);
        // The lock evaluator is the one Share's own edit actions are hidden by.
        assertThat(text).contains("<evaluator negate=\"true\">evaluator.doclib.action.isLocked</evaluator>");
    }

    @Test
    void theActionsAreContextXmlThatShareLoads() {
        // Share loads classpath*:alfresco/web-extension/*-context.xml.
        assertThat(ShareConfig.EVALUATORS_CONTEXT).startsWith("alfresco/web-extension/").endsWith("-context.xml");
        share.actions().forEach(a -> assertThat(a.getAttribute("label")).startsWith("rb.action."));
    }

    // ---------------------------------------------------------------- Record vote

    @Test
    void recordVoteIsOfferedOnAgendaItemsAndAdviceThatAreNotLockedToWhoMayEditThem() {
        Element action = share.action(RECORD_VOTE);
        assertThat(evaluators(action, false)).containsExactly("rb.evaluator.isVoteDocument");
        assertThat(evaluators(action, true)).containsExactly("evaluator.doclib.action.isLocked");
        assertThat(ContentModel.children(ContentModel.child(action, "permissions"), "permission"))
                .extracting(p -> p.getTextContent().trim()).containsExactly("Write");
        List<String> types = listProperty(beans.get("rb.evaluator.isVoteDocument"), "types");
        assertThat(types).containsExactlyInAnyOrder(RbModel.TYPE_AGENDA_ITEM, RbModel.TYPE_ADVICE);
        assertThat(model.types.keySet()).containsAll(types);
        types.forEach(t -> assertThat(js.eval("R.applies('" + t + "')")).as(t).isEqualTo("true"));
    }

    @Test
    void recordVoteOpensAFormWithTheVoteAtOnceOnBothTypes() {
        assertThat(js.eval("R.FORM_ID")).isEqualTo(RECORD_VOTE);
        for (String type : listProperty(beans.get("rb.evaluator.isVoteDocument"), "types")) {
            var form = share.form("node-type", type, js.eval("R.FORM_ID"));
            assertThat(form).as("record-vote form of " + type).isNotNull();
            // The vote's fields are forced: the node may not have rb:votes yet; saving them adds it.
            for (String vote : List.of(RbModel.PROP_VOTING_BODY, RbModel.PROP_VOTE_DATE, RbModel.PROP_VOTES_YES,
                    RbModel.PROP_VOTES_NO, RbModel.PROP_VOTES_ABSTAIN)) {
                Element show = form.shows().stream().filter(s -> vote.equals(s.getAttribute("id"))).findFirst().orElse(null);
                assertThat(show).as(vote + " in " + form).isNotNull();
                assertThat(show.getAttribute("force")).as(vote + " in " + form).isEqualTo("true");
                assertThat(model.properties.get(vote).owner()).isEqualTo(RbModel.ASPECT_VOTES);
            }
            for (String list : List.of(RbModel.PROP_VOTES_YES, RbModel.PROP_VOTES_NO, RbModel.PROP_VOTES_ABSTAIN)) {
                assertThat(template(form.field(list))).endsWith("/vote-members.ftl");
            }
            // The defaults the action passes reach the body and the date.
            Element body = ContentModel.child(form.field(RbModel.PROP_VOTING_BODY), "control");
            assertThat(body.getAttribute("template")).isEqualTo("/org/alfresco/components/form/controls/selectone.ftl");
            assertThat(controlParam(body, "defaultValueContextProperty")).isEqualTo(js.eval("R.ARG_VOTING_BODY"));
            Element date = ContentModel.child(form.field(RbModel.PROP_VOTE_DATE), "control");
            assertThat(date.getAttribute("template")).isEqualTo("/nl/regiobesluit/components/form/controls/vote-date.ftl");
            assertThat(controlParam(date, "defaultValueContextProperty")).isEqualTo(js.eval("R.ARG_VOTE_DATE"));
            // The grid's script and style come with the form (and with DocLibCustom on the pages).
            Element forms = ContentModel.child(share.configs("node-type", type).get(0), "forms");
            assertThat(ContentModel.children(ContentModel.child(forms, "dependencies"), "js"))
                    .extracting(e -> e.getAttribute("src")).contains("/regiobesluit/components/form/controls/vote-members.js");
        }
    }

    @Test
    void theProposalIsPartOfTheSameDialog() {
        // An agenda item names its proposal itself (rb:agendaItemProposal, a field of its form) ...
        var agenda = share.form("node-type", RbModel.TYPE_AGENDA_ITEM, RECORD_VOTE);
        assertThat(agenda.shownIds()).contains(RbModel.ASSOC_AGENDA_ITEM_PROPOSAL);
        assertThat(model.associations.get(RbModel.ASSOC_AGENDA_ITEM_PROPOSAL).owner()).isEqualTo(RbModel.TYPE_AGENDA_ITEM);
        // ... an advice is named by its proposal (rb:proposalAdvice), which the dialog's picker links after saving.
        var advice = share.form("node-type", RbModel.TYPE_ADVICE, RECORD_VOTE);
        assertThat(advice.shownIds()).contains(RbModel.PROP_ADVICE_KIND, RbModel.PROP_ADVICE_DATE)
                .doesNotContain(RbModel.ASSOC_PROPOSAL_ADVICE);
        assertThat(js.eval("R.linksProposal('" + RbModel.TYPE_ADVICE + "')")).isEqualTo("true");
        // The advice date starts on the vote's date when it has none.
        assertThat(controlParam(ContentModel.child(advice.field(RbModel.PROP_ADVICE_DATE), "control"),
                "defaultValueContextProperty")).isEqualTo(js.eval("R.ARG_VOTE_DATE"));
    }

    @Test
    void theRecordVoteFormsShowNothingTheServiceOwns() {
        for (String type : List.of(RbModel.TYPE_AGENDA_ITEM, RbModel.TYPE_ADVICE)) {
            for (String id : share.form("node-type", type, RECORD_VOTE).shownIds()) {
                String owner = model.properties.containsKey(id) ? model.properties.get(id).owner() : null;
                assertThat(owner).as(id).isNotIn(RbModel.ASPECT_VOTE_RESULT, RbModel.ASPECT_MODEL_CRITERIA, RbModel.ASPECT_ARCHIVAL);
            }
        }
    }

    // ---------------------------------------------------------------- Finalize

    @Test
    void finalizeIsOfferedToArchivistsOnDecisionRecordsThatAreNotFinalYet() {
        Element action = share.action(FINALIZE);
        assertThat(evaluators(action, false)).containsExactlyInAnyOrder("rb.evaluator.isDecisionRecord", "rb.evaluator.isArchivist");
        assertThat(evaluators(action, true)).containsExactlyInAnyOrder("rb.evaluator.isFinalized", "evaluator.doclib.action.isLocked");
        assertThat(listProperty(beans.get("rb.evaluator.isDecisionRecord"), "types")).containsExactly(RbModel.TYPE_DECISION_RECORD);
        Element finalized = beans.get("rb.evaluator.isFinalized");
        assertThat(finalized.getAttribute("parent")).isEqualTo("evaluator.doclib.action.value");
        // ValueEvaluator reads the doclib record; a property is node.properties.<prefixed name> (as Share's own
        // isNotDocumentLibrary reads node.properties.cm:name).
        assertThat(property(finalized, "accessor").getAttribute("value")).isEqualTo("node.properties." + RbModel.PROP_FINALIZED);
        Element comparator = ContentModel.child(property(finalized, "comparator"), "bean");
        assertThat(property(comparator, "value").getAttribute("value")).isEqualTo("true");
        assertThat(js.eval("F.PROP_FINALIZED")).isEqualTo(RbModel.PROP_FINALIZED);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theArchivistGroupIsTheOneTheBootstrapCreatesAndGivesEditorOnTheDecisionRecords() throws Exception {
        List<String> groups = listProperty(beans.get("rb.evaluator.isArchivist"), "groups");
        assertThat(groups).hasSize(1);
        // docker/bootstrap/access.json describes who may do what; bootstrap.sh sets it up (JSON is YAML, so snakeyaml reads it).
        Path file = repositoryRoot().resolve("docker/bootstrap/access.json");
        assumeTrue(Files.isRegularFile(file), "docker/bootstrap/access.json is not there");
        Map<String, Object> access = new org.yaml.snakeyaml.Yaml().load(Files.readString(file));
        String archive = groups.get(0);
        assertThat((List<Map<String, Object>>) access.get("groups")).extracting(g -> g.get("id")).contains(archive);
        assertThat((List<Map<String, Object>>) access.get("users"))
                .anySatisfy(u -> assertThat((List<String>) u.get("groups")).contains(archive));
        assertThat((List<Map<String, Object>>) access.get("folders")).anySatisfy(f -> {
            assertThat(f.get("path")).isEqualTo("Besluiten");
            assertThat((List<Map<String, Object>>) f.get("permissions")).contains(Map.of("authority", archive, "role", "Editor"));
        });
    }

    @Test
    void finalizedStaysReadOnlyInEveryFormSoOnlyTheActionSetsIt() {
        int shown = 0;
        for (var form : share.forms) {
            for (String id : List.of(RbModel.PROP_FINALIZED, RbModel.PROP_FINALIZED_ON)) {
                if (form.shownIds().contains(id) && !form.id().equals("search")) {
                    shown++;
                    assertThat(form.field(id).getAttribute("read-only")).as(id + " in " + form).isEqualTo("true");
                }
            }
        }
        assertThat(shown).isPositive();
    }

    @Test
    void theLockShowsThroughSharesOwnBannerAndIndicatorWhichThisJarKeeps() throws Exception {
        // Share's default metadata template has the lockBanner (evaluator.doclib.metadata.hasLockBanner) and its
        // indicators the "locked" icon; a DocumentLibrary config here that replaced them would hide the lock.
        for (Element doclib : share.configs("string-compare", "DocumentLibrary")) {
            assertThat(doclib.getAttribute("replace")).isNotEqualTo("true");
            assertThat(ContentModel.child(doclib, "metadata-templates")).isNull();
            assertThat(ContentModel.child(doclib, "indicators")).isNull();
        }
        Path file = repositoryRoot().resolve("../shared/reference/alfresco/share/share-documentlibrary-config.xml").normalize();
        assumeTrue(Files.isRegularFile(file), "Share's share-documentlibrary-config.xml is not at " + file + "; check skipped");
        assertThat(Files.readString(file)).contains("id=\"lockBanner\" evaluator=\"evaluator.doclib.metadata.hasLockBanner\"");
    }

    // ---------------------------------------------------------------- helpers

    private static String template(Element field) {
        Element control = ContentModel.child(field, "control");
        return control == null ? "" : control.getAttribute("template");
    }

    private static String controlParam(Element control, String name) {
        return ContentModel.children(control, "control-param").stream().filter(p -> name.equals(p.getAttribute("name")))
                .map(p -> p.getTextContent().trim()).findFirst().orElse(null);
    }
}
