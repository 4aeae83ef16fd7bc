package nl.regiobesluit.routing.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A database row locked ({@code SELECT … FOR UPDATE}) in a transaction of its own connection. Whoever else asks
 * for the same row waits, in this or another instance of the service, until {@link #close()} commits. If the
 * instance dies, the database ends the transaction with the connection, so a lock never outlives its holder.
 */
public final class RowLock implements AutoCloseable {

    private final Connection connection;
    private boolean done;

    RowLock(Connection connection) {
        this.connection = connection;
    }

    /** The locked transaction, for writes that must be committed together with the release (the mail ledger's). */
    public Connection connection() {
        return connection;
    }

    /** Commits what was written under the lock and releases it. */
    @Override
    public void close() throws SQLException {
        if (done) {
            return;
        }
        done = true;
        try {
            connection.commit();
        } finally {
            connection.close();
        }
    }
}
