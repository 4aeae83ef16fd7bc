package nl.regiobesluit.routing.mail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import nl.regiobesluit.routing.store.RowLock;
import nl.regiobesluit.routing.store.StateStore;
import org.apache.camel.AsyncProcessor;
import org.apache.camel.Exchange;
import org.apache.camel.NamedNode;
import org.apache.camel.Processor;
import org.apache.camel.Route;
import org.apache.camel.spi.Policy;
import org.apache.camel.support.AsyncProcessorConverterHelper;
import org.apache.camel.support.processor.DelegateProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Which e-mails the SMTP server has accepted, in the service's PostgreSQL database ({@code rb_mail_ledger}, one row per
 * mail key, created by Flyway), shared by every instance, so that every e-mail goes out once: not twice when a step is retried, replayed or run by two events or two
 * instances at once, and not zero times because another attempt that later failed had claimed it.
 *
 * <p>As a Camel Policy around the SMTP send ({@code .policy(ledger)}): the mail's row is locked first, so a second
 * sender of the same key waits; a mail already recorded is not sent again; otherwise the steps inside send it, and
 * only when they returned without an exception, i.e. after the SMTP server accepted the message, is it recorded
 * as sent, in the same transaction that then releases the row. A failed send records nothing and the failure
 * goes on to the error handler (retry with back-off, then the dead-letter queue).
 *
 * <p>What remains is the gap between the server's acceptance and the commit of the record: if the service dies
 * exactly there, the retry sends that one e-mail a second time. SMTP offers no way to close it (RFC 5321 has no
 * transaction spanning client and server); a duplicate is the safer of the two failures for a council's mail.
 */
@Component
public class MailLedger implements Policy {

    static final String TABLE = "rb_mail_ledger";
    private static final Logger LOG = LoggerFactory.getLogger(MailLedger.class);

    private final StateStore store;
    private final Clock clock;

    public MailLedger(StateStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Whether the SMTP server has accepted the e-mail with this key (for tests and operators). */
    public boolean sent(String key) throws SQLException {
        try (RowLock lock = store.lockRow(TABLE, "mail_key", key)) {
            return sentAt(lock.connection(), key) != null;
        }
    }

    @Override
    public void beforeWrap(Route route, NamedNode definition) {
        // nothing to prepare
    }

    @Override
    public Processor wrap(Route route, Processor processor) {
        AsyncProcessor send = AsyncProcessorConverterHelper.convert(processor);
        return new DelegateProcessor(send) {
            @Override
            public void process(Exchange exchange) throws Exception {
                OutgoingMail mail = exchange.getIn().getBody(OutgoingMail.class);
                try (RowLock lock = store.lockRow(TABLE, "mail_key", mail.key())) {
                    Timestamp sentAt = sentAt(lock.connection(), mail.key());
                    if (sentAt != null) {
                        LOG.info("mail: {} was accepted by the mail server on {}; not sent again", mail.key(), sentAt.toInstant());
                        return;
                    }
                    send.process(exchange);
                    if (exchange.getException() == null) {
                        recordSent(lock.connection(), mail);
                    }
                }
            }

            @Override
            public String toString() {
                return "MailLedger";
            }
        };
    }

    private static Timestamp sentAt(Connection c, String key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT sent_at FROM " + TABLE + " WHERE mail_key = ?")) {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getTimestamp(1) : null;
            }
        }
    }

    private void recordSent(Connection c, OutgoingMail mail) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE " + TABLE + " SET sent_at = ?, recipient = ? WHERE mail_key = ?")) {
            s.setTimestamp(1, Timestamp.from(Instant.now(clock)));
            s.setString(2, mail.to());
            s.setString(3, mail.key());
            s.executeUpdate();
        }
    }
}
