package nl.regiobesluit.routing.store;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The service's own database beyond idempotency keys: how long a step waits for a lock another thread or instance
 * holds (a dispatch of the same proposal, an e-mail with the same key being sent) before it gives up and is retried
 * by the error handler like any other failure; and after how long without progress a bulk run left RUNNING (by an
 * instance that died) may be taken over by another run.
 */
@ConfigurationProperties("regiobesluit.store")
public record StoreProperties(@DefaultValue("2m") Duration lockWait, @DefaultValue("5m") Duration bulkStaleAfter) {
}
