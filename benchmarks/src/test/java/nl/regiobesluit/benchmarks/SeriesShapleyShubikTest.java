package nl.regiobesluit.benchmarks;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SeriesShapleyShubikTest {

    /**
     * Random small games, with members of weight zero and members who win alone among them, counted against every
     * coalition: the series' counts by size are exactly those of the coalitions a member turns into winning ones.
     */
    @ParameterizedTest
    @EnumSource(SeriesShapleyShubik.Method.class)
    void countsByCoalitionSizeAgreeWithEnumerationOfAllCoalitions(SeriesShapleyShubik.Method method) {
        Random random = new Random(2511_14995L);
        for (int game = 0; game < 300; game++) {
            int n = 1 + random.nextInt(11);
            long[] weights = new long[n];
            long total = 0;
            for (int i = 0; i < n; i++) {
                weights[i] = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(random.nextBoolean() ? 3 : 12);
                total += weights[i];
            }
            long quota = total == 0 ? 1 : 1 + random.nextInt((int) total + 1);
            TreeMap<Long, BigInteger[]> series = SeriesShapleyShubik.countsByWeight(weights, quota, method);
            for (int i = 0; i < n; i++) {
                assertArrayEquals(enumerated(weights, quota, i), series.get(weights[i]),
                        Arrays.toString(weights) + " quota " + quota + " member " + i);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(SeriesShapleyShubik.Method.class)
    void indicesOfASymmetricGameAreOneOverN(SeriesShapleyShubik.Method method) {
        long[] weights = {1, 1, 1, 1, 1, 1, 1};
        assertEquals("1/7", SeriesShapleyShubik.indexByWeight(weights, 4, method).get(1L).toString());
    }

    private static BigInteger[] enumerated(long[] weights, long quota, int member) {
        int n = weights.length;
        long[] counts = new long[n];
        for (int mask = 0; mask < 1 << n; mask++) {
            if ((mask >> member & 1) == 1) {
                continue;
            }
            long sum = 0;
            for (int j = 0; j < n; j++) {
                if ((mask >> j & 1) == 1) {
                    sum += weights[j];
                }
            }
            if (sum < quota && sum + weights[member] >= quota) {
                counts[Integer.bitCount(mask)]++;
            }
        }
        return Arrays.stream(counts).mapToObj(BigInteger::valueOf).toArray(BigInteger[]::new);
    }
}
