package nl.regiobesluit.voting;

import nl.regiobesluit.shared.Problem;
import nl.regiobesluit.shared.Result;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The compositions of a region over time: each holds from its {@code validFrom} until the next one begins
 * (a new election, or a party group that splits). A vote is computed on the composition in force on its day.
 */
public final class CompositionHistory {

    private final List<Composition> compositions;

    private CompositionHistory(List<Composition> compositions) {
        this.compositions = compositions;
    }

    /**
     * Rejects two compositions starting on the same day. One composition may have no start date: it holds from
     * the beginning (a region configured with a single composition needs no date).
     */
    public static Result<CompositionHistory> of(List<Composition> compositions) {
        List<Problem> problems = new ArrayList<>();
        List<Composition> sorted = new ArrayList<>();
        Composition undated = null;
        for (Composition c : compositions) {
            if (c.validFrom() != null) {
                sorted.add(c);
            } else if (undated == null) {
                undated = c;
            } else {
                problems.add(Problem.bilingualAt(c.source(), 0, null, "maar één samenstelling mag zonder ingangsdatum zijn; "
                        + undated.source() + " heeft er ook geen", "only one composition may lack the date it holds from; "
                        + undated.source() + " lacks it too"));
            }
        }
        sorted.sort(Comparator.comparing(Composition::validFrom));
        if (undated != null) {
            sorted.add(0, undated);
        }
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i - 1).validFrom() != null && sorted.get(i).validFrom().equals(sorted.get(i - 1).validFrom())) {
                problems.add(Problem.bilingualAt(sorted.get(i).source(), 0, null, "geldt vanaf " + sorted.get(i).validFrom()
                        + ", dezelfde dag als " + sorted.get(i - 1).source(), "holds from " + sorted.get(i).validFrom()
                        + ", the same day as " + sorted.get(i - 1).source()));
            }
        }
        return problems.isEmpty() ? Result.ok(new CompositionHistory(List.copyOf(sorted))) : Result.rejected(problems);
    }

    /** The composition in force on {@code date}, or a rejection when the date lies before the first one. */
    public Result<Composition> inForceOn(LocalDate date) {
        Composition found = null;
        for (Composition c : compositions) {
            if (c.validFrom() == null || !c.validFrom().isAfter(date)) {
                found = c;
            }
        }
        if (found == null) {
            return Result.rejected(Problem.of("geen samenstelling van kracht op " + date
                    + (compositions.isEmpty() ? " (er is er geen ingesteld)" : "; de eerste geldt vanaf " + compositions.get(0).validFrom())
                    + " / no composition in force on " + date
                    + (compositions.isEmpty() ? " (none is configured)" : "; the first holds from " + compositions.get(0).validFrom())));
        }
        return Result.ok(found);
    }

    public List<Composition> compositions() {
        return compositions;
    }
}
