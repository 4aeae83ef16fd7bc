package nl.regiobesluit.routing.testsupport;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import nl.regiobesluit.routing.testsupport.SimModel.Association;
import nl.regiobesluit.routing.testsupport.SimModel.Constraint;
import nl.regiobesluit.routing.testsupport.SimModel.Property;

/**
 * What Alfresco's v1 REST API, node service and integrity checker do with the types, aspects and properties written to
 * a node, checked against {@link SimModel}. A write is worked out on a {@link Draft} and checked as a whole before the
 * simulator stores anything, as Alfresco rolls the whole transaction back on any refusal.
 *
 * <p>Refusals carry Alfresco's status and {@code errorKey}: the v1 framework maps the repository's exceptions to statuses
 * (public-rest-context.xml, SimpleMappingExceptionResolver); an {@code InvalidArgumentException} uses its message as
 * the errorKey, everything else answers {@code framework.exception.ApiDefault}. The answers were checked against the
 * recorded ACS 25.2 transcript (shared/reference/alfresco/real-acs-25.2). Where the simulator cannot tell what Alfresco
 * would do, it refuses.
 */
final class SimContentRules {

    static final String API_DEFAULT = "framework.exception.ApiDefault";
    private static final String CONTAINS_CM_OBJECT = "cm:cmobject";
    /** Alfresco: AuditablePropertiesEntity.getAuditablePropertyQNames. */
    private static final Set<String> AUDITABLE = Set.of("cm:created", "cm:creator", "cm:modified", "cm:modifier", "cm:accessed");
    private static final DateTimeFormatter ALFRESCO_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
    private static final DateTimeFormatter ISO8601 = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').append(DateTimeFormatter.ISO_LOCAL_TIME).optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter(Locale.ROOT);

    /** Alfresco's answer to a refused write. */
    static final class Refusal extends RuntimeException {
        final int status;
        final String errorKey;

        Refusal(int status, String errorKey, String briefSummary) {
            super(briefSummary);
            this.status = status;
            this.errorKey = errorKey;
        }
    }

    /** A node's type, aspects and properties while a write is worked out. */
    static final class Draft {
        String type;
        final List<String> aspects;
        final Map<String, Object> properties;

        Draft(String type, List<String> aspects, Map<String, Object> properties) {
            this.type = type;
            this.aspects = new ArrayList<>(aspects);
            this.properties = new LinkedHashMap<>(properties);
        }
    }

    private final SimModel model;
    // Alfresco numbers the messages it logs (AlfrescoRuntimeException): "11030065 Found 1 integrity violations".
    private final AtomicInteger logNumber = new AtomicInteger();

    SimContentRules(SimModel model) {
        this.model = model;
    }

    SimModel model() {
        return model;
    }

    // ------------------------------------------------------------------ the writes

    /** A new node (POST /nodes/{id}/children, or a test arranging one). Alfresco: NodesImpl.createNode. */
    Draft create(String nodeId, String name, String type, Collection<String> aspects, Map<String, ?> properties) {
        // Alfresco: NodesImpl.validateCmObject (skipped for sub-types of cm:content)
        if (!model.unchecked(type) && !model.isSubClass(type, "cm:content")
                && (!model.isSubClass(type, CONTAINS_CM_OBJECT) || model.isSubClass(type, "cm:systemfolder"))) {
            throw invalidArgument("Invalid type: " + model.full(type) + " - expected (sub-)type of cm:cmobject");
        }
        checkPropertyNames(properties.keySet());
        checkAspectNames(aspects);
        Draft d = new Draft(type, List.of("cm:auditable"), Map.of());
        addAspectsAndProperties(d, type, aspects, convert(properties));
        checkIntegrity(nodeId, name, d);
        return d;
    }

