package nl.regiobesluit.pbt;

import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Settings and bookkeeping of the property-based tests. In CI they run with a fixed seed and a bounded number of
 * examples; {@code -Dpbt.examples=N} (each property) and {@code -Dpbt.seed=S} run them longer or differently
 * (the module's surefire configuration passes both through).
 */
public final class PropertyRuns {

    public static final long DEFAULT_SEED = 20_261_203L;

    private PropertyRuns() {
    }

    /** The number of examples per property: {@code -Dpbt.examples}, else {@code fallback}. */
    public static int examples(int fallback) {
        String v = System.getProperty("pbt.examples");
        return v == null || v.isBlank() ? fallback : Integer.parseInt(v.trim());
    }

    public static long seed() {
        String v = System.getProperty("pbt.seed");
        return v == null || v.isBlank() ? DEFAULT_SEED : Long.parseLong(v.trim());
    }

    /** A whole number in [min, max]. */
    public static Gen<Integer> between(int min, int max) {
        return in -> (int) in.next(Constraint.between(min, max));
    }

    /** One of {@code items}. */
    public static <T> Gen<T> oneOf(List<T> items) {
        return in -> items.get((int) in.next(Constraint.between(0, items.size() - 1)));
    }

    /** A string of 0..maxLength characters, each drawn from {@code alphabet} (code points). */
    public static Gen<String> stringsOf(String alphabet, int maxLength) {
        int[] cps = alphabet.codePoints().toArray();
        return in -> {
            int n = (int) in.next(Constraint.between(0, maxLength));
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < n; i++) {
                b.appendCodePoint(cps[(int) in.next(Constraint.between(0, cps.length - 1))]);
            }
            return b.toString();
        };
    }

    /** How each input of each class ended, with counts; printed by the test so that a run can be reported. */
    public static final class Outcomes {
        private final String property;
        private final Map<String, Map<String, AtomicLong>> counts = new ConcurrentHashMap<>();
        private final AtomicLong slowestNanos = new AtomicLong();

        public Outcomes(String property) {
            this.property = property;
        }

        public void count(String inputClass, String outcome, long nanos) {
            counts.computeIfAbsent(inputClass, k -> new ConcurrentHashMap<>()).computeIfAbsent(outcome, k -> new AtomicLong()).incrementAndGet();
            slowestNanos.accumulateAndGet(nanos, Math::max);
        }

        public long total() {
            return counts.values().stream().flatMap(m -> m.values().stream()).mapToLong(AtomicLong::get).sum();
        }

        public long ofClass(String inputClass, String outcomePrefix) {
            return counts.getOrDefault(inputClass, Map.of()).entrySet().stream().filter(e -> e.getKey().startsWith(outcomePrefix))
                    .mapToLong(e -> e.getValue().get()).sum();
        }

        /** Lines such as {@code [pbt] composition csv | mutated | refused: seats: not a whole number | 12}. */
        public String report() {
            StringBuilder b = new StringBuilder("[pbt] " + property + ": " + total() + " inputs, seed " + seed() + ", slowest "
                    + slowestNanos.get() / 1_000_000 + " ms\n");
            new TreeMap<>(counts).forEach((c, m) -> new TreeMap<>(m).forEach((o, n) ->
                    b.append("[pbt] ").append(property).append(" | ").append(c).append(" | ").append(o).append(" | ").append(n.get()).append('\n')));
            return b.toString();
        }
    }

    /** A refusal's kind for counting: field and the English words before any quoted value or number. */
    public static String kind(String field, String english) {
        String[] all = english.replaceAll("'.*", "").replaceAll("\\(.*", "").replaceAll("0x[0-9A-F]+", "0xNN")
                .replaceAll("[0-9]+", "N").strip().split("\\s+");
        String words = String.join(" ", java.util.Arrays.copyOf(all, Math.min(all.length, 6)));
        return "refused: " + (field == null ? "" : field + ": ") + words;
    }
}
