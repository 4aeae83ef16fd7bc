package nl.regiobesluit.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import nl.regiobesluit.shared.Fraction;
import nl.regiobesluit.voting.MemberId;
import nl.regiobesluit.voting.Weights;
import nl.regiobesluit.voting.WeightingScheme;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code ./regio weights}: the exact weight of every member, in input order. */
final class WeightsCommand {

    private final PrintStream out;

    WeightsCommand(PrintStream out) {
        this.out = out;
    }

    int run(List<String> args) {
        Options o = Options.parse(args, Set.of("composition", "scheme", "municipalities", "format"));
        String format = Inputs.format(o, "csv", "csv", "json");
        WeightingScheme scheme = Inputs.scheme(o);
        Weights weights = Inputs.weights(o, Inputs.composition(o), scheme);
        if (format.equals("csv")) {
            out.println("municipality,party,weight,weight_pct");
            for (Map.Entry<MemberId, Fraction> e : weights.asMap().entrySet()) {
                out.println(Inputs.csvCell(e.getKey().municipality()) + "," + Inputs.csvCell(e.getKey().party()) + ","
                        + e.getValue() + "," + e.getValue().toPercent(4).toPlainString());
            }
        } else {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            var root = mapper.createObjectNode();
            root.put("scheme", scheme.name());
            root.put("wgrFormalVoteAllowed", !weights.differWithinMunicipality());
            ArrayNode members = root.putArray("members");
            weights.asMap().forEach((m, w) -> {
                var n = members.addObject();
                n.put("municipality", m.municipality());
                n.put("party", m.party());
                n.put("weight", w.toString());
                n.put("weight_pct", w.toPercent(4).toPlainString());
            });
            ArrayNode municipalities = root.putArray("municipalities");
            for (String m : weights.municipalities()) {
                var n = municipalities.addObject();
                n.put("municipality", m);
                n.put("weight", weights.municipalityWeight(m).toString());
                n.put("weight_pct", weights.municipalityWeight(m).toPercent(4).toPlainString());
            }
            out.println(root.toPrettyString());
        }
        return 0;
    }
}