    /**
     * A change (PUT /nodes/{id}, Share's edit form, "Manage aspects"); null arguments leave that part alone.
     * Alfresco: NodesImpl.updateNodeImpl, in its order: aspects and properties must be known, the type may only be
     * specialised, then the aspects are replaced and the properties added, and the integrity checker runs at commit.
     */
    Draft update(SimNode node, String newType, Collection<String> aspectNames, Map<String, ?> properties) {
        return update(node, null, newType, aspectNames, properties);
    }

    /** As {@link #update(SimNode, String, Collection, Map)}, renaming the node to {@code newName} (null: unchanged). */
    Draft update(SimNode node, String newName, String newType, Collection<String> aspectNames, Map<String, ?> properties) {
        if (aspectNames != null) {
            checkAspectNames(aspectNames);
            // Alfresco: NodesImpl.validateAspects refuses the sys: namespace with an IllegalArgumentException (400)
            aspectNames.stream().filter(a -> a.startsWith("sys:")).findFirst().ifPresent(a -> {
                throw new Refusal(400, API_DEFAULT, "NameSpace cannot be used by API: " + a);
            });
        }
        if (properties != null) {
            checkPropertyNames(properties.keySet());
            // Alfresco: NodesImpl.validateProperties refuses sys: properties and the auditable ones (400)
            for (String p : properties.keySet()) {
                if (p.startsWith("sys:")) {
                    throw new Refusal(400, API_DEFAULT, "NameSpace cannot be used by API: " + p);
                }
                if (AUDITABLE.contains(p)) {
                    throw new Refusal(400, API_DEFAULT, "Cannot be used by API: " + p);
                }
            }
        }
        Draft d = new Draft(node.nodeType, node.aspectNames, node.properties);
        if (newType != null && !newType.equals(d.type)) {
            // Alfresco: NodesImpl.updateNodeImpl allows a specialisation only; NodeService.setType adds the new type's
            // mandatory aspects and defaults (DbNodeServiceImpl.setType)
            if (!model.isSubClass(newType, d.type) || (!model.unchecked(newType) && model.isSubClass(newType, "cm:systemfolder"))) {
                throw invalidArgument("Failed to change (specialise) node type - from " + model.full(d.type) + " to " + model.full(newType));
            }
            d.type = newType;
            addAspectsAndProperties(d, newType, List.of(), Map.of());
        }
        if (aspectNames != null) {
            // Alfresco: NodesImpl.updateCustomAspects leaves cm:auditable and sys: aspects alone; removing an aspect
            // removes its properties (DbNodeServiceImpl.removeAspect)
            Predicate<String> managed = a -> !a.equals("cm:auditable") && !a.startsWith("sys:");
            for (String a : List.copyOf(d.aspects)) {
                if (managed.test(a) && !aspectNames.contains(a)) {
                    d.aspects.remove(a);
                    SimModel.ClassDef def = model.aspect(a);
                    if (def != null) {
                        def.properties().forEach(d.properties::remove);
                    }
                }
            }
            for (String a : aspectNames) {
                if (managed.test(a) && !d.aspects.contains(a)) {
                    addAspectsAndProperties(d, a, List.of(), Map.of());
                }
            }
        }
        if (properties != null && !properties.isEmpty()) {
            addAspectsAndProperties(d, null, List.of(), convert(properties));
        }
        checkIntegrity(node.id, newName != null ? newName : node.name, d);
        return d;
    }

