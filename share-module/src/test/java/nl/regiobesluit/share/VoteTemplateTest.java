package nl.regiobesluit.share;

import nl.regiobesluit.platform.ContentModel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;

import javax.xml.parsers.DocumentBuilderFactory;

import freemarker.cache.ClassTemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateMethodModelEx;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The vote-members control template rendered with FreeMarker and a small stand-in for what Share gives a form control.
 * Share (form.lib.ftl's renderField) supplies field, form, args, fieldHtmlId (args.htmlid + "_" + field.id), url,
 * msg(key) over its message bundles, and formLib (form.lib.ftl); the stand-in keeps only what this template reads.
 */
class VoteTemplateTest {

    static final String WEBSCRIPTS = "alfresco/web-extension/site-webscripts";
    private static final String HTMLID = "template_x002e_edit-metadata_x0023_default";
    private static final String STORED = "Gemeente A/Fractie 1,Gemeente B/Fractie 2";

    private final Properties dutch = ContentModel.properties(ShareConfig.MESSAGES_BASE + ".properties");
    private final List<String> missing = new ArrayList<>();
    private final VoteScript js = new VoteScript();

    @AfterEach
    void close() {
        js.close();
    }

    /** The template the rb:votes form names for rb:votesYes, as a class-path name below site-webscripts. */
    static String templateName() {
        var form = ShareConfig.load().form("aspect", "rb:votes", "");
        Element control = ContentModel.child(form.field("rb:votesYes"), "control");
        return control.getAttribute("template").substring(1);
    }

    private Map<String, Object> field(String id, Object value, String vote, boolean disabled) {
        Map<String, Object> params = new HashMap<>();
        params.put("vote", vote);
        params.put("compositionPath", "Data Dictionary/Regiobesluit/composition.csv");
        Map<String, Object> field = new HashMap<>();
        field.put("id", id);
        field.put("name", id);
        field.put("label", "Label of " + id);
        field.put("value", value);
        field.put("mandatory", false);
        field.put("disabled", disabled);
        field.put("help", "Help of " + id);
        field.put("control", Map.of("params", params));
        return field;
    }

    private Document render(String mode, Map<String, Object> field) throws Exception {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setTemplateLoader(new ClassTemplateLoader(getClass().getClassLoader(), WEBSCRIPTS));
        Map<String, Object> model = new HashMap<>();
        model.put("field", field);
        model.put("form", Map.of("mode", mode));
        model.put("args", Map.of("htmlid", HTMLID));
        model.put("fieldHtmlId", HTMLID + "_" + field.get("id"));
        model.put("url", Map.of("context", "/share"));
        model.put("msg", (TemplateMethodModelEx) arguments -> {
            String key = arguments.get(0).toString();
            String text = dutch.getProperty(key);
            if (text == null && !key.startsWith("form.")) { // form.* are Share's own keys
                missing.add(key);
            }
            return new SimpleScalar(text == null ? key : text);
        });
        model.put("formLib", Map.of("renderFieldHelp", (TemplateDirectiveModel) (env, params, loopVars, body) ->
                env.getOut().write("<div class=\"help-text\">" + params.get("field") + "</div>")));
        StringWriter out = new StringWriter();
        cfg.getTemplate(templateName()).process(model, out);
        // Well-formed as XML, so the test can read it (Share serves it as HTML).
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        return f.newDocumentBuilder().parse(new InputSource(new StringReader("<root>" + out + "</root>")));
    }

    private static List<Element> elements(Document doc, String tag) {
        List<Element> out = new ArrayList<>();
        NodeList all = doc.getElementsByTagName(tag);
        for (int i = 0; i < all.getLength(); i++) {
            out.add((Element) all.item(i));
        }
        return out;
    }

    private static Element input(Document doc, String type) {
        return elements(doc, "input").stream().filter(e -> type.equals(e.getAttribute("type"))).findFirst().orElse(null);
    }

    private static String inlineScript(Document doc) {
        List<Element> scripts = elements(doc, "script");
        assertThat(scripts).hasSize(1);
        return scripts.get(0).getTextContent();
    }

    @Test
    void theHiddenInputIsNamedAsShareNamesTheFieldAndHoldsTheStoredList() throws Exception {
        Document doc = render("edit", field("prop_rb_votesYes", STORED, "yes", false));
        Element hidden = input(doc, "hidden");
        assertThat(hidden.getAttribute("name")).isEqualTo("prop_rb_votesYes");
        assertThat(hidden.getAttribute("id")).isEqualTo(HTMLID + "_prop_rb_votesYes");
        assertThat(hidden.getAttribute("value")).isEqualTo(STORED);
        assertThat(hidden.hasAttribute("disabled")).isFalse();
        // Only the hidden input is submitted: one value per field.
        assertThat(elements(doc, "input").stream().filter(e -> e.hasAttribute("name"))).hasSize(1);
    }

    @Test
    void thePlainTextEntryIsThereForTheFallbackAndFeedsTheHiddenInputWithoutTheScript() throws Exception {
        Document doc = render("edit", field("prop_rb_votesNo", STORED, "no", false));
        Element text = input(doc, "text");
        assertThat(text.getAttribute("id")).isEqualTo(HTMLID + "_prop_rb_votesNo-entry-input");
        assertThat(text.getAttribute("value")).isEqualTo(STORED);
        assertThat(text.hasAttribute("name")).isFalse();
        for (String handler : List.of("onchange", "oninput")) {
            assertThat(text.getAttribute(handler))
                    .isEqualTo("document.getElementById('" + HTMLID + "_prop_rb_votesNo').value = this.value;");
        }
        assertThat(elements(doc, "label").get(0).getAttribute("for")).isEqualTo(text.getAttribute("id"));
        assertThat(elements(doc, "div").stream().map(d -> d.getAttribute("class"))).contains("help-text");
    }

    @Test
    void theScriptIsStartedWithTheFieldsIdsItsListTheCompositionAndTheMessages() throws Exception {
        Document doc = render("edit", field("prop_rb_votesAbstain", STORED, "abstain", false));
        js.eval("var registered = []; var window = { Regiobesluit: { VoteMembers: { register: function (a) {"
                + " registered.push(a); } } } }; var document = {};");
        js.eval(inlineScript(doc));
        assertThat(js.eval("registered.length")).isEqualTo("1");
        assertThat(js.json("[registered[0].formHtmlId, registered[0].vote, registered[0].hiddenId, registered[0].entryId,"
                + " registered[0].statusId, registered[0].pickerId, registered[0].compositionPath]")).isEqualTo("["
                + "\"" + HTMLID + "\",\"abstain\",\"" + HTMLID + "_prop_rb_votesAbstain\","
                + "\"" + HTMLID + "_prop_rb_votesAbstain-entry\",\"" + HTMLID + "_prop_rb_votesAbstain-status\","
                + "\"" + HTMLID + "_prop_rb_votesAbstain-picker\",\"Data Dictionary/Regiobesluit/composition.csv\"]");
        for (String id : List.of("-entry", "-status", "-picker")) {
            assertThat(elements(doc, "div").stream().map(d -> d.getAttribute("id")))
                    .contains(HTMLID + "_prop_rb_votesAbstain" + id);
        }
        assertThat(js.eval("registered[0].messages['rb.votes.picker.wholeMunicipality']"))
                .isEqualTo(dutch.getProperty("rb.votes.picker.wholeMunicipality"));
        assertThat(missing).isEmpty();
    }

    @Test
    void withoutTheFormsDependenciesTheScriptIsLoadedOnceFromShareRes() throws Exception {
        Document yes = render("edit", field("prop_rb_votesYes", "", "yes", false));
        Document no = render("edit", field("prop_rb_votesNo", "", "no", false));
        js.eval("var window = this; var appended = [];"
                + "var document = { createElement: function (tag) { return { tag: tag }; },"
                + " getElementsByTagName: function () { return [{ appendChild: function (e) { appended.push(e); } }]; } };");
        js.eval("delete Regiobesluit.VoteMembers;");
        js.eval(inlineScript(yes));
        js.eval(inlineScript(no));
        assertThat(js.json("appended.map(function (e) { return e.tag + ' ' + (e.src || e.href); })")).isEqualTo(
                "[\"link /share" + VoteScript.URL_PATH.replace(".js", ".css") + "\",\"script /share" + VoteScript.URL_PATH + "\"]");
        assertThat(js.json("RegiobesluitVoteMembersQueue.map(function (a) { return a.vote; })")).isEqualTo("[\"yes\",\"no\"]");
        // What Share serves there is this JAR's META-INF/resources.
        ContentModel.resource(VoteScript.RESOURCE).close();
        ContentModel.resource(VoteScript.RESOURCE.replace(".js", ".css")).close();
    }

    @Test
    void aStoredListGivenAsASequenceIsJoinedWithCommas() throws Exception {
        Document doc = render("edit", field("prop_rb_votesYes", List.of("Gemeente A/Fractie 1", "Gemeente B/Fractie 2"),
                "yes", false));
        assertThat(input(doc, "hidden").getAttribute("value")).isEqualTo(STORED);
    }

    @Test
    void valuesAreEscaped() throws Exception {
        String odd = "Gemeente \"A\"/Fractie <1> & co";
        Document doc = render("edit", field("prop_rb_votesYes", odd, "yes", false));
        assertThat(input(doc, "hidden").getAttribute("value")).isEqualTo(odd);
        assertThat(input(doc, "text").getAttribute("value")).isEqualTo(odd);
    }

    @Test
    void viewModeShowsTheListAndNothingToEdit() throws Exception {
        Document doc = render("view", field("prop_rb_votesYes", STORED, "yes", false));
        assertThat(elements(doc, "input")).isEmpty();
        assertThat(elements(doc, "script")).isEmpty();
        assertThat(doc.getDocumentElement().getTextContent()).contains("Gemeente A/Fractie 1, Gemeente B/Fractie 2");
    }

    @Test
    void aDisabledFieldSubmitsNothingAndStartsNoPicker() throws Exception {
        Document doc = render("edit", field("prop_rb_votesYes", STORED, "yes", true));
        assertThat(input(doc, "hidden").getAttribute("disabled")).isEqualTo("disabled");
        assertThat(input(doc, "text").getAttribute("disabled")).isEqualTo("disabled");
        assertThat(elements(doc, "script")).isEmpty();
    }

    @Test
    void everyMessageKeyTheControlNamesIsInBothBundles() {
        TreeSet<String> keys = ShareConfig.controlMessageKeys();
        assertThat(keys).contains("rb.votes.picker.yes", "rb.votes.picker.no", "rb.votes.picker.abstain",
                "rb.votes.picker.fallback", "rb.votes.picker.wholeMunicipality", "rb.votes.picker.clear");
        for (String bundle : List.of(".properties", "_nl.properties")) {
            Properties p = ContentModel.properties(ShareConfig.MESSAGES_BASE + bundle);
            keys.forEach(k -> assertThat(p.getProperty(k)).as(k + " in " + bundle).isNotBlank());
        }
    }

    @Test
    void everyMessageTheScriptAsksForIsHandedToItByTheTemplate() {
        // The script only knows the messages the template passes in args.messages; it builds the list headings
        // from "rb.votes.picker." + the list's name.
        TreeSet<String> asked = new TreeSet<>(ShareConfig.messageKeysIn(VoteScript.source()));
        for (String vote : List.of("yes", "no", "abstain")) {
            asked.add("rb.votes.picker." + vote);
        }
        String template = ShareConfig.text(WEBSCRIPTS + "/" + templateName());
        int start = template.indexOf("rbVoteMessageKeys");
        String list = template.substring(start, template.indexOf("]>", start));
        assertThat(ShareConfig.messageKeysIn(list)).containsAll(asked);
    }
}
