package nl.regiobesluit.e2e;

import static nl.regiobesluit.e2e.Harness.ALFRESCO;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestListener;
import com.github.tomakehurst.wiremock.http.Response;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import nl.regiobesluit.routing.testsupport.AlfrescoSimulator;

/**
 * Counts the requests the service made to the simulated Alfresco ("METHOD path", path after the API base), so a test
 * can say how often something was written. The simulator's own journal keeps only the last 100 requests.
 */
final class RequestTally implements RequestListener {

    private static final RequestTally INSTANCE = new RequestTally();

    static {
        ALFRESCO.server().addMockServiceRequestListener(INSTANCE);
    }

    private final List<String> requests = new CopyOnWriteArrayList<>();

    private RequestTally() {
    }

    /** Forgets what was counted so far. */
    static void reset() {
        INSTANCE.requests.clear();
    }

    /** How many requests with this method had a path (after the API base) matching the regex, since the last reset. */
    static long count(String method, String pathRegex) {
        Pattern path = Pattern.compile(method + " " + pathRegex);
        return INSTANCE.requests.stream().filter(r -> path.matcher(r).matches()).count();
    }

    @Override
    public void requestReceived(Request request, Response response) {
        String url = request.getUrl().split("\\?", 2)[0];
        if (url.startsWith(AlfrescoSimulator.CORE)) {
            url = url.substring(AlfrescoSimulator.CORE.length());
        }
        requests.add(request.getMethod().getName() + " " + url);
    }
}