    /**
     * A peer association from {@code source} to {@code target}; {@code existingTargets} is how many targets of this type
     * the source has already. Alfresco: NodesImpl.getAssocType, then the integrity checker's AssocSourceTypeIntegrityEvent,
     * AssocTargetTypeIntegrityEvent and AssocTargetMultiplicityIntegrityEvent at commit.
     */
    void checkAssociation(SimNode source, SimNode target, String assocType, int existingTargets) {
        Association a = model.association(assocType);
        if (a == null) {
            if (model.unchecked(assocType)) {
                return;
            }
            throw invalidArgument("Unknown assocType: " + assocType);
        }
        if (assocType.startsWith("sys:")) {
            throw invalidArgument("Invalid assocType: " + assocType);
        }
        if (a.child()) {
            // Not a peer association; what Alfresco's integrity checker makes of it is not certain, so: refused.
            throw invalidArgument(source.id + "," + assocType + "," + target.id);
        }
        List<String> violations = new ArrayList<>();
        if (!matches(source, a.sourceClass())) {
            violations.add("The association source type is incorrect: \n   Source Node: " + ref(source.id)
                    + "\n   Association: " + model.full(assocType) + "\n   Required Source Type: " + model.full(a.sourceClass())
                    + "\n   Actual Source Type: " + model.full(source.nodeType));
        }
        if (a.targetClass() != null && !matches(target, a.targetClass())) {
            violations.add("The association target type is incorrect: \n   Target Node: " + ref(target.id)
                    + "\n   Association: " + model.full(assocType) + "\n   Required Target Type: " + model.full(a.targetClass())
                    + "\n   Actual Target Type: " + model.full(target.nodeType));
        }
        if (!a.targetMany() && existingTargets + 1 > 1) {
            violations.add("The association target multiplicity has been violated: \n   Source Node: " + ref(source.id)
                    + "\n   Association: " + model.full(assocType) + "\n   Required target Multiplicity: "
                    + (a.targetMandatory() ? "1" : "0..1") + "\n   Actual target Multiplicity: " + (existingTargets + 1));
        }
        failOn(violations);
    }

    private boolean matches(SimNode node, String className) {
        SimModel.ClassDef def = model.classDef(className);
        if (def != null && def.aspect()) {
            // an association defined on an aspect: Alfresco adds the aspect to the source when linking
            // (DbNodeServiceImpl.createAssociation), so only the target must have it
            return node.aspectNames.stream().anyMatch(x -> model.isSubClass(x, className));
        }
        return model.isSubClass(node.nodeType, className);
    }

    // ------------------------------------------------------------------ names

    /** Alfresco: NodesImpl.mapToNodeProperties. */
    void checkPropertyNames(Collection<String> names) {
        for (String p : names) {
            if (model.property(p) == null && !model.unchecked(p)) {
                throw invalidArgument("Unknown property: " + p);
            }
        }
    }

    /** Alfresco: NodesImpl.mapToNodeAspects. */
    void checkAspectNames(Collection<String> names) {
        for (String a : names) {
            if (model.aspect(a) == null && !model.unchecked(a)) {
                throw invalidArgument("Unknown aspect: " + a);
            }
        }
    }

    // ------------------------------------------------------------------ aspects and defaults

    /**
     * Adds a class (a type or an aspect) and properties with everything Alfresco adds along: the class's mandatory
     * aspects, the aspects that declare the properties, their mandatory aspects in turn, and the default values of the
     * properties of every class added. Alfresco: DbNodeServiceImpl.addAspectsAndProperties, getMissingAspects,
     * getMissingProperties.
     */
    private void addAspectsAndProperties(Draft d, String classToAdd, Collection<String> extraAspects, Map<String, Object> extraProperties) {
        Set<String> missing = new LinkedHashSet<>();
        if (classToAdd != null) {
            if (model.aspect(classToAdd) != null || (model.unchecked(classToAdd) && model.type(classToAdd) == null && !classToAdd.equals(d.type))) {
                missing.add(classToAdd);
            }
            missing.addAll(model.mandatoryAspectsOf(classToAdd));
        }
        Set<String> allProperties = new LinkedHashSet<>(d.properties.keySet());
        allProperties.addAll(extraProperties.keySet());
        for (String p : allProperties) {
            Property def = model.property(p);
            if (def != null && model.aspect(def.container()) != null) {
                missing.add(def.container());
            }
        }
        missing.addAll(extraAspects);
        missing.removeAll(d.aspects);
        for (boolean grew = true; grew; ) {
            grew = false;
            for (String a : List.copyOf(missing)) {
                for (String m : model.mandatoryAspectsOf(a)) {
                    grew |= !d.aspects.contains(m) && missing.add(m);
                }
            }
        }
        // sys:base's sys:referenceable and sys:localized: the REST API never shows sys: aspects (NodesImpl leaves the
        // sys namespace out of aspectNames) nor accepts them back, so the simulator does not keep them.
        missing.removeIf(SimContentRules::isSystem);
        Set<String> classes = new LinkedHashSet<>();
        if (classToAdd != null) {
            classes.add(classToAdd);
        }
        classes.addAll(missing);
        for (String c : classes) {
            for (Property p : model.propertiesOf(c)) {
                if (p.defaultValue() != null && !d.properties.containsKey(p.name())) {
                    d.properties.put(p.name(), convert(p, p.defaultValue()));
                }
            }
        }
        extraProperties.forEach((k, v) -> {
            if (v == null) {
                d.properties.remove(k); // Alfresco keeps a null; the REST API then leaves the property out
            } else {
                d.properties.put(k, v);
            }
        });
        d.aspects.addAll(missing);
    }

