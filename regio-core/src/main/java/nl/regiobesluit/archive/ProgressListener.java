package nl.regiobesluit.archive;

import java.time.Duration;

/** Told after every record; {@link #every} thins that out for a terminal. */
@FunctionalInterface
public interface ProgressListener {

    void onProgress(ExportProgress progress);

    static ProgressListener none() {
        return p -> {
        };
    }

    /** Passes on at most one report per interval, and always the last one (when everything is handled). */
    static ProgressListener every(Duration interval, ProgressListener target) {
        return new ProgressListener() {
            private long lastNanos = Long.MIN_VALUE;

            @Override
            public void onProgress(ExportProgress p) {
                long now = p.elapsed().toNanos();
                boolean last = p.total() >= 0 && p.handled() >= p.total();
                if (last || lastNanos == Long.MIN_VALUE || now - lastNanos >= interval.toNanos()) {
                    lastNanos = now;
                    target.onProgress(p);
                }
            }
        };
    }
}
