package nl.regiobesluit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * {@code ./regio rebuild --service URL (--folder NODE_ID | --query AFTS) [--fresh true] [--user U]}: starts the
 * routing service's bulk (re)computation of vote results and indicators and prints its progress until it ends.
 * Exit 0 when done, 1 when it stopped (it resumes when run again), 2 for bad input. The password comes from
 * REGIO_SERVICE_PASSWORD.
 */
final class RebuildCommand {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final PrintStream out;
    private final Duration poll;

    RebuildCommand(PrintStream out) {
        this(out, Duration.ofSeconds(2));
    }

    RebuildCommand(PrintStream out, Duration poll) {
        this.out = out;
        this.poll = poll;
    }

    int run(List<String> args) {
        Options o = Options.parse(args, Set.of("service", "folder", "query", "fresh", "user"));
        String service = o.required("service").replaceAll("/+$", "");
        if ((o.get("folder") == null) == (o.get("query") == null)) {
            throw new CliFailure("give either --folder NODE_ID or --query AFTS");
        }
        var body = MAPPER.createObjectNode();
        if (o.get("folder") != null) {
            body.put("folder", o.get("folder"));
        } else {
            body.put("query", o.get("query"));
        }
        body.put("fresh", Boolean.parseBoolean(o.get("fresh", "false")));
        String auth = "Basic " + Base64.getEncoder().encodeToString((o.get("user", "operator") + ":"
                + System.getenv().getOrDefault("REGIO_SERVICE_PASSWORD", "")).getBytes(StandardCharsets.UTF_8));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        URI uri = URI.create(service + "/actuator/rebuild");
        JsonNode progress = send(http, HttpRequest.newBuilder(uri).header("Authorization", auth)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
        while ("RUNNING".equals(progress.path("state").asText())) {
            out.println(line(progress));
            try {
                Thread.sleep(poll.toMillis()); // polling a remote job: waiting between requests is the point
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CliFailure("interrupted; the run goes on in the service");
            }
            progress = send(http, HttpRequest.newBuilder(uri).header("Authorization", auth).GET().build());
        }
        out.println(line(progress));
        if (!progress.path("lastProblem").isNull() && !progress.path("lastProblem").asText("").isEmpty()) {
            out.println("  " + progress.path("lastProblem").asText());
        }
        return "DONE".equals(progress.path("state").asText()) ? 0 : 1;
    }

    private static String line(JsonNode p) {
        return String.format(java.util.Locale.ROOT, "%s %d/%d besluiten / records — %d geschreven / written, "
                        + "%d ongewijzigd / unchanged, %d geweigerd / refused — %.1f/s, nog / left ~%d s",
                p.path("state").asText(), p.path("done").asLong(), p.path("total").asLong(), p.path("written").asLong(),
                p.path("unchanged").asLong(), p.path("refused").asLong(), p.path("perSecond").asDouble(),
                p.path("secondsLeft").asLong());
    }

    private static JsonNode send(HttpClient http, HttpRequest request) {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CliFailure("cannot reach the routing service at " + request.uri() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliFailure("interrupted");
        }
        if (response.statusCode() == 401) {
            throw new CliFailure("the routing service refused the credentials (401): check --user and REGIO_SERVICE_PASSWORD");
        }
        if (response.statusCode() != 200) {
            throw new CliFailure("the routing service answered " + response.statusCode() + " at " + request.uri());
        }
        try {
            return MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new CliFailure("the routing service's answer is not JSON");
        }
    }
}
