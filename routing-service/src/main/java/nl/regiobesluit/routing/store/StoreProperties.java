package nl.regiobesluit.routing.store;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The service's own database beyond idempotency keys: how long a step waits for a lock another thread or instance
 * holds (a dispatch of the same proposal, an e-mail with the same key being sent) before it gives up and is retried
 * by the error handler like any other failure.
 */
@ConfigurationProperties("regiobesluit.store")
public record StoreProperties(@DefaultValue("2m") Duration lockWait) {
}