    // ------------------------------------------------------------------ values

    private Map<String, Object> convert(Map<String, ?> properties) {
        Map<String, Object> result = new LinkedHashMap<>();
        properties.forEach((k, v) -> {
            Property def = model.property(k);
            result.put(k, def == null || v == null ? v : convert(def, v));
        });
        return result;
    }

    /**
     * A value as Alfresco persists it for the property's data type. Alfresco: NodePropertyHelper (a collection for a
     * single-valued property is refused with a DictionaryException, 500; a single value of a multi-valued property is
     * kept as a collection of one), NodePropertyValue and DefaultTypeConverter (the conversions).
     */
    Object convert(Property def, Object value) {
        if (value instanceof Collection<?> values) {
            if (!def.multiple()) {
                throw new Refusal(500, API_DEFAULT, number() + " A single-valued property of this type may not be a collection: \n"
                        + "   Property: " + describe(def) + "\n   Type: " + model.full(def.dataType()) + "\n   Value: " + value);
            }
            List<Object> converted = new ArrayList<>();
            values.forEach(v -> converted.add(v == null ? null : convertSingle(def, v)));
            return converted;
        }
        Object single = convertSingle(def, value);
        return def.multiple() ? new ArrayList<>(List.of(single)) : single;
    }

    private Object convertSingle(Property def, Object value) {
        String type = def.dataType();
        try {
            return switch (type) {
                // Alfresco: DefaultTypeConverter; a String is parsed with Integer.valueOf and the like, whose
                // NumberFormatException (an IllegalArgumentException) the REST framework answers with 400
                case "d:text", "d:mltext" -> text(def, value);
                case "d:int" -> value instanceof Number n ? (Object) n.intValue() : Integer.valueOf(text(def, value));
                case "d:long" -> value instanceof Number n ? (Object) n.longValue() : Long.valueOf(text(def, value));
                case "d:float" -> value instanceof Number n ? (Object) n.floatValue() : Float.valueOf(text(def, value));
                case "d:double" -> value instanceof Number n ? (Object) n.doubleValue() : Double.valueOf(text(def, value));
                // Alfresco: DefaultTypeConverter converts a String with Boolean.valueOf, so "ja" is stored as false
                // (the transcript's "wrong data type (boolean)": 200)
                // (and has no conversion from a number to a Boolean)
                case "d:boolean" -> value instanceof Boolean b ? b : value instanceof String t ? Boolean.valueOf(t) : notCompatibleValue(def, value);
                // Alfresco: DefaultTypeConverter parses with ISO8601DateFormat and stores a java.util.Date; the REST
                // API writes it back as 2014-11-20T00:00:00.000+0000 for d:date and d:datetime alike
                case "d:date", "d:datetime" -> date(def, value);
                case "d:any" -> value;
                case "d:qname", "d:noderef", "d:category", "d:locale", "d:path" -> text(def, value);
                default -> throw notCompatible(def, value, null); // not modelled: refused rather than guessed
            };
        } catch (NumberFormatException e) {
            throw new Refusal(400, API_DEFAULT, e.getMessage());
        }
    }

