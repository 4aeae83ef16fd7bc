package nl.regiobesluit.voting.power;

import nl.regiobesluit.shared.Fraction;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Expected power indices for the tests, computed without the code under test: swing counts by size come from
 * checking coalitions against {@link WeightedGame#wins} (the definition), from a plain count over the other players,
 * or from binomial sums for games with few distinct weights; the indices follow from the textbook formulas
 * (Banzhaf: swings over all swings; Shapley–Shubik: Σ_k swings_k · k!(n-1-k)!/n!).
 */
record CountedPower(List<BigInteger> swings, List<Fraction> banzhaf, List<Fraction> shapleyShubik,
                    List<Fraction> municipalityBanzhaf, List<Fraction> municipalityShapleyShubik) {

    /** Every coalition checked with the game's own winning test (small games only). */
    static CountedPower byEnumeration(WeightedGame game) {
        int n = game.size();
        if (n > 16) {
            throw new IllegalArgumentException("too many players to enumerate in a test: " + n);
        }
        long[][] bySize = new long[n][n];
        boolean[] coalition = new boolean[n];
        for (int mask = 0; mask < 1 << n; mask++) {
            for (int i = 0; i < n; i++) {
                coalition[i] = (mask & (1 << i)) != 0;
            }
            if (!game.wins(coalition)) {
                continue;
            }
            int others = Integer.bitCount(mask) - 1;
            for (int i = 0; i < n; i++) {
                if (coalition[i]) {
                    coalition[i] = false;
                    if (!game.wins(coalition)) {
                        bySize[i][others]++;
                    }
                    coalition[i] = true;
                }
            }
        }
        return fromCounts(game, toBig(bySize), true);
    }

    /**
     * For a game decided by weight alone: per player, the coalitions of the others counted by (weight, size) in plain
     * long arithmetic (exact up to 62 players: C(61, 30) < 2^63), no deconvolution, no moduli, no classes.
     */
    static CountedPower byCountingOthers(WeightedGame game) {
        int n = game.size();
        if (n > 62 || game.minMunicipalities() > 0) {
            throw new IllegalArgumentException("not a small weight-only game");
        }
        long quota = game.quota();
        int cap = (int) Math.max(0, Math.min(game.total(), quota - 1));
        long[][] bySize = new long[n][n];
        for (int i = 0; i < n; i++) {
            long[][] t = new long[cap + 1][n];
            t[0][0] = 1;
            for (int j = 0; j < n; j++) {
                if (j == i) {
                    continue;
                }
                int w = (int) game.weight(j);
                for (int s = cap - w; s >= 0; s--) {
                    for (int k = n - 2; k >= 0; k--) {
                        t[s + w][k + 1] = Math.addExact(t[s + w][k + 1], t[s][k]);
                    }
                }
            }
            for (long s = Math.max(0, quota - game.weight(i)); s <= cap; s++) {
                for (int k = 0; k < n; k++) {
                    bySize[i][k] += t[(int) s][k];
                }
            }
        }
        return fromCounts(game, toBig(bySize), true);
    }

    /**
     * For a game of {@code counts[c]} players of weight {@code weights[c]} (players listed class by class), by summing
     * over how many of each class join: a coalition of the others with j_c players of class c occurs
     * Π C(others_c, j_c) times. Any number of players, as long as the number of such vectors stays small.
     */
    static CountedPower byBinomials(WeightedGame game, int[] counts, long[] weights) {
        int n = game.size();
        int classes = counts.length;
        BigInteger[][] bySize = new BigInteger[n][];
        int first = 0;
        for (int c = 0; c < classes; c++) {
            int[] others = counts.clone();
            others[c]--;
            BigInteger[] swings = new BigInteger[n];
            Arrays.fill(swings, BigInteger.ZERO);
            sum(others, weights, 0, 0, 0, BigInteger.ONE, game.quota() - weights[c], game.quota(), swings);
            for (int i = first; i < first + counts[c]; i++) {
                bySize[i] = swings;
            }
            first += counts[c];
        }
        return fromCounts(game, bySize, n <= 200);
    }

    private static void sum(int[] available, long[] weights, int c, long weight, int size, BigInteger ways, long from, long below,
                            BigInteger[] out) {
        if (weight >= below) {
            return;
        }
        if (c == available.length) {
            if (weight >= from) {
                out[size] = out[size].add(ways);
            }
            return;
        }
        BigInteger choose = BigInteger.ONE;
        for (int j = 0; j <= available[c]; j++) {
            if (weight + j * weights[c] >= below) {
                break;
            }
            if (j > 0) {
                choose = choose.multiply(BigInteger.valueOf(available[c] - j + 1)).divide(BigInteger.valueOf(j));
            }
            sum(available, weights, c + 1, weight + j * weights[c], size + j, ways.multiply(choose), from, below, out);
        }
    }

    private static BigInteger[][] toBig(long[][] counts) {
        BigInteger[][] big = new BigInteger[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            big[i] = Arrays.stream(counts[i]).mapToObj(BigInteger::valueOf).toArray(BigInteger[]::new);
        }
        return big;
    }

    private static CountedPower fromCounts(WeightedGame game, BigInteger[][] bySize, boolean municipalities) {
        int n = game.size();
        BigInteger[] factorial = new BigInteger[n + 1];
        factorial[0] = BigInteger.ONE;
        for (int i = 1; i <= n; i++) {
            factorial[i] = factorial[i - 1].multiply(BigInteger.valueOf(i));
        }
        List<BigInteger> swings = new ArrayList<>();
        List<Fraction> shapley = new ArrayList<>();
        BigInteger total = BigInteger.ZERO;
        // Rows shared by several players (byBinomials) are summed once: a Shapley–Shubik fraction of 2,000 players
        // reduces numbers of 19,000 bits.
        java.util.Map<BigInteger[], Object[]> done = new java.util.IdentityHashMap<>();
        for (int i = 0; i < n; i++) {
            BigInteger[] row = bySize[i];
            Object[] sums = done.computeIfAbsent(row, r -> {
                BigInteger s = BigInteger.ZERO;
                BigInteger orderings = BigInteger.ZERO; // orderings in which the player turns its predecessors into a winning coalition
                for (int k = 0; k < n; k++) {
                    s = s.add(r[k]);
                    orderings = orderings.add(r[k].multiply(factorial[k]).multiply(factorial[n - 1 - k]));
                }
                return new Object[]{s, Fraction.of(orderings, factorial[n])};
            });
            swings.add((BigInteger) sums[0]);
            shapley.add((Fraction) sums[1]);
            total = total.add((BigInteger) sums[0]);
        }
        List<Fraction> banzhaf = new ArrayList<>();
        java.util.Map<BigInteger, Fraction> shares = new java.util.HashMap<>();
        for (BigInteger s : swings) {
            BigInteger all = total;
            banzhaf.add(shares.computeIfAbsent(s, x -> all.signum() == 0 ? Fraction.ZERO : Fraction.of(x, all)));
        }
        List<Fraction> mb = new ArrayList<>();
        List<Fraction> ms = new ArrayList<>();
        if (municipalities) {
            for (int m = 0; m < game.municipalities().size(); m++) {
                Fraction b = Fraction.ZERO;
                Fraction ss = Fraction.ZERO;
                for (int i = 0; i < n; i++) {
                    if (game.municipalityOf(i) == m) {
                        b = b.add(banzhaf.get(i));
                        ss = ss.add(shapley.get(i));
                    }
                }
                mb.add(b);
                ms.add(ss);
            }
        }
        return new CountedPower(swings, banzhaf, shapley, mb, ms);
    }

    /** Whether {@code p} says the same, member by member and (when counted) municipality by municipality. */
    void assertAgrees(PowerIndices p, String what) {
        org.assertj.core.api.Assertions.assertThat(p.members().stream().map(PowerIndices.MemberPower::swings).toList()).as(what)
                .isEqualTo(swings);
        org.assertj.core.api.Assertions.assertThat(p.members().stream().map(PowerIndices.MemberPower::banzhaf).toList()).as(what)
                .isEqualTo(banzhaf);
        org.assertj.core.api.Assertions.assertThat(p.members().stream().map(PowerIndices.MemberPower::shapleyShubik).toList()).as(what)
                .isEqualTo(shapleyShubik);
        org.assertj.core.api.Assertions.assertThat(p.totalSwings()).as(what)
                .isEqualTo(swings.stream().reduce(BigInteger.ZERO, BigInteger::add));
        if (!municipalityBanzhaf.isEmpty()) {
            org.assertj.core.api.Assertions.assertThat(p.municipalities().stream().map(PowerIndices.MunicipalityPower::banzhaf).toList())
                    .as(what).isEqualTo(municipalityBanzhaf);
            org.assertj.core.api.Assertions.assertThat(p.municipalities().stream().map(PowerIndices.MunicipalityPower::shapleyShubik).toList())
                    .as(what).isEqualTo(municipalityShapleyShubik);
        }
    }
}
