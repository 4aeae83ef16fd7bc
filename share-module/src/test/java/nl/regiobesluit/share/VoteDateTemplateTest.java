package nl.regiobesluit.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import javax.xml.parsers.DocumentBuilderFactory;

import freemarker.cache.ClassTemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateMethodModelEx;

import nl.regiobesluit.model.RbModel;
import nl.regiobesluit.platform.ContentModel;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The vote-date control rendered with FreeMarker and a stand-in for what Share gives a form control (see
 * VoteTemplateTest): the stored date, else the default the Record vote action passes as a URL argument, drives Share's
 * date picker; its inline script is run in Rhino against a stub Alfresco.DatePicker.
 */
class VoteDateTemplateTest {

    private static final String HTMLID = "template_x002e_documentlist_x0023_default-rb-record-vote-1-form";
    private final Properties english = ContentModel.properties(ShareConfig.MESSAGES_BASE + ".properties");
    private final ActionScript js = new ActionScript();

    @AfterEach
    void close() {
        js.close();
    }

    /** The template and control-param that the record-vote form of an advice names for rb:voteDate. */
    private static Element control() {
        var form = ShareConfig.load().form("node-type", RbModel.TYPE_ADVICE, "rb-record-vote");
        return ContentModel.child(form.field(RbModel.PROP_VOTE_DATE), "control");
    }

    private static String controlParam(String name) {
        return ContentModel.children(control(), "control-param").stream().filter(p -> name.equals(p.getAttribute("name")))
                .map(p -> p.getTextContent().trim()).findFirst().orElseThrow();
    }

    private Document render(String mode, Object value, Map<String, String> urlArgs, boolean disabled) throws Exception {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setTemplateLoader(new ClassTemplateLoader(getClass().getClassLoader(), ShareConfig.WEBSCRIPTS));
        Map<String, Object> field = new HashMap<>();
        field.put("id", "prop_rb_voteDate");
        field.put("name", "prop_rb_voteDate");
        field.put("label", "Date of vote");
        field.put("value", value);
        field.put("mandatory", true);
        field.put("disabled", disabled);
        field.put("control", Map.of("params", Map.of("defaultValueContextProperty", controlParam("defaultValueContextProperty"))));
        Map<String, Object> args = new HashMap<>(urlArgs);
        args.put("htmlid", HTMLID);
        Map<String, Object> model = new HashMap<>();
        model.put("field", field);
        model.put("form", Map.of("mode", mode));
        model.put("args", args);
        model.put("fieldHtmlId", HTMLID + "_prop_rb_voteDate");
        model.put("url", Map.of("context", "/share"));
        model.put("messages", "{\"form.control.date-picker.choose\": \"Choose a date\"}");
        model.put("msg", (TemplateMethodModelEx) arguments -> new SimpleScalar(
                english.getProperty(arguments.get(0).toString(), arguments.get(0).toString())));
        model.put("formLib", Map.of("renderFieldHelp", (TemplateDirectiveModel) (env, params, loopVars, body) -> { }));
        StringWriter out = new StringWriter();
        cfg.getTemplate(control().getAttribute("template").substring(1)).process(model, out);
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader("<root>" + out + "</root>")));
    }

    private static List<Element> elements(Document doc, String tag) {
        List<Element> out = new ArrayList<>();
        NodeList all = doc.getElementsByTagName(tag);
        for (int i = 0; i < all.getLength(); i++) {
            out.add((Element) all.item(i));
        }
        return out;
    }

    private static Element hidden(Document doc) {
        return elements(doc, "input").stream().filter(e -> "hidden".equals(e.getAttribute("type"))).findFirst().orElseThrow();
    }

    /** Runs the template's inline script against a stub date picker; returns what the picker was started with. */
    private String startedPicker(Document doc) {
        js.eval("var started = null; var Alfresco = { DatePicker: function (controlId, valueId) {"
                + " this.controlId = controlId; this.valueId = valueId; started = this; } };"
                + " Alfresco.DatePicker.prototype.setOptions = function (o) { this.options = o; return this; };"
                + " Alfresco.DatePicker.prototype.setMessages = function (m) { this.messages = m; return this; };");
        List<Element> scripts = elements(doc, "script");
        assertThat(scripts).hasSize(1);
        js.eval(scripts.get(0).getTextContent());
        return js.json("{controlId: started.controlId, valueId: started.valueId, options: started.options}");
    }

    @Test
    void anEmptyDateStartsOnTheDefaultTheActionPassed() throws Exception {
        assertThat(controlParam("defaultValueContextProperty")).isEqualTo(js.eval("R.ARG_VOTE_DATE"));
        Document doc = render("edit", "", Map.of("rbVoteDate", "2026-12-03"), false);
        Element hidden = hidden(doc);
        assertThat(hidden.getAttribute("name")).isEqualTo("prop_rb_voteDate");
        assertThat(hidden.getAttribute("id")).isEqualTo(HTMLID + "_prop_rb_voteDate");
        assertThat(hidden.getAttribute("value")).isEqualTo("2026-12-03");
        assertThat(startedPicker(doc)).isEqualTo("{\"controlId\":\"" + HTMLID + "_prop_rb_voteDate-cntrl\","
                + "\"valueId\":\"" + HTMLID + "_prop_rb_voteDate\","
                + "\"options\":{\"currentValue\":\"2026-12-03\",\"showTime\":false,\"submitTime\":false,\"mandatory\":true}}");
        // Only the hidden input is submitted under the property's name; the visible entry is named "-", as in Share.
        assertThat(elements(doc, "input").stream().filter(e -> e.getAttribute("name").startsWith("prop_"))).hasSize(1);
    }

    @Test
    void aStoredDateWinsOverTheDefault() throws Exception {
        String stored = "2026-11-30T00:00:00.000+01:00";
        Document doc = render("edit", stored, Map.of("rbVoteDate", "2026-12-03"), false);
        assertThat(hidden(doc).getAttribute("value")).isEqualTo(stored);
        assertThat(startedPicker(doc)).contains("\"currentValue\":\"" + stored + "\"");
    }

    @Test
    void withoutTheActionsArgumentAnEmptyDateStaysEmpty() throws Exception {
        Document doc = render("edit", "", Map.of(), false);
        assertThat(hidden(doc).getAttribute("value")).isEmpty();
        assertThat(startedPicker(doc)).contains("\"currentValue\":\"\"");
    }

    @Test
    void aDisabledDateSubmitsNothingAndThePickerIsDisabled() throws Exception {
        Document doc = render("edit", "", Map.of("rbVoteDate", "2026-12-03"), true);
        assertThat(hidden(doc).getAttribute("disabled")).isEqualTo("disabled");
        assertThat(startedPicker(doc)).contains("\"disabled\":true");
    }

    @Test
    void viewModeShowsTheStoredDateOnlyAndNothingToEdit() throws Exception {
        Document doc = render("view", "", Map.of("rbVoteDate", "2026-12-03"), false);
        assertThat(elements(doc, "input")).isEmpty();
        assertThat(elements(doc, "script")).isEmpty();
        assertThat(doc.getDocumentElement().getTextContent()).doesNotContain("2026-12-03");
    }
}