    private String text(Property def, Object value) {
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        throw notCompatible(def, value, null); // a JSON object: DefaultTypeConverter has no conversion for a Map
    }

    private String date(Property def, Object value) {
        OffsetDateTime d;
        if (value instanceof Number n) {
            d = OffsetDateTime.ofInstant(java.time.Instant.ofEpochMilli(n.longValue()), ZoneOffset.UTC);
        } else if (value instanceof String s) {
            try {
                TemporalAccessor t = ISO8601.parse(s.trim());
                LocalDateTime local = t.isSupported(ChronoField.HOUR_OF_DAY) ? LocalDateTime.from(t) : LocalDate.from(t).atStartOfDay();
                d = t.isSupported(ChronoField.OFFSET_SECONDS) ? local.atOffset(ZoneOffset.ofTotalSeconds(t.get(ChronoField.OFFSET_SECONDS)))
                        : local.atOffset(ZoneOffset.UTC); // the recorded repository ran in UTC
            } catch (DateTimeParseException e) {
                throw notCompatible(def, value, e);
            }
        } else {
            throw notCompatible(def, value, null);
        }
        return ALFRESCO_DATE.format(d.withOffsetSameInstant(ZoneOffset.UTC));
    }

    private Object notCompatibleValue(Property def, Object value) {
        throw notCompatible(def, value, null);
    }

    /** Alfresco: NodePropertyHelper.makeNodePropertyValue wraps the TypeConversionException; the framework answers 400. */
    private Refusal notCompatible(Property def, Object value, Exception cause) {
        Refusal r = new Refusal(400, API_DEFAULT, "The property value is not compatible with the type defined for the property: \n"
                + "   property: " + describe(def) + "\n   value: " + value + "\n   value type: " + value.getClass());
        if (cause != null) {
            r.initCause(cause);
        }
        return r;
    }

    private String describe(Property def) {
        return "Name: " + model.full(def.name()) + "\nTitle: " + def.title() + "\nDataType Name: " + model.full(def.dataType())
                + "\nContainerClass Name: " + model.full(def.container()) + "\nisMultiValued: " + def.multiple()
                + "\nisMandatory: " + def.mandatory() + "\nisMandatoryEnforced: " + def.enforced();
    }

    // ------------------------------------------------------------------ the integrity checker

    /**
     * What Alfresco's IntegrityChecker finds at commit: mandatory aspects (AspectsIntegrityEvent), enforced mandatory
     * properties and constraints of the type's and the aspects' properties (PropertiesIntegrityEvent, which skips
     * cm:auditable and sys:referenceable). A property that belongs to neither is kept unchecked, as in Alfresco.
     */
    void checkIntegrity(String nodeId, String name, Draft d) {
        List<String> violations = new ArrayList<>();
        for (String a : model.mandatoryAspectsOf(d.type)) {
            if (!d.aspects.contains(a) && !isSystem(a)) {
                violations.add("Mandatory aspect not set: \n   Node: " + ref(nodeId) + "\n   Type: " + model.full(d.type)
                        + "\n   Aspect: " + model.full(a));
            }
        }
        for (String aspect : d.aspects) {
            for (String a : model.mandatoryAspectsOf(aspect)) {
                if (!d.aspects.contains(a) && !isSystem(a)) {
                    violations.add("Mandatory aspect not set: \n   Node: " + ref(nodeId) + "\n   Aspect: " + model.full(aspect)
                            + "\n   Missing Aspect: " + model.full(a));
                }
            }
        }
        checkProperties(nodeId, name, d.type, model.propertiesOf(d.type), d.properties, violations);
        for (String aspect : d.aspects) {
            if (!aspect.equals("cm:auditable") && !aspect.equals("sys:referenceable")) {
                checkProperties(nodeId, name, aspect, model.propertiesOf(aspect), d.properties, violations);
            }
        }
        failOn(violations);
    }

