package nl.regiobesluit.routing.store;

import org.apache.camel.AsyncProcessor;
import org.apache.camel.Exchange;
import org.apache.camel.Expression;
import org.apache.camel.NamedNode;
import org.apache.camel.Processor;
import org.apache.camel.Route;
import org.apache.camel.spi.Policy;
import org.apache.camel.support.AsyncProcessorConverterHelper;
import org.apache.camel.support.processor.DelegateProcessor;

/**
 * Camel's Policy EIP around the steps that must run one at a time per subject, in every instance of the service:
 * {@code .policy(LockPolicy.on(store, "dispatch", header("rbProposalId")))…end()}. The steps inside run while the
 * database lock {@code <kind>:<subject>} is held ({@link StateStore#lock}); it is released when they end, whether
 * they succeeded or failed, and a failure then goes on to the error handler as before.
 */
public final class LockPolicy implements Policy {

    private final StateStore store;
    private final String kind;
    private final Expression subject;

    private LockPolicy(StateStore store, String kind, Expression subject) {
        this.store = store;
        this.kind = kind;
        this.subject = subject;
    }

    public static LockPolicy on(StateStore store, String kind, Expression subject) {
        return new LockPolicy(store, kind, subject);
    }

    @Override
    public void beforeWrap(Route route, NamedNode definition) {
        // nothing to prepare
    }

    @Override
    public Processor wrap(Route route, Processor processor) {
        subject.init(route.getCamelContext());
        AsyncProcessor inner = AsyncProcessorConverterHelper.convert(processor);
        return new DelegateProcessor(inner) {
            @Override
            public void process(Exchange exchange) throws Exception {
                String name = kind + ":" + subject.evaluate(exchange, String.class);
                try (RowLock ignored = store.lock(name)) {
                    // synchronously: the lock belongs to this thread's transaction until the steps inside have ended
                    inner.process(exchange);
                }
            }

            @Override
            public String toString() {
                return "LockPolicy[" + kind + "]";
            }
        };
    }
}
