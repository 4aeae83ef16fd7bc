package nl.regiobesluit.routing.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Locks in the service's PostgreSQL database, shared by every instance that uses it: one row per lock name in
 * {@code rb_lock} (created by Flyway, db/migration), locked with {@code SELECT … FOR UPDATE}. Used where two events, or two instances, must not
 * do one thing at the same time: the dispatch of a proposal, the closing of a route, the sending of one e-mail.
 *
 * <p>A row lock rather than a lease: the database ends a dead instance's transaction together with its connection,
 * so there is no expiry to tune and no way for a slow holder to lose a lock it still uses. A waiter gives up after
 * {@code regiobesluit.store.lock-wait} with an exception, which the error handler retries like any other.
 */
@Component
public class StateStore {

    static final String LOCK_TABLE = "rb_lock";
    /** Longer than any key: idempotency keys are at most 100 characters, names add a short prefix. */
    static final int NAME_LENGTH = 200;

    private final DataSource dataSource;
    private final Duration lockWait;

    public StateStore(DataSource dataSource, StoreProperties properties) {
        this.dataSource = dataSource;
        this.lockWait = properties.lockWait();
    }

    /** Waits for the lock {@code name} (in every instance on this database) and holds it until the result is closed. */
    public RowLock lock(String name) throws SQLException {
        return lockRow(LOCK_TABLE, "lock_name", name);
    }

    /**
     * Locks the row of {@code key} in {@code table} (the row is inserted first if missing; the table's other columns
     * must allow null or have defaults). The insert is committed on its own, so that a second waiter finds the row to wait on.
     */
    public RowLock lockRow(String table, String keyColumn, String key) throws SQLException {
        if (key == null || key.length() > NAME_LENGTH) {
            throw new IllegalArgumentException("lock name must be 1.." + NAME_LENGTH + " characters: " + key);
        }
        Connection c = dataSource.getConnection();
        try {
            c.setAutoCommit(true);
            insertIfMissing(c, table, keyColumn, key);
            c.setAutoCommit(false);
            waitAtMost(c);
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT " + keyColumn + " FROM " + table + " WHERE " + keyColumn + " = ? FOR UPDATE")) {
                select.setString(1, key);
                try (ResultSet rs = select.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("lock row vanished: " + table + "/" + key);
                    }
                }
            }
            return new RowLock(c);
        } catch (SQLException | RuntimeException e) {
            try {
                c.rollback();
            } catch (SQLException ignored) {
                // the connection is closed next; the exception that matters is e
            }
            c.close();
            throw e;
        }
    }

    private static void insertIfMissing(Connection c, String table, String keyColumn, String key) throws SQLException {
        try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM " + table + " WHERE " + keyColumn + " = ?")) {
            exists.setString(1, key);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + table + " (" + keyColumn + ") VALUES (?)")) {
            insert.setString(1, key);
            insert.executeUpdate();
        } catch (SQLException e) {
            // 23xxx: integrity constraint violation: another thread or instance inserted the row first, which is fine
            if (e.getSQLState() == null || !e.getSQLState().startsWith("23")) {
                throw e;
            }
        }
    }

    /**
     * PostgreSQL waits for a row lock forever unless told: {@code lock_timeout} for this transaction only
     * (SET LOCAL; PostgreSQL documentation, "Client Connection Defaults", lock_timeout). A wait that runs out fails
     * with SQLSTATE 55P03, which the error handler retries like any other failure.
     */
    private void waitAtMost(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SET LOCAL lock_timeout = '" + Math.max(1, lockWait.toMillis()) + "ms'");
        }
    }
}
