package nl.regiobesluit.voting;

import nl.regiobesluit.shared.Excerpt;
import nl.regiobesluit.shared.Fraction;
import nl.regiobesluit.shared.Problem;
import nl.regiobesluit.shared.Result;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The weighting schemes of the regional debate (DESIGN.md, "Weighted voting"), each a small named policy
 * from a composition to exact weights that sum to 1, or a rejection naming what the composition lacks.
 */
public enum WeightingScheme {

    /** {@code seats(group)/seats(council) × validVotes(municipality)/validVotes(region)} (regioraad proposal, 2017). */
    A("seats share × valid-votes share of the municipality") {
        @Override
        Result<Map<MemberId, Fraction>> compute(Composition c) {
            return seatsTimesMunicipalShare(c, Municipality::validVotes, "valid_votes");
        }
    },

    /** As A with population in place of valid votes. */
    B("seats share × population share of the municipality") {
        @Override
        Result<Map<MemberId, Fraction>> compute(Composition c) {
            List<Problem> missing = c.municipalities().stream().filter(m -> m.population() == null)
                    .map(m -> Problem.bilingualAt(c.source(), 0, CompositionCsv.POPULATION,
                            "schema B vraagt het inwonertal van elke gemeente; " + Excerpt.of(m.name()) + " heeft er geen",
                            "scheme B needs the population of every municipality; " + Excerpt.of(m.name()) + " has none"))
                    .toList();
            if (!missing.isEmpty()) {
                return Result.rejected(missing);
            }
            return seatsTimesMunicipalShare(c, Municipality::population, "population");
        }
    },

    /** {@code seats(group)/seats(all councils)}: no weighting between municipalities. */
    C("seats share of all councils together") {
        @Override
        Result<Map<MemberId, Fraction>> compute(Composition c) {
            BigInteger totalSeats = sum(c.members(), PartyGroup::seats);
            Map<MemberId, Fraction> w = new LinkedHashMap<>();
            for (PartyGroup g : c.members()) {
                w.put(g.id(), Fraction.of(BigInteger.valueOf(g.seats()), totalSeats));
            }
            return Result.ok(w);
        }
    },

    /** {@code votes(group)/votes of all groups that won a seat in the region}; votes for seatless lists are lost. */
    D("party votes share among all groups with a seat") {
        @Override
        Result<Map<MemberId, Fraction>> compute(Composition c) {
            List<Problem> missing = new ArrayList<>();
            for (PartyGroup g : c.members()) {
                if (g.votes() == null) {
                    missing.add(Problem.bilingualAt(c.source(), 0, CompositionCsv.PARTY_VOTES,
                            "schema D vraagt de stemmen van elke fractie; " + Excerpt.of(g.id().toString()) + " heeft er geen",
                            "scheme D needs the votes of every party group; " + Excerpt.of(g.id().toString()) + " has none"));
                }
            }
            if (!missing.isEmpty()) {
                return Result.rejected(missing);
            }
            BigInteger total = sum(c.members(), PartyGroup::votes);
            if (total.signum() == 0) {
                return Result.rejected(Problem.bilingualAt(c.source(), 0, CompositionCsv.PARTY_VOTES,
                        "schema D: geen fractie heeft stemmen", "scheme D: no party group has votes"));
            }
            Map<MemberId, Fraction> w = new LinkedHashMap<>();
            for (PartyGroup g : c.members()) {
                w.put(g.id(), Fraction.of(BigInteger.valueOf(g.votes()), total));
            }
            return Result.ok(w);
        }
    },

    /**
     * Per-municipality weights only: a municipality weighs by its valid-votes share, shared equally by its
     * members. This is the form a formal general board under the Wet gemeenschappelijke regelingen allows.
     */
    MUNICIPALITY("valid-votes share of the municipality, shared equally by its members") {
        @Override
        Result<Map<MemberId, Fraction>> compute(Composition c) {
            BigInteger total = sum(c.municipalities(), Municipality::validVotes);
            if (total.signum() == 0) {
                return Result.rejected(Problem.bilingualAt(c.source(), 0, CompositionCsv.VALID_VOTES,
                        "het totaal aan geldige stemmen van de regio is nul", "the region's total valid_votes is zero"));
            }
            Map<MemberId, Fraction> w = new LinkedHashMap<>();
            for (Municipality m : c.municipalities()) {
                int members = m.members().size();
                for (PartyGroup g : m.members()) {
                    w.put(g.id(), Fraction.of(BigInteger.valueOf(m.validVotes()), total).multiply(Fraction.of(1, members)));
                }
            }
            return Result.ok(w);
        }
    };

    private final String description;

    WeightingScheme(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    abstract Result<Map<MemberId, Fraction>> compute(Composition composition);

    /** Weights of every member of the composition, or a rejection naming the missing input. */
    public Result<Weights> weigh(Composition composition) {
        if (composition.members().isEmpty()) {
            return Result.rejected(Problem.bilingual("de samenstelling heeft geen leden (geen fractie heeft een zetel)",
                    "the composition has no members (no party group holds a seat)"));
        }
        return compute(composition).map(w -> new Weights(this, w));
    }

    public static Result<WeightingScheme> parse(String text) {
        try {
            return Result.ok(valueOf(text.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Result.rejected(Problem.bilingualAt(null, 0, "scheme", "onbekend wegingsschema " + Excerpt.quoted(text)
                    + " (verwacht A, B, C, D of MUNICIPALITY)", "unknown weighting scheme " + Excerpt.quoted(text)
                    + " (expected A, B, C, D or MUNICIPALITY)"));
        }
    }

    private static Result<Map<MemberId, Fraction>> seatsTimesMunicipalShare(Composition c, ToLongFunction<Municipality> size, String field) {
        BigInteger total = sum(c.municipalities(), size);
        if (total.signum() == 0) {
            return Result.rejected(Problem.bilingualAt(c.source(), 0, field, "het totaal aan " + field + " van de regio is nul",
                    "the region's total " + field + " is zero"));
        }
        Map<MemberId, Fraction> w = new LinkedHashMap<>();
        for (Municipality m : c.municipalities()) {
            Fraction municipalShare = Fraction.of(BigInteger.valueOf(size.applyAsLong(m)), total);
            for (PartyGroup g : m.members()) {
                w.put(g.id(), Fraction.of(g.seats(), m.councilSeats()).multiply(municipalShare));
            }
        }
        return Result.ok(w);
    }

    /**
     * An exact sum: a composition built in code (not read through {@link CompositionCsv}, which limits every number) may
     * hold values near the range of a long, and a wrapped-around total once gave a weight of -100%.
     */
    private static <T> BigInteger sum(List<T> items, ToLongFunction<T> value) {
        BigInteger total = BigInteger.ZERO;
        for (T item : items) {
            total = total.add(BigInteger.valueOf(value.applyAsLong(item)));
        }
        return total;
    }
}
