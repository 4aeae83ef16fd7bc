package nl.regiobesluit.archive;

import java.util.Iterator;

/**
 * Where the records of an export come from (a repository search, a generator). Records are pulled one at a time, so
 * the export never holds more than one. {@link #expectedCount()} is for progress only; -1 when unknown.
 */
public interface RecordSource {

    Iterator<DecisionRecordSnapshot> records();

    default long expectedCount() {
        return -1;
    }

    static RecordSource of(Iterable<DecisionRecordSnapshot> records, long count) {
        return new RecordSource() {
            @Override
            public Iterator<DecisionRecordSnapshot> records() {
                return records.iterator();
            }

            @Override
            public long expectedCount() {
                return count;
            }
        };
    }
}
