package nl.regiobesluit.cli;

import nl.regiobesluit.shared.Fraction;
import nl.regiobesluit.voting.Composition;
import nl.regiobesluit.voting.VoteEngine;
import nl.regiobesluit.voting.VoteInputs;
import nl.regiobesluit.voting.VoteOutcome;
import nl.regiobesluit.voting.VoteOutcomeJson;
import nl.regiobesluit.voting.power.PowerEstimate;
import nl.regiobesluit.voting.power.PowerIndices;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/** {@code ./regio vote}: the outcome of a weighted vote with its analysis; members not listed are absent. */
final class VoteCommand {

    private final PrintStream out;

    VoteCommand(PrintStream out) {
        this.out = out;
    }

    int run(List<String> args) {
        Options o = Options.parse(args, Set.of("composition", "scheme", "rule", "yes", "no", "abstain", "municipalities", "format"));
        String format = Inputs.format(o, "text", "text", "json");
        Composition composition = Inputs.composition(o);
        VoteInputs inputs = new VoteInputs(composition, Inputs.municipalities(o), Inputs.scheme(o), Inputs.rule(o), null,
                o.list("yes"), o.list("no"), o.list("abstain"));
        VoteOutcome outcome = Inputs.orFail(VoteEngine.decide(inputs));
        if (format.equals("json")) {
            out.println(VoteOutcomeJson.write(outcome));
        } else {
            printText(outcome);
        }
        return 0;
    }

    private void printText(VoteOutcome o) {
        var d = o.decision();
        var a = o.analysis();
        out.println((d.passed() ? "AANGENOMEN / PASSED" : "VERWORPEN / REJECTED") + " — " + d.reason().label());
        out.println("regel / rule: " + o.inputs().rule().describe());
        out.println("voor / yes: " + d.yesShare() + " = " + d.yesShare().toPercent(2) + "% (" + o.inputs().scheme() + ")");
        d.yesWeightPerMunicipality().forEach((m, w) -> out.println("  " + m + ": " + w.toPercent(2) + "% voor / yes"));
        out.println("kon alleen aannemen / could pass alone: " + names(a.couldPassAlone()));
        out.println("kon alleen blokkeren / could block alone: " + names(a.couldBlockAlone()));
        out.println("doorslaggevend / pivotal: " + names(a.pivotal()));
        Fraction t = a.noSinglePassAbove();
        out.println("geen gemeente alleen boven / no municipality alone above: " + t.toPercent(2) + "% (" + t + ")");
        out.println("WGR-stemming toegestaan / allowed for a formal WGR vote: " + (a.wgrFormalVoteAllowed() ? "ja / yes" : "nee / no"));
        if (a.power().isExact()) {
            for (PowerIndices.MunicipalityPower p : a.power().exact().municipalities()) {
                out.println("  macht / power " + p.municipality() + ": Banzhaf " + p.banzhaf().toPercent(2)
                        + "%, Shapley-Shubik " + p.shapleyShubik().toPercent(2) + "%");
            }
        } else {
            out.println("  macht: schatting / power: estimate (" + a.power().whyEstimated() + ")");
            for (PowerEstimate.MunicipalityEstimate p : a.power().estimate().municipalities()) {
                out.println(String.format(java.util.Locale.ROOT,
                        "  macht / power %s: Banzhaf ≈ %.2f%% (95%%: %.2f–%.2f%%), Shapley-Shubik ≈ %.2f%% (95%%: %.2f–%.2f%%)",
                        p.municipality(), 100 * p.banzhaf().estimate(), 100 * p.banzhaf().low(), 100 * p.banzhaf().high(),
                        100 * p.shapleyShubik().estimate(), 100 * p.shapleyShubik().low(), 100 * p.shapleyShubik().high()));
            }
        }
    }

    private static String names(List<String> names) {
        return names.isEmpty() ? "geen / none" : String.join(", ", names);
    }
}
