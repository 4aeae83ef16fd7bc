package nl.regiobesluit.routing.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The content models the simulated repository enforces, read at test time from where they live: the {@code rb:} model
 * that platform-module ships, and Alfresco's built-in models in {@code ../shared/reference/alfresco/models} (relative to
 * the project root; never copied into the project). Only what the simulator checks is read: classes with their parent,
 * properties, associations and mandatory aspects, and the constraints.
 *
 * <p>Names are kept in prefix form ({@code rb:votes}); {@link #full} gives Alfresco's {@code {uri}local} form for
 * messages. Without {@code ../shared} only the {@code rb:} model is loaded: names in the built-in namespaces are then
 * accepted unchecked ({@link #unchecked}), and {@link #skippedChecks} says so.
 */
final class SimModel {

    static final String RB_MODEL = "platform-module/src/main/resources/alfresco/module/regiobesluit-platform/model/regiobesluit-model.xml";
    static final String RB_RESOURCES = "platform-module/src/main/resources";
    static final String RB_CONTEXT = "alfresco/module/regiobesluit-platform/context/bootstrap-context.xml";
    static final String SHARED_MODELS = "../shared/reference/alfresco/models";
    /** Alfresco's dictionary, system, content and site models: the ones the rb: model and the tests build on. */
    static final List<String> BUILT_INS = List.of("dictionaryModel.xml", "systemModel.xml", "contentModel.xml", "siteModel.xml");
    /** Namespace prefixes of Alfresco's own models: unchecked when the built-in models are not available. */
    private static final Set<String> BUILT_IN_PREFIXES = Set.of("d", "sys", "cm", "st", "app", "usr", "act", "rule", "ver2",
            "lnk", "fm", "bpm", "wcm", "trx", "rn", "exif", "audio", "webdav", "stcp", "qshare", "smf", "imap", "dl", "ia", "rma");

    /**
     * A constraint as M2ConstraintDefinition holds it: {@code model} is the model of the property or model that
     * declares it (the key of its labels), {@code title}/{@code description} the XML's.
     */
    record Constraint(String name, String type, List<String> allowedValues, boolean caseSensitive, boolean sorted,
                      String expression, boolean requiresMatch, Integer minLength, Integer maxLength, Double minValue,
                      Double maxValue, String model, String title, String description) {

        /** Alfresco's built-in constraint types; any other type is a Java class name (UserNameConstraint, …). */
        static final Set<String> BUILT_IN_TYPES = Set.of("LIST", "REGEX", "MINMAX", "LENGTH", "REGISTERED");

        /**
         * What {@code Constraint.getParameters()} gives (ListOfValuesConstraint: caseSensitive, allowedValues, sorted;
         * RegexConstraint: expression, requiresMatch; NumericRangeConstraint: minValue, maxValue as doubles;
         * StringLengthConstraint: minLength, maxLength; a class constraint: AbstractConstraint's empty map).
         * REGISTERED constraints are not modelled (null).
         */
        Map<String, Object> parameters() {
            Map<String, Object> p = new LinkedHashMap<>();
            switch (type) {
                case "LIST" -> {
                    p.put("allowedValues", allowedValues);
                    p.put("caseSensitive", caseSensitive);
                    p.put("sorted", sorted);
                }
                case "REGEX" -> {
                    p.put("expression", expression);
                    p.put("requiresMatch", requiresMatch);
                }
                case "MINMAX" -> {
                    p.put("minValue", minValue == null ? Double.NEGATIVE_INFINITY : minValue);
                    p.put("maxValue", maxValue == null ? Double.POSITIVE_INFINITY : maxValue);
                }
                case "LENGTH" -> {
                    p.put("minLength", minLength == null ? 0 : minLength);
                    p.put("maxLength", maxLength == null ? Integer.MAX_VALUE : maxLength);
                }
                case "REGISTERED" -> {
                    return null;
                }
                default -> {
                    // a class name: AbstractConstraint.getParameters() is an empty map
                }
            }
            return p;
        }
    }

    /**
     * A property as M2PropertyDefinition holds it; {@code model} is the name of the model that declares it;
     * {@code constraintNames} the names its constraint definitions go by (for their labels), one per constraint.
     */
    record Property(String name, String container, String title, String dataType, boolean multiple, boolean mandatory,
                    boolean enforced, String defaultValue, List<Constraint> constraints, String model,
                    String description, boolean isProtected, List<String> constraintNames) {
    }

    record Association(String name, String sourceClass, String targetClass, boolean child, boolean targetMandatory,
                       boolean targetEnforced, boolean targetMany, String title) {
    }

    record ClassDef(String name, boolean aspect, String parent, List<String> properties, List<String> mandatoryAspects) {
    }

    private static SimModel loaded;

    private final Map<String, String> uris = new LinkedHashMap<>();
    /** The prefixes of the namespaces the loaded models define (not merely import). */
    private final Set<String> defined = new LinkedHashSet<>();
    private final Map<String, ClassDef> classes = new LinkedHashMap<>();
    private final Map<String, Property> properties = new LinkedHashMap<>();
    private final Map<String, Association> associations = new LinkedHashMap<>();
    private final Map<String, Constraint> constraints = new LinkedHashMap<>();
    private final Set<String> dataTypes = new LinkedHashSet<>();
    /** The labels the module registers with the dictionary, per language ("" = the base bundle). */
    private final Map<String, Properties> labels = new LinkedHashMap<>();
    private final String skipped;

    private SimModel(Path root) {
        Path shared = root.resolve(SHARED_MODELS).normalize();
        boolean builtIns = BUILT_INS.stream().allMatch(f -> Files.isRegularFile(shared.resolve(f)));
        if (builtIns) {
            BUILT_INS.forEach(f -> read(shared.resolve(f)));
            skipped = null;
        } else {
            skipped = "Alfresco's built-in models are not in " + shared + " (" + String.join(", ", BUILT_INS)
                    + "): the simulator checks the rb: model only, and accepts cm:, sys: and other built-in names unchecked";
            System.getLogger(SimModel.class.getName()).log(System.Logger.Level.WARNING, skipped);
        }
        read(root.resolve(RB_MODEL));
        readLabels(root);
    }

    /** The models of this project, read once per JVM. */
    static synchronized SimModel load() {
        if (loaded == null) {
            loaded = new SimModel(projectRoot());
        }
        return loaded;
    }

    /** The project root: the nearest directory, from the working directory up, that holds platform-module's model. */
    static Path projectRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve(RB_MODEL))) {
                return p;
            }
        }
        throw new IllegalStateException("No " + RB_MODEL + " above " + Path.of("").toAbsolutePath());
    }

    /** Null when every model was loaded; otherwise which checks were skipped and why. */
    String skippedChecks() {
        return skipped;
    }

    boolean builtInsLoaded() {
        return skipped == null;
    }

    /** A name in a built-in namespace while the built-in models are absent: accepted, as nothing can be checked. */
    boolean unchecked(String name) {
        String prefix = prefix(name);
        return !builtInsLoaded() && !defined.contains(prefix) && BUILT_IN_PREFIXES.contains(prefix);
    }

    ClassDef type(String name) {
        ClassDef c = classes.get(name);
        return c != null && !c.aspect() ? c : null;
    }

    ClassDef aspect(String name) {
        ClassDef c = classes.get(name);
        return c != null && c.aspect() ? c : null;
    }

    ClassDef classDef(String name) {
        return classes.get(name);
    }

    Property property(String name) {
        return properties.get(name);
    }

    Association association(String name) {
        return associations.get(name);
    }

    /**
     * Whether {@code name} is {@code ancestor} or inherits from it (Alfresco: DictionaryService.isSubClass). With the
     * built-in models absent, the chain ends at the first class that is not loaded ({@code rb:proposal} is then known
     * to be a {@code cm:content}, but not a {@code cm:cmobject}).
     */
    boolean isSubClass(String name, String ancestor) {
        for (String c = name; c != null; c = classes.containsKey(c) ? classes.get(c).parent() : null) {
            if (c.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    /** The properties of a class, its parents' included (Alfresco: ClassDefinition.getProperties). */
    List<Property> propertiesOf(String className) {
        List<Property> result = new ArrayList<>();
        for (ClassDef c = classes.get(className); c != null; c = c.parent() == null ? null : classes.get(c.parent())) {
            c.properties().forEach(p -> result.add(properties.get(p)));
        }
        return result;
    }

    /** A class's mandatory aspects, its parents' included (Alfresco: ClassDefinition.getDefaultAspects). */
    List<String> mandatoryAspectsOf(String className) {
        List<String> result = new ArrayList<>();
        for (ClassDef c = classes.get(className); c != null; c = c.parent() == null ? null : classes.get(c.parent())) {
            c.mandatoryAspects().stream().filter(a -> !result.contains(a)).forEach(result::add);
        }
        return result;
    }

    /**
     * A label as M2Label.getLabel looks it up, {@code {model}.{kind}.{item}.{label}} with ':' as '_'
     * ({@code rb_contentModel.property.rb_votingBody.title}), in the language asked for, else in the base bundle; null
     * when no registered bundle has it (the caller then takes the XML's text, as M2PropertyDefinition.getTitle does).
     * Only the labels this project registers are known: Alfresco's own bundles (content-model.properties and its
     * translations) are not in the shared reference, so cm: names fall back to their XML titles.
     */
    String label(String model, String kind, String item, String label, java.util.Locale locale) {
        String key = (model + "." + kind + "." + item + "." + label).replace(':', '_');
        Properties lang = labels.get(locale.getLanguage());
        if (lang != null && lang.containsKey(key)) {
            return lang.getProperty(key);
        }
        Properties base = labels.get("");
        return base == null ? null : base.getProperty(key);
    }

    /** {@code rb:votes} as Alfresco prints a QName: {@code {http://www.regiobesluit.nl/model/content/1.0}votes}. */
    String full(String name) {
        String uri = uris.get(prefix(name));
        return uri == null ? name : "{" + uri + "}" + name.substring(name.indexOf(':') + 1);
    }

    private static String local(String name) {
        return name.substring(name.indexOf(':') + 1);
    }

    private static String prefix(String name) {
        int colon = name.indexOf(':');
        return colon < 0 ? "" : name.substring(0, colon);
    }

    // ------------------------------------------------------------------ reading M2 model XML (Alfresco: M2Model)

    /**
     * The label bundles platform-module registers with its model (the {@code labels} of the dictionaryModelBootstrap
     * bean in {@link #RB_CONTEXT}), base and per-language files, read as Alfresco's MessageService reads them.
     */
    private void readLabels(Path root) {
        Path context = root.resolve(RB_RESOURCES).resolve(RB_CONTEXT);
        Document doc = parse(context);
        for (Element bean : children(doc.getDocumentElement())) {
            for (Element prop : children(bean)) {
                if (!"labels".equals(prop.getAttribute("name"))) {
                    continue;
                }
                for (Element value : children(child(prop, "list"))) {
                    Path base = root.resolve(RB_RESOURCES).resolve(value.getTextContent().trim());
                    try (var files = Files.list(base.getParent())) {
                        for (Path f : files.toList()) {
                            String file = f.getFileName().toString();
                            String stem = base.getFileName().toString();
                            if (file.startsWith(stem) && file.endsWith(".properties")) {
                                String lang = file.substring(stem.length(), file.length() - ".properties".length()).replaceFirst("^_", "");
                                Properties p = labels.computeIfAbsent(lang, l -> new Properties());
                                try (var in = Files.newBufferedReader(f, java.nio.charset.StandardCharsets.UTF_8)) {
                                    p.load(in);
                                }
                            }
                        }
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            }
        }
    }

    private static Document parse(Path file) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(file.toFile());
        } catch (IOException | javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IllegalStateException("Cannot read " + file, e);
        }
    }

    private String modelName;

    private void read(Path file) {
        Document doc = parse(file);
        Element model = doc.getDocumentElement();
        modelName = model.getAttribute("name");
        for (String group : List.of("imports", "namespaces")) {
            for (Element ns : children(child(model, group))) {
                uris.putIfAbsent(ns.getAttribute("prefix"), ns.getAttribute("uri"));
                if (group.equals("namespaces")) {
                    defined.add(ns.getAttribute("prefix"));
                }
            }
        }
        children(child(model, "data-types")).forEach(t -> dataTypes.add(t.getAttribute("name")));
        children(child(model, "constraints")).forEach(c -> constraints.put(c.getAttribute("name"), constraint(c.getAttribute("name"), c)));
        for (String group : List.of("types", "aspects")) {
            for (Element c : children(child(model, group))) {
                readClass(c, group.equals("aspects"));
            }
        }
    }

    private void readClass(Element c, boolean aspect) {
        String name = c.getAttribute("name");
        List<String> props = new ArrayList<>();
        for (Element p : children(child(c, "properties"))) {
            Element mandatory = child(p, "mandatory");
            List<Constraint> cs = new ArrayList<>();
            List<String> csNames = new ArrayList<>();
            for (Element ref : children(child(p, "constraints"))) {
                // M2PropertyDefinition.buildConstraints names every constraint without a name of its own (a ref, or
                // an unnamed inline one) {model}_{class}_{property}_anon_{n}
                String anon = prefix(name) + ":" + local(modelName) + "_" + local(name) + "_" + local(p.getAttribute("name"))
                        + "_anon_" + cs.size();
                String own = ref.hasAttribute("name") ? ref.getAttribute("name") : anon;
                cs.add(ref.hasAttribute("ref") ? constraints.get(ref.getAttribute("ref")) : constraint(own, ref));
                csNames.add(own);
            }
            Property prop = new Property(p.getAttribute("name"), name, text(p, "title"), text(p, "type"),
                    "true".equals(text(p, "multiple")), mandatory != null && "true".equals(mandatory.getTextContent().trim()),
                    mandatory != null && "true".equals(mandatory.getAttribute("enforced")), text(p, "default"), List.copyOf(cs),
                    modelName, text(p, "description"), "true".equals(text(p, "protected")), List.copyOf(csNames));
            properties.put(prop.name(), prop);
            props.add(prop.name());
        }
        for (Element a : children(child(c, "associations"))) {
            Element target = child(a, "target");
            Element targetMandatory = child(target, "mandatory");
            associations.put(a.getAttribute("name"), new Association(a.getAttribute("name"), name, text(target, "class"),
                    a.getTagName().equals("child-association"),
                    targetMandatory != null && "true".equals(targetMandatory.getTextContent().trim()),
                    targetMandatory != null && !"false".equals(targetMandatory.getAttribute("enforced")),
                    !"false".equals(text(target, "many")), text(a, "title")));
        }
        List<String> mandatoryAspects = children(child(c, "mandatory-aspects")).stream().map(e -> e.getTextContent().trim()).toList();
        classes.put(name, new ClassDef(name, aspect, text(c, "parent"), List.copyOf(props), mandatoryAspects));
    }

    private Constraint constraint(String name, Element c) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (Element p : children(c)) {
            if (p.getTagName().equals("parameter")) {
                List<String> values = new ArrayList<>();
                Element list = child(p, "list");
                children(list == null ? p : list).forEach(v -> values.add(v.getTextContent().trim()));
                params.put(p.getAttribute("name"), values);
            }
        }
        return new Constraint(name, c.getAttribute("type"), params.getOrDefault("allowedValues", List.of()),
                !"false".equals(first(params, "caseSensitive")), "true".equals(first(params, "sorted")),
                first(params, "expression"), !"false".equals(first(params, "requiresMatch")),
                integer(first(params, "minLength")), integer(first(params, "maxLength")), number(first(params, "minValue")),
                number(first(params, "maxValue")), modelName, text(c, "title"), text(c, "description"));
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> v = params.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    private static Integer integer(String s) {
        return s == null ? null : Integer.valueOf(s);
    }

    private static Double number(String s) {
        return s == null ? null : Double.valueOf(s);
    }

    private static String text(Element parent, String name) {
        Element e = child(parent, name);
        return e == null ? null : e.getTextContent().trim();
    }

    private static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        return children(parent).stream().filter(e -> e.getTagName().equals(name)).findFirst().orElse(null);
    }

    private static List<Element> children(Element parent) {
        List<Element> result = new ArrayList<>();
        if (parent != null) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e) {
                    result.add(e);
                }
            }
        }
        return result;
    }
}
