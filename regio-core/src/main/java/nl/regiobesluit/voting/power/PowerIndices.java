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
        int n = game.size();
        BigInteger[] factorial = new BigInteger[n + 1];
        factorial[0] = BigInteger.ONE;
        for (int i = 1; i <= n; i++) {
            factorial[i] = factorial[i - 1].multiply(BigInteger.valueOf(i));
        }
        BigInteger[] swings = new BigInteger[n];
        Fraction[] ss = new Fraction[n];
        BigInteger total = BigInteger.ZERO;
        for (int i = 0; i < n; i++) {
            BigInteger s = BigInteger.ZERO;
            BigInteger weighted = BigInteger.ZERO;
            for (int k = 0; k < n; k++) {
                BigInteger c = swingsBySize[i][k];
                if (c.signum() != 0) {
                    s = s.add(c);
                    weighted = weighted.add(c.multiply(factorial[k]).multiply(factorial[n - 1 - k]));
                }
            }
            swings[i] = s;
            ss[i] = Fraction.of(weighted, factorial[n]);
            total = total.add(s);
        }
        List<MemberPower> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Fraction banzhaf = total.signum() == 0 ? Fraction.ZERO : Fraction.of(swings[i], total);
            members.add(new MemberPower(game.players().get(i), swings[i], banzhaf, ss[i]));
        }
        return new PowerIndices(method, members, byMunicipality(game, members), total);
    }

    private static List<MunicipalityPower> byMunicipality(WeightedGame game, List<MemberPower> members) {
        List<MunicipalityPower> result = new ArrayList<>();
        for (int m = 0; m < game.municipalities().size(); m++) {
            Fraction b = Fraction.ZERO;
            Fraction s = Fraction.ZERO;
            for (int i = 0; i < members.size(); i++) {
                if (game.municipalityOf(i) == m) {
                    b = b.add(members.get(i).banzhaf());
                    s = s.add(members.get(i).shapleyShubik());
                }
            }
            result.add(new MunicipalityPower(game.municipalities().get(m), b, s));
        }
        return result;
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
