package nl.regiobesluit.routing.camel;

import feign.FeignException;
import nl.regiobesluit.routing.config.RegiobesluitProperties;
import nl.regiobesluit.routing.events.MalformedEventException;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

/**
 * The one place for error handling, used by the routes that consume (events, the deadline timer).
 * The step routes they call have no error handler of their own, so a failure anywhere in a step
 * re-runs the whole step — safe, because every step decides from Alfresco's current state.
 *
 * <p>Alfresco unavailable or answering 5xx: redelivery with exponential back-off, then the dead-letter
 * queue with the reason. Malformed events and 4xx answers (a deleted node, a name clash) will not get
 * better by waiting, so they go to the dead-letter queue at once.
 */
public abstract class ConsumerRouteBuilder extends RouteBuilder {

    protected final RegiobesluitProperties properties;

    protected ConsumerRouteBuilder(RegiobesluitProperties properties) {
        this.properties = properties;
    }

    @Override
    public final void configure() {
        RegiobesluitProperties.Redelivery r = properties.redelivery();
        errorHandler(deadLetterChannel(properties.events().deadLetterUri())
                .useOriginalMessage()
                .maximumRedeliveries(r.maximumRedeliveries())
                .redeliveryDelay(r.delay().toMillis())
                .useExponentialBackOff()
                .backOffMultiplier(r.backOffMultiplier())
                .maximumRedeliveryDelay(r.maximumDelay().toMillis())
                .retryAttemptedLogLevel(LoggingLevel.WARN)
                .onPrepareFailure(ConsumerRouteBuilder::recordReason));
        onException(MalformedEventException.class).maximumRedeliveries(0);
        onException(FeignException.FeignClientException.class).maximumRedeliveries(0);
        routes();
    }

    protected abstract void routes();

    /** The dead-letter message is the original event; these headers say why it is there. */
    private static void recordReason(Exchange exchange) {
        Exception e = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        String reason = e == null ? "unknown" : e.getClass().getName() + ": " + e.getMessage();
        exchange.getIn().setHeader(RouteHeaders.FAILURE_REASON, reason);
        exchange.getIn().setHeader(RouteHeaders.FAILED_ROUTE, exchange.getProperty(Exchange.FAILURE_ROUTE_ID, String.class));
        org.slf4j.LoggerFactory.getLogger(ConsumerRouteBuilder.class).error(
                "Dead-lettered: proposal {} node {} step {}: {}", exchange.getIn().getHeader(RouteHeaders.PROPOSAL_ID),
                exchange.getIn().getHeader(RouteHeaders.NODE_ID), exchange.getProperty(Exchange.FAILURE_ROUTE_ID), reason);
    }
}
