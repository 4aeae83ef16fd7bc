package nl.regiobesluit.routing.behaviour;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import nl.regiobesluit.routing.store.RowLock;
import nl.regiobesluit.routing.store.StateStore;
import org.springframework.stereotype.Component;

/**
 * One node is computed by one thread at a time, in all instances of the service together, so an event and the bulk
 * run arriving together at one node (in one instance or in two) cannot both find the result stale and both write it.
 *
 * <p>Two levels: a striped in-memory lock (a few locks shared by hash, no growth) lines up this instance's threads,
 * so that only one of them at a time holds a database connection for the node; then the node's lock in the shared
 * database ({@link StateStore#lock}, {@code node:<id>}) lines up the instances. Reentrant per thread: a step that
 * holds a node's lock and calls another step for the same node does not wait for itself.
 */
@Component
public class NodeLocks {

    private final ReentrantLock[] stripes = new ReentrantLock[64];
    private final StateStore store;
    /** The nodes this thread holds the database lock of. */
    private final ThreadLocal<Set<String>> held = ThreadLocal.withInitial(HashSet::new);

    public NodeLocks(StateStore store) {
        this.store = store;
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    public <T> T with(String nodeId, Supplier<T> work) {
        ReentrantLock lock = stripes[Math.floorMod(nodeId.hashCode(), stripes.length)];
        lock.lock();
        try {
            if (held.get().contains(nodeId)) {
                return work.get();
            }
            try (RowLock ignored = store.lock("node:" + nodeId)) {
                held.get().add(nodeId);
                try {
                    return work.get();
                } finally {
                    held.get().remove(nodeId);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("node lock " + nodeId + ": " + e.getMessage(), e);
            }
        } finally {
            lock.unlock();
        }
    }
}
