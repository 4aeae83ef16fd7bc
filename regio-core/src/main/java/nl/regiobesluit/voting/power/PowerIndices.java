package nl.regiobesluit.voting.power;

import nl.regiobesluit.shared.Fraction;
import nl.regiobesluit.voting.MemberId;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Exact Banzhaf and Shapley–Shubik power of every member and, summed, of every municipality.
 * {@code swings} is the number of coalitions of the other members that the member turns from losing into
 * winning; the normalized Banzhaf index is swings over the swings of all members.
 */
public record PowerIndices(PowerMethod method, List<MemberPower> members, List<MunicipalityPower> municipalities,
                           BigInteger totalSwings) {

    public record MemberPower(MemberId member, BigInteger swings, Fraction banzhaf, Fraction shapleyShubik) {
    }

    public record MunicipalityPower(String municipality, Fraction banzhaf, Fraction shapleyShubik) {
    }

    public PowerIndices {
        members = List.copyOf(members);
        municipalities = List.copyOf(municipalities);
    }

    /**
     * Indices from the swing counts by coalition size: {@code swingsBySize[i][k]} coalitions of k other members
     * are turned into winning ones by member i. Shapley–Shubik weighs each by k!(n-1-k)!/n!.
     */
    static PowerIndices fromSwingCounts(WeightedGame game, BigInteger[][] swingsBySize, PowerMethod method) {
        int[] own = new int[game.size()];
        for (int i = 0; i < own.length; i++) {
            own[i] = i;
        }
        return fromClassSwingCounts(game, own, swingsBySize, method);
    }

    /**
     * The same from the counts of classes of interchangeable members: member i has the counts
     * {@code classSwings[classOf[i]]}. The weighted sums and fractions are computed once per class, and a
     * municipality's indices are its members' numerators summed over the common denominator (total swings, n!),
     * reduced once: with 2,000 members n! has some 19,000 bits, and adding reduced fractions member by member
     * would take a greatest common divisor of such numbers for every member.
     */
    static PowerIndices fromClassSwingCounts(WeightedGame game, int[] classOf, BigInteger[][] classSwings, PowerMethod method) {
        int n = game.size();
        BigInteger[] factorial = new BigInteger[n + 1];
        factorial[0] = BigInteger.ONE;
        for (int i = 1; i <= n; i++) {
            factorial[i] = factorial[i - 1].multiply(BigInteger.valueOf(i));
        }
        int classes = classSwings.length;
        BigInteger[] swings = new BigInteger[classes];
        BigInteger[] weighted = new BigInteger[classes];
        for (int c = 0; c < classes; c++) {
            BigInteger s = BigInteger.ZERO;
            BigInteger w = BigInteger.ZERO;
            for (int k = 0; k < n; k++) {
                BigInteger count = classSwings[c][k];
                if (count.signum() != 0) {
                    s = s.add(count);
                    w = w.add(count.multiply(factorial[k]).multiply(factorial[n - 1 - k]));
                }
            }
            swings[c] = s;
            weighted[c] = w;
        }
        BigInteger total = BigInteger.ZERO;
        for (int i = 0; i < n; i++) {
            total = total.add(swings[classOf[i]]);
        }
        Fraction[] banzhaf = new Fraction[classes];
        Fraction[] ss = new Fraction[classes];
        for (int c = 0; c < classes; c++) {
            banzhaf[c] = total.signum() == 0 ? Fraction.ZERO : Fraction.of(swings[c], total);
            ss[c] = Fraction.of(weighted[c], factorial[n]);
        }
        List<MemberPower> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int c = classOf[i];
            members.add(new MemberPower(game.players().get(i), swings[c], banzhaf[c], ss[c]));
        }
        int municipalities = game.municipalities().size();
        BigInteger[] swingsOf = new BigInteger[municipalities];
        BigInteger[] weightedOf = new BigInteger[municipalities];
        java.util.Arrays.fill(swingsOf, BigInteger.ZERO);
        java.util.Arrays.fill(weightedOf, BigInteger.ZERO);
        for (int i = 0; i < n; i++) {
            int m = game.municipalityOf(i);
            swingsOf[m] = swingsOf[m].add(swings[classOf[i]]);
            weightedOf[m] = weightedOf[m].add(weighted[classOf[i]]);
        }
        List<MunicipalityPower> byMunicipality = new ArrayList<>();
        for (int m = 0; m < municipalities; m++) {
            byMunicipality.add(new MunicipalityPower(game.municipalities().get(m),
                    total.signum() == 0 ? Fraction.ZERO : Fraction.of(swingsOf[m], total), Fraction.of(weightedOf[m], factorial[n])));
        }
        return new PowerIndices(method, members, byMunicipality, total);
    }

    public MemberPower of(MemberId member) {
        return members.stream().filter(p -> p.member().equals(member)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a member: " + member));
    }

    public MunicipalityPower ofMunicipality(String name) {
        return municipalities.stream().filter(p -> p.municipality().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a municipality: " + name));
    }
}
