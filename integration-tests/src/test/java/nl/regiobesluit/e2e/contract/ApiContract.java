package nl.regiobesluit.e2e.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.interaction.response.CustomResponseValidator;
import com.atlassian.oai.validator.model.ApiOperation;
import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.atlassian.oai.validator.whitelist.StatusType;
import com.atlassian.oai.validator.whitelist.rule.WhitelistRules;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestListener;
import com.github.tomakehurst.wiremock.http.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks every exchange with the simulated Alfresco, request and response, against Alfresco's own OpenAPI definitions
 * of the v1 REST API (alfresco-core.yaml, alfresco-search.yaml, gs-core-api.yaml; Swagger 2.0, read from the shared
 * reference) with Atlassian's swagger-request-validator. Attached to the simulator's WireMock server as a listener, it
 * sees each request with the response the simulator gave; the definition is chosen by its {@code basePath}. A request
 * outside every definition is a violation too.
 *
 * <p>Schemas are checked strictly: where a definition lists an object's properties, a property it does not list is a
 * violation ({@code additionalProperties} is taken as false, the validator's default), so the simulator cannot answer
 * with fields Alfresco does not define, nor the service send any.
 */
public final class ApiContract implements RequestListener {

    private static final Pattern BASE_PATH = Pattern.compile("(?m)^basePath:\\s*(\\S+)\\s*$");

    /** Validators by base path, the longest first so a more specific base path wins. */
    private final Map<String, OpenApiInteractionValidator> validators;
    private final List<Violation> violations = new CopyOnWriteArrayList<>();
    private final AtomicInteger checked = new AtomicInteger();
    private volatile String test;

    private ApiContract(Map<String, OpenApiInteractionValidator> validators) {
        this.validators = validators;
    }

    /** Reads the definitions from the reference; a few seconds, once per test JVM. */
    public static ApiContract load(AlfrescoReference reference) {
        List<Map.Entry<String, OpenApiInteractionValidator>> all = new ArrayList<>();
        for (String name : AlfrescoReference.API_DEFINITIONS) {
            Path file = reference.apiDefinition(name);
            String basePath = basePath(file);
            OpenAPI api = parse(file);
            OpenApiInteractionValidator validator = OpenApiInteractionValidator.createFor(api)
                    .withBasePathOverride(basePath)
                    .withWhitelist(suppressed())
                    .withCustomResponseValidation(new ErrorBodies(api))
                    .build();
            all.add(Map.entry(basePath, validator));
        }
        all.sort(Comparator.comparing((Map.Entry<String, OpenApiInteractionValidator> e) -> e.getKey().length()).reversed());
        Map<String, OpenApiInteractionValidator> byBasePath = new LinkedHashMap<>();
        all.forEach(e -> byBasePath.put(e.getKey(), e.getValue()));
        return new ApiContract(byBasePath);
    }

    /**
     * Parsed as the validator would, but with {@code allOf} merged into one schema (swagger-parser's resolveCombinators):
     * the definitions build e.g. NodeChildAssociation as allOf(Node, {association}), and with each part closed on its
     * own (additionalProperties false) no instance could match both. Merged, the object is closed over the union of
     * its parts' properties, which is what the definition means.
     */
    private static OpenAPI parse(Path file) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        options.setResolveCombinators(true);
        SwaggerParseResult result = new OpenAPIParser().readLocation(file.toUri().toString(), null, options);
        if (result.getOpenAPI() == null) {
            throw new IllegalStateException(file + " could not be read: " + result.getMessages());
        }
        OpenAPI api = result.getOpenAPI();
        Set<Schema<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
            api.getComponents().getSchemas().values().forEach(schema -> freeFormStaysOpen(schema, seen));
        }
        if (api.getPaths() != null) {
            api.getPaths().values().forEach(item -> item.readOperations().forEach(op -> {
                if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
                    op.getRequestBody().getContent().values().forEach(m -> freeFormStaysOpen(m.getSchema(), seen));
                }
                if (op.getResponses() != null) {
                    op.getResponses().values().forEach(r -> {
                        if (r.getContent() != null) {
                            r.getContent().values().forEach(m -> freeFormStaysOpen(m.getSchema(), seen));
                        }
                    });
                }
            }));
        }
        return api;
    }

    /**
     * A definition's {@code type: object} without any {@code properties} (Node.properties, the content model's
     * property map; SearchRequest's free parts) is a free-form object in Swagger 2.0 and JSON Schema: any property
     * allowed. The validator closes every object it checks (additionalProperties false) unless told otherwise, which
     * for such an object would allow nothing at all; so they are marked open, as they are meant.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void freeFormStaysOpen(Schema<?> schema, Set<Schema<?>> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        boolean object = "object".equals(schema.getType()) || (schema.getTypes() != null && schema.getTypes().contains("object"));
        if (object && (schema.getProperties() == null || schema.getProperties().isEmpty()) && schema.getAdditionalProperties() == null
                && schema.getAllOf() == null) {
            ((Schema) schema).setAdditionalProperties(Boolean.TRUE);
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(p -> freeFormStaysOpen(p, seen));
        }
        if (schema.getItems() != null) {
            freeFormStaysOpen(schema.getItems(), seen);
        }
        if (schema.getAdditionalProperties() instanceof Schema<?> values) {
            freeFormStaysOpen(values, seen);
        }
        for (List<Schema> parts : Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (parts != null) {
                parts.forEach(p -> freeFormStaysOpen(p, seen));
            }
        }
    }

    /**
     * The rules not held against an exchange, each with why: only where the definition itself cannot be satisfied by
     * a real Alfresco either. Each is named in integration-tests/README.md.
     */
    private static ValidationErrorsWhitelist suppressed() {
        return ValidationErrorsWhitelist.create()
                // The definitions declare most error statuses of an operation (400, 401, 403, 404, 409, ...) with a
                // description only, no schema, so any body is "unexpected"; but Alfresco answers every error of the v1
                // API with its error body (org.alfresco.rest.framework.tools.ResponseWriter#renderErrorResponse), the
                // definitions' own Error. So the body is not refused here: ErrorBodies holds it to Error instead.
                .withRule("error status declared without a schema, answered with Alfresco's Error body",
                        WhitelistRules.allOf(WhitelistRules.messageHasKey("validation.response.body.unexpected"),
                                WhitelistRules.anyOf(WhitelistRules.responseStatusTypeIs(StatusType.CLIENT_ERROR),
                                        WhitelistRules.responseStatusTypeIs(StatusType.SERVER_ERROR))))
                // NodeBodyCreate/NodeBodyUpdate type "properties" as a map of strings, but Alfresco takes each value as
                // the JSON value it is and converts it by the content model's definition of that property
                // (NodesImpl#mapToNodeProperties): d:boolean true/false, d:int a number, a multi-valued property a JSON
                // array, and null removes the property. A definition with only strings cannot be met by any client
                // that sets such a property, Alfresco's own SDK included (its Map<String, Object>). Only the values'
                // type is let go; the property map itself and everything else in the body are still checked.
                .withRule("content-model property values in a request are typed by the model, not strings",
                        WhitelistRules.allOf(WhitelistRules.isRequest(),
                                WhitelistRules.messageHasKey("validation.request.body.schema.type"),
                                WhitelistRules.messageContainsRegexp("^\\[Path '/properties/[^/']+'\\] ")))
                // GET /nodes/{nodeId}/content declares its 200 as application/octet-stream, but Alfresco sends the
                // content with its own mimetype as Content-Type (ContentStreamer#streamContentImpl:
                // res.setContentType(mimetype)): a PDF comes as application/pdf. Only this operation's response type
                // is let go; its status and every other operation's Content-Type are still checked.
                .withRule("content is sent with its own mimetype, not application/octet-stream",
                        WhitelistRules.allOf(WhitelistRules.isResponse(),
                                WhitelistRules.messageHasKey("validation.response.contentType.notAllowed"),
                                WhitelistRules.methodIs(PathItem.HttpMethod.GET),
                                WhitelistRules.pathContainsRegexp("/nodes/[^/]+/content$")))
                // The v1 API's own "fields" parameter ("only the listed fields are returned") cannot be met by an
                // entry that must hold its required fields: a real ACS 25.2 answered fields=id,name,properties with
                // just those three (shared/reference/alfresco/real-acs-25.2/transcript.jsonl, line 9). Only the
                // required fields of a response to a request with "fields" are let go.
                .withRule("fields= returns only the listed fields, required or not",
                        WhitelistRules.allOf(WhitelistRules.isResponse(),
                                WhitelistRules.messageHasKey("validation.response.body.schema.required"),
                                (message, operation, request, response) -> request != null
                                        && request.getQueryParameters().contains("fields")))
                // Constraint.parameters is "additionalProperties: type: object", but Alfresco answers each parameter
                // as what Constraint.getParameters() holds (ClassDefinitionMapperImpl): a LIST's allowedValues an
                // array and caseSensitive/sorted booleans, a REGEX's expression a string; recorded on ACS 25.2 for
                // /types/rb:proposal (transcript.jsonl, lines 28 and 29). Only the parameter values' type is let go.
                .withRule("a content-model constraint's parameters are typed by the constraint, not objects",
                        WhitelistRules.allOf(WhitelistRules.isResponse(),
                                WhitelistRules.messageHasKey("validation.response.body.schema.type"),
                                WhitelistRules.messageContainsRegexp("^\\[Path '[^']*/definition/properties/\\d+/constraints/\\d+/parameters/[^/']+'\\] ")));
    }

    /**
     * An error answered with a status the operation declares without a schema is held to the operation's
     * {@code default} response, the definitions' Error: {@code {"error":{"statusCode",…}}}, as Alfresco renders every
     * error. (An undeclared error status falls to {@code default} in the validator itself.)
     */
    private static final class ErrorBodies implements CustomResponseValidator {
        private final SchemaValidator schemas;

        ErrorBodies(OpenAPI api) {
            this.schemas = new SchemaValidator(api, new MessageResolver());
        }

        @Override
        public ValidationReport validate(com.atlassian.oai.validator.model.Response response, ApiOperation operation) {
            ApiResponses responses = operation.getOperation().getResponses();
            if (response.getStatus() < 400 || responses == null || responses.getDefault() == null) {
                return ValidationReport.empty();
            }
            ApiResponse declared = responses.get(String.valueOf(response.getStatus()));
            if (declared == null || (declared.getContent() != null && !declared.getContent().isEmpty())) {
                return ValidationReport.empty();
            }
            Content content = responses.getDefault().getContent();
            if (content == null || content.isEmpty()) {
                return ValidationReport.empty();
            }
            Schema<?> error = content.values().iterator().next().getSchema();
            String body;
            try {
                body = response.getResponseBody().isPresent() ? response.getResponseBody().get().toString(StandardCharsets.UTF_8) : "";
            } catch (IOException e) {
                body = "";
            }
            if (body.isBlank()) {
                return ValidationReport.singleton(ValidationReport.Message.create("validation.response.body.missing",
                        "error " + response.getStatus() + " without Alfresco's Error body").build());
            }
            return schemas.validate(body, error, "response.body");
        }
    }

    private static String basePath(Path definition) {
        try {
            Matcher m = BASE_PATH.matcher(Files.readString(definition));
            if (!m.find()) {
                throw new IllegalStateException(definition + " has no basePath");
            }
            return m.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A check with the same definitions and nothing found yet (reading the definitions takes seconds). */
    public ApiContract fresh() {
        return new ApiContract(validators);
    }

    /** The test now running: named in each violation found until the next one. */
    public void runningTest(String name) {
        this.test = name;
    }

    public int exchangesChecked() {
        return checked.get();
    }

    public List<Violation> violations() {
        return List.copyOf(violations);
    }

    @Override
    public void requestReceived(Request request, Response response) {
        String[] url = request.getUrl().split("\\?", 2);
        String method = request.getMethod().getName();
        for (String message : check(request, response)) {
            violations.add(new Violation(test, method, url[0], response.getStatus(), message));
        }
        checked.incrementAndGet();
    }

    /** What differs from Alfresco's definitions in this exchange; empty when nothing does. */
    public List<String> check(Request request, Response response) {
        String[] url = request.getUrl().split("\\?", 2);
        String path = url[0];
        Map.Entry<String, OpenApiInteractionValidator> definition = validators.entrySet().stream()
                .filter(e -> path.startsWith(e.getKey() + "/")).findFirst().orElse(null);
        if (definition == null) {
            return List.of("no Alfresco API definition covers this path (base paths: " + validators.keySet() + ")");
        }
        try {
            ValidationReport report;
            // One exchange at a time per definition: the validator's schema caches are not documented as thread-safe.
            synchronized (definition.getValue()) {
                report = definition.getValue().validate(request(request, url), response(response));
            }
            List<String> messages = new ArrayList<>();
            for (ValidationReport.Message m : report.getMessages()) {
                if (m.getLevel() == ValidationReport.Level.ERROR) {
                    messages.add(describe(m));
                }
            }
            return messages;
        } catch (RuntimeException e) {
            return List.of("the validator failed on this exchange: " + e);
        }
    }

    private static String describe(ValidationReport.Message m) {
        StringBuilder text = new StringBuilder(m.getKey()).append(": ").append(m.getMessage());
        for (ValidationReport.Message nested : m.getNestedMessages()) {
            text.append(" | ").append(nested.getMessage());
        }
        return text.toString();
    }

    private static SimpleRequest request(Request request, String[] url) {
        SimpleRequest.Builder b = new SimpleRequest.Builder(request.getMethod().getName(), url[0]);
        headers(request.getHeaders(), b::withHeader);
        if (url.length > 1) {
            Map<String, List<String>> query = new LinkedHashMap<>();
            for (String pair : url[1].split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                String[] kv = pair.split("=", 2);
                query.computeIfAbsent(decode(kv[0]), k -> new ArrayList<>()).add(kv.length > 1 ? decode(kv[1]) : "");
            }
            query.forEach(b::withQueryParam);
        }
        byte[] body = request.getBody();
        if (body != null && body.length > 0) {
            b.withBody(body);
        }
        return b.build();
    }

    private static SimpleResponse response(Response response) {
        SimpleResponse.Builder b = new SimpleResponse.Builder(response.getStatus());
        headers(response.getHeaders(), b::withHeader);
        byte[] body = response.getBody();
        if (body != null && body.length > 0) {
            b.withBody(body);
        }
        return b.build();
    }

    private interface HeaderSink {
        Object add(String name, List<String> values);
    }

    private static void headers(HttpHeaders headers, HeaderSink sink) {
        if (headers == null) {
            return;
        }
        for (HttpHeader h : headers.all()) {
            sink.add(h.key(), h.values());
        }
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
