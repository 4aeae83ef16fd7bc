package nl.regiobesluit.routing.alfresco;

import org.alfresco.core.handler.NodesApi;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** Health "alfresco": the repository answers for its root node with the service's credentials. */
@Component("alfresco")
public class AlfrescoHealthIndicator implements HealthIndicator {

    private final NodesApi nodes;

    public AlfrescoHealthIndicator(NodesApi nodes) {
        this.nodes = nodes;
    }

    @Override
    public Health health() {
        try {
            nodes.getNode("-root-", null, null, null);
            return Health.up().build();
        } catch (RuntimeException e) {
            // The exception message can hold the URL but never the credentials (they travel in a header).
            return Health.down().withDetail("error", e.getClass().getSimpleName() + ": " + e.getMessage()).build();
        }
    }
}
