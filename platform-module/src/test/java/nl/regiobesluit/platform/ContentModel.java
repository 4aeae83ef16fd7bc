package nl.regiobesluit.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The rb: model XML as the tests see it: types, aspects, properties, associations and constraints, read with
 * plain DOM so that the tests need nothing from Alfresco. Shared with share-module's tests through this module's test-jar.
 */
public final class ContentModel {

    public static final String MODULE = "alfresco/module/regiobesluit-platform/";
    public static final String MODEL_RESOURCE = MODULE + "model/regiobesluit-model.xml";
    public static final String MESSAGES_BASE = MODULE + "messages/regiobesluit-model";
    public static final String DICTIONARY_NS = "http://www.alfresco.org/model/dictionary/1.0";

    public record ClassDef(String name, String kind, Element element, String parent, List<String> mandatoryAspects) { }

    public record PropertyDef(String name, String owner, String type, boolean mandatory, boolean multiple,
                       List<String> constraintRefs, Element element) { }

    public record AssociationDef(String name, String owner, String targetClass) { }

    public final Document document;
    public final Map<String, ClassDef> types = new LinkedHashMap<>();
    public final Map<String, ClassDef> aspects = new LinkedHashMap<>();
    public final Map<String, PropertyDef> properties = new LinkedHashMap<>();
    public final Map<String, AssociationDef> associations = new LinkedHashMap<>();
    public final Map<String, List<String>> constraints = new LinkedHashMap<>();
    /** Each constraint's type ({@code LIST}, {@code MINMAX}). */
    public final Map<String, String> constraintTypes = new LinkedHashMap<>();
    /** The MINMAX constraints' parameters: minValue and maxValue, as written. */
    public final Map<String, Map<String, String>> ranges = new LinkedHashMap<>();

    private ContentModel(Document document) {
        this.document = document;
        Element root = document.getDocumentElement();
        Element constraintsEl = child(root, "constraints");
        if (constraintsEl != null) {
            for (Element c : children(constraintsEl, "constraint")) {
                List<String> values = new ArrayList<>();
                for (Element p : children(c, "parameter")) {
                    if ("allowedValues".equals(p.getAttribute("name"))) {
                        for (Element v : children(child(p, "list"), "value")) {
                            values.add(v.getTextContent().trim());
                        }
                    }
                }
                constraints.put(c.getAttribute("name"), values);
                constraintTypes.put(c.getAttribute("name"), c.getAttribute("type"));
                if ("MINMAX".equals(c.getAttribute("type"))) {
                    Map<String, String> range = new LinkedHashMap<>();
                    children(c, "parameter").forEach(p -> range.put(p.getAttribute("name"), text(p, "value")));
                    ranges.put(c.getAttribute("name"), range);
                }
            }
        }
        readClasses(child(root, "types"), "type", types);
        readClasses(child(root, "aspects"), "aspect", aspects);
    }

    private void readClasses(Element container, String kind, Map<String, ClassDef> into) {
        if (container == null) {
            return;
        }
        for (Element c : children(container, kind)) {
            String name = c.getAttribute("name");
            Element parent = child(c, "parent");
            List<String> mandatory = new ArrayList<>();
            Element ma = child(c, "mandatory-aspects");
            if (ma != null) {
                children(ma, "aspect").forEach(a -> mandatory.add(a.getTextContent().trim()));
            }
            into.put(name, new ClassDef(name, kind, c, parent == null ? null : parent.getTextContent().trim(), mandatory));
            Element props = child(c, "properties");
            if (props != null) {
                for (Element p : children(props, "property")) {
                    List<String> refs = new ArrayList<>();
                    Element cs = child(p, "constraints");
                    if (cs != null) {
                        children(cs, "constraint").forEach(x -> refs.add(x.getAttribute("ref")));
                    }
                    properties.put(p.getAttribute("name"), new PropertyDef(p.getAttribute("name"), name,
                            text(p, "type"), "true".equals(text(p, "mandatory")), "true".equals(text(p, "multiple")),
                            refs, p));
                }
            }
            Element assocs = child(c, "associations");
            if (assocs != null) {
                for (Element a : children(assocs, "association")) {
                    associations.put(a.getAttribute("name"),
                            new AssociationDef(a.getAttribute("name"), name, text(child(a, "target"), "class")));
                }
            }
        }
    }

    public static ContentModel load() {
        try (InputStream in = resource(MODEL_RESOURCE)) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            return new ContentModel(f.newDocumentBuilder().parse(in));
        } catch (Exception e) {
            throw new IllegalStateException("cannot parse " + MODEL_RESOURCE, e);
        }
    }

    public static byte[] bytes(String resource) {
        try (InputStream in = resource(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Properties properties(String resource) {
        Properties p = new Properties();
        try (InputStream in = resource(resource)) {
            p.load(in); // ISO-8859-1, as Alfresco's older loaders read bundles
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    public static InputStream resource(String name) {
        InputStream in = ContentModel.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("resource not on the classpath: " + name);
        }
        return in;
    }

    /** "rb:proposal" becomes "rb_proposal", the form Alfresco uses in message keys. */
    public static String key(String prefixedName) {
        return prefixedName.replace(':', '_');
    }

    public static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (localName == null || localName.equals(e.getLocalName()))) {
                out.add(e);
            }
        }
        return out;
    }

    public static Element child(Element parent, String localName) {
        List<Element> c = children(parent, localName);
        return c.isEmpty() ? null : c.get(0);
    }

    public static String text(Element parent, String localName) {
        Element c = child(parent, localName);
        return c == null ? null : c.getTextContent().trim();
    }
}