    private void checkProperties(String nodeId, String name, String className, List<Property> defs, Map<String, Object> values,
                                 List<String> violations) {
        for (Property p : defs) {
            // cm:name is kept as the node's name, never among its properties; its constraints (cm:filename) hold for it
            Object value = p.name().equals("cm:name") ? name : values.get(p.name());
            if (p.mandatory() && p.enforced() && value == null) {
                violations.add("Mandatory property not set: \n   Node: " + ref(nodeId) + "\n   Name: " + name + "\n   Type: "
                        + model.full(className) + "\n   Property: " + model.full(p.name()));
                continue;
            }
            for (Constraint c : p.constraints()) {
                String failure = evaluate(c, value);
                if (failure != null) {
                    violations.add("Invalid property value: \n   Node: " + ref(nodeId) + "\n   Name: " + name + "\n   Type: "
                            + model.full(className) + "\n   Property: " + model.full(p.name()) + "\n   Constraint: " + number() + " " + failure);
                }
            }
        }
    }

    /** Null when the value passes; a collection is checked value by value (Alfresco: AbstractConstraint.evaluate). */
    private String evaluate(Constraint c, Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(v -> evaluate(c, v)).filter(Objects::nonNull).findFirst().orElse(null);
        }
        String s = value.toString();
        switch (c.type()) {
            case "LIST": // Alfresco: ListOfValuesConstraint.evaluateSingleValue
                boolean allowed = c.caseSensitive() ? c.allowedValues().contains(s)
                        : c.allowedValues().stream().anyMatch(a -> a.equalsIgnoreCase(s));
                return allowed ? null : "The value is not an allowed value: " + s;
            case "REGEX": // Alfresco: RegexConstraint
                return Pattern.compile(c.expression()).matcher(s).matches() == c.requiresMatch() ? null
                        : "Value '" + s + "' does not match regular expression: " + c.expression();
            case "LENGTH": // Alfresco: StringLengthConstraint
                boolean fits = (c.minLength() == null || s.length() >= c.minLength()) && (c.maxLength() == null || s.length() <= c.maxLength());
                return fits ? null : "The string length of '" + s + "' is outside the range " + c.minLength() + " to " + c.maxLength();
            case "MINMAX": // Alfresco: NumericRangeConstraint
                double n = value instanceof Number x ? x.doubleValue() : Double.parseDouble(s);
                boolean within = (c.minValue() == null || n >= c.minValue()) && (c.maxValue() == null || n <= c.maxValue());
                return within ? null : "Numeric value '" + s + "' is not in range [" + c.minValue() + ", " + c.maxValue() + "]";
            default: // a constraint class (UserNameConstraint, ...) the simulator does not model: refused
                return "The simulator cannot evaluate constraint " + c.name() + " (" + c.type() + ") on: " + s;
        }
    }

    /** Alfresco: IntegrityChecker.checkIntegrity throws an IntegrityException, which the framework answers with 422. */
    private void failOn(List<String> violations) {
        if (!violations.isEmpty()) {
            throw new Refusal(422, API_DEFAULT, number() + " Found " + violations.size() + " integrity violations:\n"
                    + String.join("\n", violations));
        }
    }

    /** An InvalidArgumentException: 400, and its message is the errorKey (NodesImpl; the transcript shows it so). */
    private Refusal invalidArgument(String message) {
        return new Refusal(400, message, number() + " " + message);
    }

    private String number() {
        return String.format("%08d", 11030000 + logNumber.incrementAndGet() % 10000);
    }

    private static boolean isSystem(String name) {
        return name.startsWith("sys:");
    }

    private static String ref(String nodeId) {
        return "workspace://SpacesStore/" + nodeId;
    }
}
