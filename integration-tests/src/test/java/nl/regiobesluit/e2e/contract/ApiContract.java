package nl.regiobesluit.e2e.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
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
            OpenApiInteractionValidator validator = OpenApiInteractionValidator.createForSpecificationUrl(file.toUri().toString())
                    .withBasePathOverride(basePath)
                    .withWhitelist(suppressed())
                    .build();
            all.add(Map.entry(basePath, validator));
        }
        all.sort(Comparator.comparing((Map.Entry<String, OpenApiInteractionValidator> e) -> e.getKey().length()).reversed());
        Map<String, OpenApiInteractionValidator> byBasePath = new LinkedHashMap<>();
        all.forEach(e -> byBasePath.put(e.getKey(), e.getValue()));
        return new ApiContract(byBasePath);
    }

    /**
     * The rules not held against an exchange, each with why: only where the definition itself cannot be satisfied by
     * a real Alfresco either. Each is named in integration-tests/README.md.
     */
    private static ValidationErrorsWhitelist suppressed() {
        return ValidationErrorsWhitelist.create();
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
