package nl.regiobesluit.cli;

import nl.regiobesluit.shared.Result;
import nl.regiobesluit.voting.DecisionRule;
import nl.regiobesluit.voting.VoteOutcomeJson;
import nl.regiobesluit.voting.Weights;
import nl.regiobesluit.voting.power.EnumeratedPower;
import nl.regiobesluit.voting.power.EstimatedPower;
import nl.regiobesluit.voting.power.PowerAnalysis;
import nl.regiobesluit.voting.power.ExactPower;
import nl.regiobesluit.voting.power.PowerEstimate;
import nl.regiobesluit.voting.power.PowerIndices;
import nl.regiobesluit.voting.power.WeightedGame;


import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/**
 * {@code ./regio power}: Banzhaf and Shapley–Shubik power per member and per municipality as exact fractions;
 * where exact counting is out of reach, an estimate with 95% intervals, labelled as such.
 */
final class PowerCommand {

    /** The exit code of {@code --method exact} when exact power was out of reach and an estimate was printed. */
    static final int ESTIMATE_INSTEAD_OF_EXACT = 4;

    private final PrintStream out;

    PowerCommand(PrintStream out) {
        this.out = out;
    }

    int run(List<String> args) {
        Options o = Options.parse(args, Set.of("composition", "scheme", "rule", "municipalities", "method", "format"));
        String format = Inputs.format(o, "csv", "csv", "json");
        String method = o.get("method", "exact");
        Weights weights = Inputs.weights(o, Inputs.composition(o), Inputs.scheme(o));
        DecisionRule rule = Inputs.rule(o);
        WeightedGame game = Inputs.orFail(WeightedGame.of(weights, rule));
        switch (method) {
            case "enumerate" -> print(Inputs.orFail(EnumeratedPower.compute(game)), format);
            case "exact" -> {
                Result<PowerIndices> exact = ExactPower.compute(game);
                if (exact.isOk()) {
                    print(exact.value(), format);
                } else {
                    // Asked for exact, given an estimate: said on stderr and with its own exit code (issue 14), so a
                    // script that needs exact figures cannot take the estimate for them.
                    String why = exact.problems().get(0).message();
                    print(EstimatedPower.estimate(game), why, format);
                    RegioCommand.note("exacte macht niet haalbaar, een schatting gegeven / exact power out of reach, "
                            + "an estimate given: " + why);
                    return ESTIMATE_INSTEAD_OF_EXACT;
                }
            }
            case "estimate" -> print(EstimatedPower.estimate(game), "asked for an estimate", format);
            default -> throw new CliFailure("unknown method '" + method + "' (expected exact, enumerate or estimate)");
        }
        return 0;
    }

    private void print(PowerIndices p, String format) {
        if (format.equals("csv")) {
            out.println("level,municipality,party,swings,banzhaf,banzhaf_pct,shapley_shubik,shapley_shubik_pct");
            for (PowerIndices.MemberPower m : p.members()) {
                out.println("member," + Inputs.csvCell(m.member().municipality()) + "," + Inputs.csvCell(m.member().party()) + ","
                        + m.swings() + "," + m.banzhaf() + "," + m.banzhaf().toPercent(4) + "," + m.shapleyShubik() + ","
                        + m.shapleyShubik().toPercent(4));
            }
            for (PowerIndices.MunicipalityPower m : p.municipalities()) {
                out.println("municipality," + Inputs.csvCell(m.municipality()) + ",,," + m.banzhaf() + "," + m.banzhaf().toPercent(4)
                        + "," + m.shapleyShubik() + "," + m.shapleyShubik().toPercent(4));
            }
            return;
        }
        out.println(VoteOutcomeJson.power(new PowerAnalysis(p, null, null)).toPrettyString());
    }

    private void print(PowerEstimate e, String why, String format) {
        String label = "SCHATTING / ESTIMATE (95%-interval; " + e.permutations() + " permutations, " + e.coalitions()
                + " coalitions, seed " + e.seed() + "): " + why;
        if (format.equals("csv")) {
            out.println("# " + label);
            out.println("level,municipality,party,banzhaf,banzhaf_low95,banzhaf_high95,shapley_shubik,shapley_shubik_low95,shapley_shubik_high95");
            for (PowerEstimate.MemberEstimate m : e.members()) {
                out.println("member," + Inputs.csvCell(m.member().municipality()) + "," + Inputs.csvCell(m.member().party()) + ","
                        + interval(m.banzhaf()) + "," + interval(m.shapleyShubik()));
            }
            for (PowerEstimate.MunicipalityEstimate m : e.municipalities()) {
                out.println("municipality," + Inputs.csvCell(m.municipality()) + ",," + interval(m.banzhaf()) + "," + interval(m.shapleyShubik()));
            }
            return;
        }
        out.println(VoteOutcomeJson.power(new PowerAnalysis(null, e, why)).toPrettyString());
    }

    private static String interval(PowerEstimate.Interval i) {
        return String.format(java.util.Locale.ROOT, "%.6f,%.6f,%.6f", i.estimate(), i.low(), i.high());
    }

}
