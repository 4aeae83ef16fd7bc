package nl.regiobesluit.share;

import nl.regiobesluit.platform.ContentModel;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** share-config-custom.xml as the tests see it: its config sections and the forms inside them. */
final class ShareConfig {

    static final String RESOURCE = "META-INF/share-config-custom.xml";
    static final String MESSAGES_BASE = "alfresco/web-extension/messages/regiobesluit-share";
    static final String CONTEXT = "alfresco/web-extension/regiobesluit-share-context.xml";
    static final String EVALUATORS_CONTEXT = "alfresco/web-extension/regiobesluit-evaluators-context.xml";
    /** The document-library actions' script, as a class-path resource; Share serves it from /share/res/ + the rest. */
    static final String ACTIONS_SCRIPT = "META-INF/resources/regiobesluit/components/documentlibrary/regiobesluit-actions.js";
    /** Where Share finds form control templates named in a control's template attribute. */
    static final String WEBSCRIPTS = "alfresco/web-extension/site-webscripts";
    /** Share's own controls live here; any other template is this JAR's. */
    static final String SHARE_CONTROLS = "/org/alfresco/";
    private static final Pattern MESSAGE_KEY = Pattern.compile("\"(rb\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"");

    /** One &lt;form&gt; in a config section: evaluator and condition of the section, form id ("" for the default). */
    record Form(String evaluator, String condition, String id, Element element) {

        List<Element> shows() {
            return ContentModel.children(ContentModel.child(element, "field-visibility"), "show");
        }

        List<Element> fields() {
            return ContentModel.children(ContentModel.child(element, "appearance"), "field");
        }

        List<Element> sets() {
            return ContentModel.children(ContentModel.child(element, "appearance"), "set");
        }

        Element field(String id) {
            return fields().stream().filter(f -> id.equals(f.getAttribute("id"))).findFirst().orElse(null);
        }

        List<String> shownIds() {
            return shows().stream().map(s -> s.getAttribute("id")).toList();
        }

        @Override
        public String toString() {
            return evaluator + " " + condition + (id.isEmpty() ? "" : " form " + id);
        }
    }

    final Document document;
    final List<Element> configs;
    final List<Form> forms = new ArrayList<>();

    private ShareConfig(Document document) {
        this.document = document;
        this.configs = ContentModel.children(document.getDocumentElement(), "config");
        for (Element config : configs) {
            for (Element f : ContentModel.children(ContentModel.child(config, "forms"), "form")) {
                forms.add(new Form(config.getAttribute("evaluator"), config.getAttribute("condition"),
                        f.getAttribute("id"), f));
            }
        }
    }

    static ShareConfig load() {
        try (InputStream in = ContentModel.resource(RESOURCE)) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            return new ShareConfig(f.newDocumentBuilder().parse(in));
        } catch (Exception e) {
            throw new IllegalStateException("cannot parse " + RESOURCE, e);
        }
    }

    List<Element> configs(String evaluator, String condition) {
        return configs.stream().filter(c -> evaluator.equals(c.getAttribute("evaluator"))
                && condition.equals(c.getAttribute("condition"))).toList();
    }

    Form form(String evaluator, String condition, String id) {
        return forms.stream().filter(f -> f.evaluator().equals(evaluator) && f.condition().equals(condition)
                && f.id().equals(id)).findFirst().orElse(null);
    }

    /** The &lt;action&gt; definitions of DocLibActions (not the references inside action groups). */
    List<Element> actions() {
        List<Element> out = new ArrayList<>();
        for (Element config : configs("string-compare", "DocLibActions")) {
            out.addAll(ContentModel.children(ContentModel.child(config, "actions"), "action"));
        }
        return out;
    }

    Element action(String id) {
        return actions().stream().filter(a -> id.equals(a.getAttribute("id"))).findFirst().orElse(null);
    }

    /** The action groups of DocLibActions, by id, each with the action ids it lists. */
    java.util.Map<String, List<String>> actionGroups() {
        java.util.Map<String, List<String>> out = new java.util.TreeMap<>();
        for (Element config : configs("string-compare", "DocLibActions")) {
            for (Element group : ContentModel.children(ContentModel.child(config, "actionGroups"), "actionGroup")) {
                out.put(group.getAttribute("id"), ContentModel.children(group, "action").stream()
                        .map(a -> a.getAttribute("id")).toList());
            }
        }
        return out;
    }

    /** A param of an action ("function" for type javascript). */
    static String param(Element action, String name) {
        return ContentModel.children(action, "param").stream().filter(p -> name.equals(p.getAttribute("name")))
                .map(p -> p.getTextContent().trim()).findFirst().orElse(null);
    }

    /** The control templates of this JAR that the config names (template attribute, leading slash). */
    TreeSet<String> ownControlTemplates() {
        TreeSet<String> out = new TreeSet<>();
        var controls = document.getElementsByTagName("control");
        for (int i = 0; i < controls.getLength(); i++) {
            String template = ((Element) controls.item(i)).getAttribute("template");
            if (!template.isEmpty() && !template.startsWith(SHARE_CONTROLS)) {
                out.add(template);
            }
        }
        return out;
    }

    /** Every rb. message key that this JAR's control templates name as a string literal. */
    static TreeSet<String> controlMessageKeys() {
        TreeSet<String> keys = new TreeSet<>();
        for (String template : load().ownControlTemplates()) {
            keys.addAll(messageKeysIn(text(WEBSCRIPTS + template)));
        }
        return keys;
    }

    /** The quoted "rb.…" keys in a text (a prefix such as "rb.votes.picker." that code completes is not a key). */
    static TreeSet<String> messageKeysIn(String text) {
        TreeSet<String> keys = new TreeSet<>();
        Matcher m = MESSAGE_KEY.matcher(text);
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    static String text(String resource) {
        return new String(ContentModel.bytes(resource), StandardCharsets.UTF_8);
    }
}
