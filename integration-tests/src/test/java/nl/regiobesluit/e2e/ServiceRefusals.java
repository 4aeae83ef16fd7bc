package nl.regiobesluit.e2e;

import static nl.regiobesluit.e2e.Harness.ALFRESCO;
import static nl.regiobesluit.e2e.Harness.SERVICE_USER;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestListener;
import com.github.tomakehurst.wiremock.http.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Every request of the service account that the simulated Alfresco refused with 401 or 403. The account has the least
 * rights of docker/bootstrap/access.json, and the service must make no call Alfresco does not allow it: during a
 * scenario this list stays empty (ScenariosTest checks it after each one).
 */
final class ServiceRefusals implements RequestListener {

    private static final ServiceRefusals INSTANCE = new ServiceRefusals();

    static {
        ALFRESCO.server().addMockServiceRequestListener(INSTANCE);
    }

    private final List<String> refused = new CopyOnWriteArrayList<>();

    private ServiceRefusals() {
    }

    static void reset() {
        INSTANCE.refused.clear();
    }

    /** "METHOD path status" of each refused request of the service account since the last reset. */
    static List<String> refused() {
        return List.copyOf(INSTANCE.refused);
    }

    @Override
    public void requestReceived(Request request, Response response) {
        if ((response.getStatus() == 401 || response.getStatus() == 403) && SERVICE_USER.equals(user(request.getHeader("Authorization")))) {
            refused.add(request.getMethod().getName() + " " + request.getUrl() + " " + response.getStatus());
        }
    }

    private static String user(String authorization) {
        if (authorization == null || !authorization.startsWith("Basic ")) {
            return null;
        }
        String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        return colon < 0 ? decoded : decoded.substring(0, colon);
    }
}
