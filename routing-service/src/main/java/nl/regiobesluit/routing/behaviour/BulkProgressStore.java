package nl.regiobesluit.routing.behaviour;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.regiobesluit.routing.store.StoreProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The progress of the latest bulk run, in the service's PostgreSQL database ({@code rb_bulk_progress}, one row),
 * so that every instance shows the same run and only one instance runs at a time. A run claims the row; a row left
 * RUNNING by an instance that died is taken over once it has not moved for {@code regiobesluit.store.bulk-stale-after}
 * (a running bulk run writes its progress after every page).
 */
@Component
public class BulkProgressStore {

    private static final String ROW = "bulk";
    private static final String COLUMNS = "query, state, total, done, written, unchanged, refused, per_second, seconds_left, "
            + "started_at, last_problem, instance, updated_at";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final StoreProperties properties;
    /** This instance, as it is written beside the progress (for operators). */
    private final String instance = UUID.randomUUID().toString();

    public BulkProgressStore(JdbcTemplate jdbc, Clock clock, StoreProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    public BulkProgress read() {
        List<BulkProgress> found = jdbc.query("SELECT " + COLUMNS + " FROM rb_bulk_progress WHERE id = ?", BulkProgressStore::progress, ROW);
        return found.isEmpty() ? BulkProgress.idle() : found.get(0);
    }

    /** Records {@code starting} unless another run is RUNNING (and not stale); whether this run may go ahead. */
    public boolean claim(BulkProgress starting) {
        Timestamp staleBefore = Timestamp.from(Instant.now(clock).minus(properties.bulkStaleAfter()));
        return upsert(starting, " WHERE rb_bulk_progress.state <> 'RUNNING' OR rb_bulk_progress.updated_at < ?", staleBefore) == 1;
    }

    public void save(BulkProgress progress) {
        upsert(progress, "");
    }

    private int upsert(BulkProgress p, String condition, Object... conditionArgs) {
        String sql = "INSERT INTO rb_bulk_progress (id, " + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT (id) DO UPDATE SET query = EXCLUDED.query, state = EXCLUDED.state, total = EXCLUDED.total, "
                + "done = EXCLUDED.done, written = EXCLUDED.written, unchanged = EXCLUDED.unchanged, refused = EXCLUDED.refused, "
                + "per_second = EXCLUDED.per_second, seconds_left = EXCLUDED.seconds_left, started_at = EXCLUDED.started_at, "
                + "last_problem = EXCLUDED.last_problem, instance = EXCLUDED.instance, updated_at = EXCLUDED.updated_at" + condition;
        Object[] values = {ROW, p.query(), p.state(), p.total(), p.done(), p.written(), p.unchanged(), p.refused(), p.perSecond(),
                p.secondsLeft(), p.startedAt() == null ? null : Timestamp.from(p.startedAt()), p.lastProblem(), instance,
                Timestamp.from(Instant.now(clock))};
        Object[] args = new Object[values.length + conditionArgs.length];
        System.arraycopy(values, 0, args, 0, values.length);
        System.arraycopy(conditionArgs, 0, args, values.length, conditionArgs.length);
        return jdbc.update(sql, args);
    }

    private static BulkProgress progress(ResultSet rs, int row) throws SQLException {
        Timestamp started = rs.getTimestamp("started_at");
        return new BulkProgress(rs.getString("query"), rs.getString("state"), rs.getLong("total"), rs.getLong("done"),
                rs.getLong("written"), rs.getLong("unchanged"), rs.getLong("refused"), rs.getDouble("per_second"),
                rs.getLong("seconds_left"), started == null ? null : started.toInstant(), rs.getString("last_problem"));
    }
}
