package nl.regiobesluit.voting;

import nl.regiobesluit.shared.Excerpt;
import nl.regiobesluit.shared.Problem;
import nl.regiobesluit.shared.Result;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The composition of a region from a date on: its municipalities and their party groups, in source order.
 * A new election or a split of a party group yields a new composition with a later {@code validFrom};
 * every vote is computed on the composition in force on the day of the vote.
 */
public record Composition(String source, LocalDate validFrom, List<String> extraColumns, List<Municipality> municipalities) {

    public Composition {
        extraColumns = List.copyOf(extraColumns);
        municipalities = List.copyOf(municipalities);
    }

    public Optional<Municipality> municipality(String name) {
        return municipalities.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    public List<String> municipalityNames() {
        return municipalities.stream().map(Municipality::name).toList();
    }

    /** Members (party groups with a seat) of all municipalities, in source order. */
    public List<PartyGroup> members() {
        return municipalities.stream().flatMap(m -> m.members().stream()).toList();
    }

    public Optional<PartyGroup> member(MemberId id) {
        return municipality(id.municipality())
                .flatMap(m -> m.members().stream().filter(g -> g.name().equals(id.party())).findFirst());
    }

    /**
     * The composition of a theme in which only some municipalities take part; weights are then computed
     * over those alone. The order of the source is kept. An unknown name is rejected.
     */
    public Result<Composition> restrictTo(List<String> names) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Boolean> wanted = new LinkedHashMap<>();
        for (String name : names) {
            if (municipality(name).isEmpty()) {
                problems.add(Problem.bilingualAt(null, 0, "municipalities", "onbekende gemeente " + Excerpt.quoted(name)
                        + " (bekend: " + known() + ")", "unknown municipality " + Excerpt.quoted(name) + " (known: " + known() + ")"));
            } else if (wanted.put(name, Boolean.TRUE) != null) {
                problems.add(Problem.bilingualAt(null, 0, "municipalities", "gemeente " + Excerpt.quoted(name) + " staat twee keer genoemd",
                        "municipality " + Excerpt.quoted(name) + " is listed twice"));
            }
        }
        if (names.isEmpty()) {
            problems.add(Problem.bilingualAt(null, 0, "municipalities", "geen gemeenten genoemd", "no municipalities given"));
        }
        if (!problems.isEmpty()) {
            return Result.rejected(problems);
        }
        List<Municipality> kept = municipalities.stream().filter(m -> wanted.containsKey(m.name())).toList();
        return Result.ok(new Composition(source, validFrom, extraColumns, kept));
    }

    /** The first few names, so that a problem naming them stays one short line even for a region of 342 municipalities. */
    private String known() {
        List<String> names = municipalityNames();
        String shown = String.join(", ", names.stream().limit(4).map(Excerpt::of).toList());
        return names.size() <= 4 ? shown : shown + ", … (" + names.size() + ")";
    }

    public Composition withValidFrom(LocalDate date) {
        return new Composition(source, date, extraColumns, municipalities);
    }
}
