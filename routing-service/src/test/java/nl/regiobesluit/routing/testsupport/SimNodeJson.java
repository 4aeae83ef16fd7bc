package nl.regiobesluit.routing.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A node as the v1 REST API renders it (Alfresco's {@code NodesImpl}):
 * <ul>
 *   <li>a single node ({@code GET}, {@code PUT /nodes/{id}}, {@code POST …/children}, {@code …/lock}) comes with
 *       {@code aspectNames} and {@code properties} whether asked for or not ({@code getFolderOrDocumentFullInfo});
 *       a node in a list ({@code children}, {@code targets}, {@code sources}, search) with only the minimal fields
 *       unless {@code include} names them (transcript lines 2 and 5 against line 14);</li>
 *   <li>{@code isLocked} only when included (lines 7 and 34; absent from line 2);</li>
 *   <li>{@code properties} leaves out the {@code sys:} namespace ({@code EXCLUDED_NS}) and {@code EXCLUDED_PROPS}:
 *       cm:name, cm:creator, cm:created, cm:modifier, cm:modified, cm:content, cm:initialVersion,
 *       cm:autoVersionOnUpdateProps, cm:autoVersion (the events have them, the REST answers not: lines 5 and 8);</li>
 *   <li>user-valued properties ({@code PROPS_USERLOOKUP}: cm:owner, cm:lockOwner, cm:workingCopyOwner) as a user
 *       object {@code {"id","displayName"}} (line 34: {@code "cm:lockOwner": {"id": "admin", "displayName":
 *       "Administrator"}}); the display name is the person's first and last name where the simulator knows them
 *       ({@link AlfrescoSimulator#describePerson}), else the id;</li>
 *   <li>{@code fields} keeps only the named top-level fields (line 9).</li>
 * </ul>
 * The includes the Content App asks for, as {@code NodesImpl.getFolderOrDocumentFullInfo} and {@code lookupPathInfo}
 * answer them (Alfresco/alfresco-community-repo, remote-api):
 * <ul>
 *   <li>{@code allowableOperations}: {@code delete} (DeleteNode; never on a special node such as Company Home or the
 *       sites), {@code create} (AddChildren; never on a document), {@code update} (Write), {@code updatePermissions}
 *       (ChangePermissions), each as the user's permissions on the node allow ({@link SimAccess#may}); left out when
 *       none is allowed. Recorded on ACS 25.2 for a document's owner: {@code ["delete","update","updatePermissions"]}
 *       (transcript line 7);</li>
 *   <li>{@code path}: the ancestors from Company Home down to the parent, each {@code {id,name,nodeType,aspectNames}},
 *       {@code name} their names joined by "/", {@code isComplete} false when an ancestor is not readable (the path
 *       then starts below it); the root itself has no elements;</li>
 *   <li>{@code isFavorite}: always false, as favourites are not modelled;</li>
 *   <li>{@code isLink}: whether the type is cm:link or one of its subtypes (app:filelink, app:folderlink).</li>
 * </ul>
 * and the two that ACA's node pages ask for ({@code ContentApiService.getNode}: path, properties, allowableOperations,
 * permissions, definition):
 * <ul>
 *   <li>{@code permissions} ({@code NodesImpl}, PermissionService.getAllSetPermissions): {@code isInheritanceEnabled},
 *       the entries set on the node ({@code locallySet}) and those inherited from above ({@code inherited}), each
 *       {@code {authorityId,name,accessStatus}}, and the roles that may be set ({@code settable}); empty lists are left
 *       out, and the whole field when the user may not read permissions (an AccessDeniedException that NodesImpl
 *       swallows: Consumer has no ReadPermissions). Recorded on ACS 25.2 (transcript line 7): no
 *       {@code authorityDisplayName}, which later versions add;</li>
 *   <li>{@code definition} ({@code ClassDefinitionMapperImpl} on DictionaryService.getAnonymousType(type, aspects)):
 *       every property of the type, its parents and the node's aspects (with their parents), {@code sys:} and
 *       cm:content left out; each with id, title and description (the labels the project registers, in the language
 *       of {@code Accept-Language}, else the model XML's), defaultValue, dataType, isMultiValued, isMandatory,
 *       isMandatoryEnforced, isProtected and constraints ({@code id}, {@code type}, {@code parameters}); empty lists
 *       and absent texts left out, as Alfresco's JSON writer does (transcript lines 28 to 30 show the same property
 *       shape for /types). Refused when the node's classes are not all known (the built-in models absent) or a
 *       REGISTERED constraint would have to be described. Not as Alfresco: the labels of Alfresco's own models
 *       (content-model*.properties) are not in the shared reference, so a cm: property has its XML title and no
 *       description, where ACS 25.2 answers cm:name with "Name"/"Name" (en) and "Naam"/"Naam" (nl);</li>
 *   <li>{@code permissions} refused on an st:site or st:sites node: what Alfresco offers as settable there is not
 *       recorded.</li>
 * </ul>
 * Other includes are not modelled: the simulator refuses them rather than answer without them.
 */
final class SimNodeJson {

    static final Set<String> MODELLED_INCLUDES = Set.of("properties", "aspectNames", "isLocked", "association",
            "allowableOperations", "path", "isFavorite", "isLink", "permissions", "definition");
    /**
     * What the search API takes (SearchMapper.PERMITTED_INCLUDES; anything else is an InvalidArgumentException, 400):
     * no {@code definition}.
     */
    static final Set<String> SEARCH_INCLUDES = Set.of("allowableOperations", "aspectNames", "isLink", "path", "properties",
            "association", "isLocked", "permissions", "isFavorite");
    /** cm:link and its subtypes (NodesImpl: isLink = isSubClass(type, ContentModel.TYPE_LINK)). */
    private static final Set<String> LINK_TYPES = Set.of("cm:link", "app:filelink", "app:folderlink");
    /** Nodes NodesImpl.isSpecialNode keeps from being deleted that the simulator can hold. */
    private static final Set<String> SPECIAL_TYPES = Set.of("st:sites", "st:site");
    private static final Set<String> EXCLUDED_PROPS = Set.of("cm:name", "cm:creator", "cm:created", "cm:modifier",
            "cm:modified", "cm:content", "cm:initialVersion", "cm:autoVersionOnUpdateProps", "cm:autoVersion");
    private static final Set<String> USER_LOOKUP = Set.of("cm:owner", "cm:lockOwner", "cm:workingCopyOwner");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private final ObjectMapper json;
    private final SimModel model;
    private final Function<String, String> displayName;

    SimNodeJson(ObjectMapper json, SimModel model, Function<String, String> displayName) {
        this.json = json;
        this.model = model;
        this.displayName = displayName;
    }

    /**
     * What a request asked for: its {@code include} and {@code fields} (null = all fields), and the language of its
     * {@code Accept-Language} for the labels of {@code definition} (the web script runtime sets I18NUtil's locale from
     * the header's first language).
     */
    record Shape(Set<String> include, Set<String> fields, Locale locale) {

        static final Shape FULL = new Shape(Set.of("properties", "aspectNames", "isLocked"), null, Locale.ENGLISH);

        static Shape of(String include, String fields, String acceptLanguage) {
            return new Shape(split(include), fields == null ? null : split(fields), locale(acceptLanguage));
        }

        static Shape of(JsonNode includeArray, String acceptLanguage) {
            Set<String> s = new LinkedHashSet<>();
            includeArray.forEach(i -> s.add(i.asText()));
            return new Shape(s, null, locale(acceptLanguage));
        }

        private static Locale locale(String acceptLanguage) {
            if (acceptLanguage == null || acceptLanguage.isBlank()) {
                return Locale.ENGLISH;
            }
            String first = acceptLanguage.split(",")[0].split(";")[0].trim();
            return first.isEmpty() || first.equals("*") ? Locale.ENGLISH : Locale.forLanguageTag(first);
        }

        private static Set<String> split(String list) {
            Set<String> s = new LinkedHashSet<>();
            if (list != null) {
                for (String p : list.split(",")) {
                    if (!p.isBlank()) {
                        s.add(p.trim());
                    }
                }
            }
            return s;
        }

        /** The first include the simulator does not model, or null. */
        String unmodelled() {
            return include.stream().filter(i -> !MODELLED_INCLUDES.contains(i)).findFirst().orElse(null);
        }
    }

    /** Who asks, to answer the includes that depend on the user's permissions ({@code path}, {@code allowableOperations}). */
    record Viewer(String user, SimAccess access, Function<String, SimNode> nodes) {

        boolean may(SimNode n, SimAccess.Permission permission) {
            return access.may(user, n, permission, nodes);
        }
    }

    /**
     * @param single whether the node is the one entity of the answer (full info) rather than an entry of a list
     * @param viewer who asks; may be null only when the shape includes neither {@code path} nor {@code allowableOperations}
     */
    ObjectNode render(SimNode n, Shape shape, boolean single, Viewer viewer) {
        ObjectNode o = json.createObjectNode();
        o.put("id", n.id);
        o.put("name", n.name);
        o.put("nodeType", n.nodeType);
        o.put("isFolder", n.folder);
        o.put("isFile", !n.folder);
        if (shape.include().contains("isLocked")) {
            o.put("isLocked", n.aspectNames.contains("cm:lockable") && n.properties.containsKey("cm:lockType"));
        }
        o.put("createdAt", DATE.format(n.createdAt));
        o.put("modifiedAt", DATE.format(n.modifiedAt));
        o.putObject("createdByUser").put("id", n.createdBy).put("displayName", displayName.apply(n.createdBy));
        o.putObject("modifiedByUser").put("id", n.modifiedBy).put("displayName", displayName.apply(n.modifiedBy));
        if (n.parentId != null) {
            o.put("parentId", n.parentId);
        }
        if (single || shape.include().contains("aspectNames")) {
            ArrayNode aspects = o.putArray("aspectNames");
            n.aspectNames.stream().filter(a -> !a.startsWith("sys:")).forEach(aspects::add);
        }
        if (single || shape.include().contains("properties")) {
            o.set("properties", properties(n.properties));
        }
        if (shape.include().contains("isFavorite")) {
            o.put("isFavorite", false);
        }
        if (shape.include().contains("isLink")) {
            o.put("isLink", LINK_TYPES.contains(n.nodeType));
        }
        if (shape.include().contains("allowableOperations")) {
            ArrayNode ops = allowableOperations(n, viewer);
            if (!ops.isEmpty()) {
                o.set("allowableOperations", ops);
            }
        }
        if (shape.include().contains("path")) {
            o.set("path", path(n, viewer));
        }
        if (shape.include().contains("permissions") && (n.nodeType.equals("st:site") || n.nodeType.equals("st:sites"))) {
            // What getSettablePermissions offers on a site (its site roles, sitePermissionDefinitions.xml, and which of
            // cm:folder's) is not recorded: refused rather than guessed.
            throw unanswerable("include=permissions on " + n.nodeType);
        }
        if (shape.include().contains("permissions") && viewer.may(n, SimAccess.Permission.READ_PERMISSIONS)) {
            o.set("permissions", permissions(n, viewer));
        }
        if (shape.include().contains("definition")) {
            o.set("definition", definition(n, shape.locale()));
        }
        if (!n.folder) {
            // ContentInfo as Alfresco reports it: the uploaded content's type and size (empty text until an upload).
            o.putObject("content").put("mimeType", n.mimeType).put("mimeTypeName", n.mimeType)
                    .put("sizeInBytes", n.content == null ? 0 : n.content.length).put("encoding", "UTF-8");
        }
        return o;
    }

    private ArrayNode allowableOperations(SimNode n, Viewer viewer) {
        ArrayNode ops = json.createArrayNode();
        if (viewer.may(n, SimAccess.Permission.DELETE) && !AlfrescoSimulator.ROOT_ID.equals(n.id) && !SPECIAL_TYPES.contains(n.nodeType)) {
            ops.add("delete");
        }
        if (n.folder && viewer.may(n, SimAccess.Permission.ADD_CHILDREN)) {
            ops.add("create");
        }
        if (viewer.may(n, SimAccess.Permission.WRITE)) {
            ops.add("update");
        }
        if (viewer.may(n, SimAccess.Permission.CHANGE_PERMISSIONS)) {
            ops.add("updatePermissions");
        }
        return ops;
    }

    private ObjectNode path(SimNode n, Viewer viewer) {
        Deque<SimNode> ancestors = new ArrayDeque<>();
        boolean complete = true;
        for (SimNode a = n.parentId == null ? null : viewer.nodes().apply(n.parentId); a != null;
                a = a.parentId == null ? null : viewer.nodes().apply(a.parentId)) {
            if (!viewer.may(a, SimAccess.Permission.READ)) {
                complete = false;
                break;
            }
            ancestors.push(a);
        }
        ObjectNode path = json.createObjectNode();
        ArrayNode elements = json.createArrayNode();
        StringBuilder name = new StringBuilder();
        for (SimNode a : ancestors) {
            name.append('/').append(a.name);
            ObjectNode e = elements.addObject().put("id", a.id).put("name", a.name).put("nodeType", a.nodeType);
            ArrayNode aspects = e.putArray("aspectNames");
            a.aspectNames.stream().filter(x -> !x.startsWith("sys:")).forEach(aspects::add);
        }
        if (!ancestors.isEmpty()) {
            path.put("name", name.toString());
            path.put("isComplete", complete);
        }
        path.set("elements", elements);
        return path;
    }

    private ObjectNode permissions(SimNode n, Viewer viewer) {
        ObjectNode p = json.createObjectNode();
        p.put("isInheritanceEnabled", viewer.access().inherits(n));
        ArrayNode inherited = json.createArrayNode();
        ArrayNode locallySet = json.createArrayNode();
        for (SimAccess.SetPermission s : viewer.access().allSetPermissions(n, viewer.nodes())) {
            (s.direct() ? locallySet : inherited).addObject()
                    .put("authorityId", s.authority()).put("name", s.role()).put("accessStatus", "ALLOWED");
        }
        if (!inherited.isEmpty()) {
            p.set("inherited", inherited);
        }
        if (!locallySet.isEmpty()) {
            p.set("locallySet", locallySet);
        }
        ArrayNode settable = p.putArray("settable");
        SimAccess.SETTABLE.forEach(settable::add);
        return p;
    }

    private ObjectNode definition(SimNode n, Locale locale) {
        if (!model.builtInsLoaded()) {
            throw unanswerable("include=definition: " + model.skippedChecks());
        }
        // DictionaryService.getAnonymousType(type, nodeService.getAspects(node)): later classes overwrite earlier ones.
        Map<String, SimModel.Property> props = new LinkedHashMap<>();
        List<String> classes = new ArrayList<>();
        classes.add(n.nodeType);
        classes.addAll(n.aspectNames);
        for (String c : classes) {
            if (model.classDef(c) == null) {
                throw unanswerable("include=definition: " + c + " is not in its models");
            }
            model.propertiesOf(c).forEach(p -> props.put(p.name(), p));
        }
        ObjectNode definition = json.createObjectNode();
        ArrayNode list = definition.putArray("properties");
        props.values().stream()
                .filter(p -> !p.name().startsWith("sys:") && !p.name().equals("cm:content"))
                .forEach(p -> list.add(propertyDefinition(p, locale)));
        return definition;
    }

    private ObjectNode propertyDefinition(SimModel.Property p, Locale locale) {
        ObjectNode o = json.createObjectNode();
        o.put("id", p.name());
        putIfPresent(o, "title", labelOr(p.model(), "property", p.name(), "title", locale, p.title()));
        putIfPresent(o, "description", labelOr(p.model(), "property", p.name(), "description", locale, p.description()));
        putIfPresent(o, "defaultValue", p.defaultValue());
        o.put("dataType", p.dataType());
        o.put("isMultiValued", p.multiple());
        o.put("isMandatory", p.mandatory());
        o.put("isMandatoryEnforced", p.enforced());
        o.put("isProtected", p.isProtected());
        ArrayNode constraints = json.createArrayNode();
        for (int i = 0; i < p.constraints().size(); i++) {
            SimModel.Constraint c = p.constraints().get(i);
            // M2ConstraintDefinition looks its labels up under its own name: for a <constraint ref> or an unnamed
            // one that is {model}_{class}_{property}_anon_{n} (M2PropertyDefinition.buildConstraints), then falls
            // back to the constraint's XML title.
            String labelName = p.constraintNames().get(i);
            Map<String, Object> parameters = c.parameters();
            if (parameters == null) {
                throw unanswerable("include=definition: the " + c.type() + " constraint " + c.name() + " of " + p.name());
            }
            ObjectNode e = constraints.addObject().put("id", c.name()).put("type", c.type());
            putIfPresent(e, "title", labelOr(p.model(), "constraint", labelName, "title", locale, c.title()));
            putIfPresent(e, "description", labelOr(p.model(), "constraint", labelName, "description", locale, c.description()));
            if (!parameters.isEmpty()) {
                e.set("parameters", json.valueToTree(parameters));
            }
        }
        if (!constraints.isEmpty()) {
            o.set("constraints", constraints);
        }
        return o;
    }

    /** M2PropertyDefinition.getTitle and its kin: the registered label if any, else the XML's text. */
    private String labelOr(String modelName, String kind, String item, String label, Locale locale, String xml) {
        String registered = model.label(modelName, kind, item, label, locale);
        return registered != null ? registered : xml;
    }

    /** Where unsure, refuse (400): an answer without what was asked for would pass for Alfresco's. */
    private static SimAccess.Refused unanswerable(String what) {
        return new SimAccess.Refused(400, "framework.exception.InvalidArgument", "The simulator cannot answer " + what);
    }

    private static void putIfPresent(ObjectNode o, String field, String value) {
        if (value != null) {
            o.put(field, value);
        }
    }

    /** Keeps only the requested top-level fields ({@code fields=id,name,properties}); null keeps all. */
    static JsonNode select(ObjectNode entry, Set<String> fields) {
        if (fields != null) {
            entry.retain(fields);
        }
        return entry;
    }

    private ObjectNode properties(Map<String, Object> props) {
        ObjectNode p = json.createObjectNode();
        props.forEach((k, v) -> {
            if (k.startsWith("sys:") || EXCLUDED_PROPS.contains(k)) {
                return;
            }
            if (USER_LOOKUP.contains(k) && v instanceof String user) {
                p.putObject(k).put("id", user).put("displayName", displayName.apply(user));
            } else {
                p.set(k, json.valueToTree(v));
            }
        });
        return p;
    }
}
