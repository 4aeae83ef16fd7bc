package nl.regiobesluit.routing.behaviour;

import org.springframework.stereotype.Component;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One node is computed by one thread at a time, so an event and the bulk run arriving together at one node
 * cannot both find the result stale and both write it. Striped: a few locks shared by hash, no growth.
 */
@Component
public class NodeLocks {

    private final ReentrantLock[] stripes = new ReentrantLock[64];

    public NodeLocks() {
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    public <T> T with(String nodeId, Supplier<T> work) {
        ReentrantLock lock = stripes[Math.floorMod(nodeId.hashCode(), stripes.length)];
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
