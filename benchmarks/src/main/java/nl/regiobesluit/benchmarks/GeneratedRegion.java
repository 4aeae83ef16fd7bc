package nl.regiobesluit.benchmarks;

import nl.regiobesluit.voting.Composition;
import nl.regiobesluit.voting.CompositionCsv;

import java.util.SplittableRandom;

/** A reproducible made-up region for benchmarks: municipalities with councils of 13–45 seats and many party groups. */
final class GeneratedRegion {

    private GeneratedRegion() {
    }

    /** {@code municipalities} municipalities with {@code groupsEach} party groups each (seed fixed). */
    static Composition generate(int municipalities, int groupsEach, long seed) {
        return CompositionCsv.parse("generated-" + municipalities + "x" + groupsEach, csv(municipalities, groupsEach, seed), null).value();
    }

    /**
     * The composition as the CSV that {@code regio} reads, on standard output, to run the command line on a generated
     * region: {@code java -cp benchmarks/target/benchmarks.jar nl.regiobesluit.benchmarks.GeneratedRegion 25 8 13}
     * (municipalities, party groups each, seed).
     */
    public static void main(String[] args) {
        System.out.print(csv(Integer.parseInt(args[0]), Integer.parseInt(args[1]), args.length > 2 ? Long.parseLong(args[2]) : 13));
    }

    static String csv(int municipalities, int groupsEach, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder csv = new StringBuilder("municipality,valid_votes,population,council_seats,party,seats,party_votes\n");
        for (int m = 0; m < municipalities; m++) {
            int council = Math.max(groupsEach, 13 + random.nextInt(33));
            int[] seats = new int[groupsEach];
            java.util.Arrays.fill(seats, 1);
            for (int s = groupsEach; s < council; s++) {
                seats[random.nextInt(groupsEach)]++;
            }
            long validVotes = 3_000 + random.nextInt(60_000);
            long population = validVotes * 2 + random.nextInt(10_000);
            for (int g = 0; g < groupsEach; g++) {
                long votes = Math.max(1, validVotes * seats[g] / council + random.nextInt(200) - 100);
                csv.append("Gemeente").append(m + 1).append(',').append(validVotes).append(',').append(population).append(',')
                        .append(council).append(",Partij").append(g + 1).append(',').append(seats[g]).append(',').append(votes).append('\n');
            }
        }
        return csv.toString();
    }
}
