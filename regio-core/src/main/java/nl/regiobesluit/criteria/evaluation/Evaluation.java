package nl.regiobesluit.criteria.evaluation;

import nl.regiobesluit.criteria.AssessmentFramework;
import nl.regiobesluit.criteria.Criterion;
import nl.regiobesluit.criteria.Indicator;
import nl.regiobesluit.criteria.RouteFacts;
import nl.regiobesluit.criteria.RouteIndicators;
import nl.regiobesluit.routing.CouncilOutcome;
import nl.regiobesluit.routing.RoutePolicy;
import nl.regiobesluit.shared.Fraction;
import nl.regiobesluit.voting.power.PowerIndices;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * The evaluation of the cooperation over a selection of decision records (DESIGN.md, "Model-criteria metadata":
 * the evaluation after one and after three years aggregates the indicators of all records). Every rate is an exact
 * {@link Share}; decimals appear only in the report. An empty selection is a value that says so
 * ({@link #NO_RECORDS}), because "nothing was decided" is itself a finding for a council.
 */
public final class Evaluation {

    public static final String NO_RECORDS = "geen besluiten in deze periode";
    public static final String NO_RECORDS_ENGLISH = "no decisions in this period";

    /** Width of a lead-time bucket in days, and the day from which one open bucket collects the rest. */
    static final int BUCKET_DAYS = 15;
    static final int OPEN_BUCKET_FROM = 90;

    /** Days in the histogram at which the two-month target line is drawn: two calendar months are 59 to 62 days. */
    public static final int TARGET_LINE_DAYS = 61;

    /** Lead times in days: the histogram's buckets, the median, the mean and how many met the two-month target. */
    public record LeadTimes(List<Bucket> buckets, Fraction median, Fraction mean, long shortest, long longest, Share withinTarget) {

        public LeadTimes {
            buckets = List.copyOf(buckets);
        }
    }

    /** Lead times from {@code fromDay} up to and including {@code toDay}; {@code toDay} is null for the open last bucket. */
    public record Bucket(long fromDay, Long toDay, long count) {

        public String label() {
            return toDay == null ? fromDay + "+" : fromDay + "–" + toDay;
        }
    }

    /** One council's decisions on the routed proposals, and its deviations from the advice. */
    public record CouncilTally(String municipality, long adopted, long amended, long rejected, long postponed,
                               long deviations, long deviationsAccountedFor) {

        public long decided() {
            return adopted + amended + rejected + postponed;
        }

        public long count(CouncilOutcome outcome) {
            return switch (outcome) {
                case ADOPTED -> adopted;
                case ADOPTED_WITH_AMENDMENTS -> amended;
                case REJECTED -> rejected;
                case POSTPONED -> postponed;
                case PENDING -> 0;
            };
        }
    }

    /** How often a municipality alone made the difference in a vote. */
    public record DecisiveCount(String municipality, long times) {
    }

    /** The mean power of each municipality over the votes under one scheme and rule ({@code rule} in canonical form). */
    public record PowerUnderRule(String scheme, String rule, int votes, List<MeanPower> municipalities) {

        public PowerUnderRule {
            municipalities = List.copyOf(municipalities);
        }
    }

    /** Mean over the votes the municipality took part in ({@code votes}), exact. */
    public record MeanPower(String municipality, int votes, Fraction banzhaf, Fraction shapleyShubik) {
    }

    /** One indicator over the selection: a share, a median in days, or a mean per record. */
    public record IndicatorFigure(Indicator indicator, Kind kind, Share share, Fraction value) {

        public enum Kind { SHARE, MEDIAN_DAYS, MEAN_PER_RECORD }

        /** Dutch for the report, e.g. "5 van 6 (83,3%)" or "mediaan 42 dagen". */
        public String text() {
            return switch (kind) {
                case SHARE -> share.text();
                case MEDIAN_DAYS -> value == null ? "n.v.t." : "mediaan " + Dutch.decimal(value, value.denominator().intValue() == 1 ? 0 : 1) + " dagen";
                case MEAN_PER_RECORD -> value == null ? "n.v.t." : "gemiddeld " + Dutch.decimal(value, 2) + " per besluit";
            };
        }
    }

    /** A criterion of the framework and the figures of the indicators that inform it (none for some). */
    public record CriterionRow(Criterion criterion, List<IndicatorFigure> figures) {

        public CriterionRow {
            figures = List.copyOf(figures);
        }
    }

    private final Selection selection;
    private final List<RecordSummary> records;
    private final LeadTimes leadTimes;
    private final Share consensus;
    private final Share regionalDecisions;
    private final Share oneVoice;
    private final List<CouncilTally> councils;
    private final Share deviationsAccountedFor;
    private final long deviations;
    private final long votes;
    private final List<DecisiveCount> decisive;
    private final List<PowerUnderRule> power;
    private final Map<Indicator, IndicatorFigure> figures;
    private final List<CriterionRow> criteria;

    private Evaluation(Selection selection, List<RecordSummary> records, AssessmentFramework framework) {
        this.selection = selection;
        this.records = records;
        this.leadTimes = leadTimes(records);
        this.consensus = share(records, RecordSummary::hadRegionalBody, RecordSummary::consensusWithoutVote);
        this.regionalDecisions = share(records, r -> true, r -> r.outcome() == RoutePolicy.RecordOutcome.REGIONAL_DECISION_TAKEN);
        this.oneVoice = share(records, r -> true, r -> r.indicators().oneVoice());
        this.councils = councils(records);
        this.deviations = sum(records, RouteIndicators::deviations);
        this.deviationsAccountedFor = new Share(sum(records, RouteIndicators::deviationsAccountedFor), deviations);
        this.votes = records.stream().filter(r -> r.hadWeightedVote() || r.decisiveMunicipality() != null).count();
        this.decisive = decisive(records);
        this.power = power(records);
        this.figures = figures();
        this.criteria = framework.criteria().stream()
                .map(c -> new CriterionRow(c, figures.values().stream().filter(f -> f.indicator().criteria().contains(c.code())).toList()))
                .toList();
    }

    /** Aggregates the records the selection includes; records are ordered by decision day, then id, so output is stable. */
    public static Evaluation of(Selection selection, List<RecordSummary> all, AssessmentFramework framework) {
        List<RecordSummary> selected = all.stream().filter(selection::includes)
                .sorted(Comparator.comparing(RecordSummary::decidedOn).thenComparing(RecordSummary::id)).toList();
        return new Evaluation(selection, selected, framework);
    }

    public Selection selection() {
        return selection;
    }

    public List<RecordSummary> records() {
        return records;
    }

    public boolean isEmpty() {
        return records.isEmpty();
    }

    public LeadTimes leadTimes() {
        return leadTimes;
    }

    /** Consensus without a vote, out of the records where a regional body deliberated (only there could it be sought). */
    public Share consensus() {
        return consensus;
    }

    public Share regionalDecisions() {
        return regionalDecisions;
    }

    public Share oneVoice() {
        return oneVoice;
    }

    /** Per council, in the order the councils first appear in the records. */
    public List<CouncilTally> councils() {
        return councils;
    }

    public long deviations() {
        return deviations;
    }

    public Share deviationsAccountedFor() {
        return deviationsAccountedFor;
    }

    /** Records with a weighted vote (or a recorded decisive municipality). */
    public long votes() {
        return votes;
    }

    /** Municipalities that were decisive at least once, most often first. */
    public List<DecisiveCount> decisive() {
        return decisive;
    }

    public Share decisiveShare() {
        return figures.get(Indicator.DECISIVE_MUNICIPALITY).share();
    }

    public List<PowerUnderRule> power() {
        return power;
    }

    public IndicatorFigure figure(Indicator indicator) {
        return figures.get(indicator);
    }

    public List<CriterionRow> criteria() {
        return criteria;
    }

    private static LeadTimes leadTimes(List<RecordSummary> records) {
        List<Long> days = records.stream().map(r -> r.indicators().leadTimeDays()).sorted().toList();
        List<Bucket> buckets = new ArrayList<>();
        for (long from = 0; from < OPEN_BUCKET_FROM; from += BUCKET_DAYS) {
            long lo = from;
            long hi = from + BUCKET_DAYS - 1;
            buckets.add(new Bucket(lo, hi, days.stream().filter(d -> d >= lo && d <= hi).count()));
        }
        buckets.add(new Bucket(OPEN_BUCKET_FROM, null, days.stream().filter(d -> d >= OPEN_BUCKET_FROM).count()));
        Fraction median = null;
        Fraction mean = null;
        if (!days.isEmpty()) {
            int n = days.size();
            median = n % 2 == 1 ? Fraction.of(days.get(n / 2))
                    : Fraction.of(days.get(n / 2 - 1) + days.get(n / 2), 2);
            mean = Fraction.of(days.stream().mapToLong(Long::longValue).sum(), n);
        }
        return new LeadTimes(buckets, median, mean, days.isEmpty() ? 0 : days.get(0), days.isEmpty() ? 0 : days.get(days.size() - 1),
                share(records, r -> true, r -> r.indicators().metTarget()));
    }

    private static List<CouncilTally> councils(List<RecordSummary> records) {
        Map<String, long[]> tallies = new LinkedHashMap<>();
        for (RecordSummary r : records) {
            for (RouteFacts.CouncilFact c : r.councils()) {
                long[] t = tallies.computeIfAbsent(c.municipality(), m -> new long[6]);
                switch (c.outcome()) {
                    case ADOPTED -> t[0]++;
                    case ADOPTED_WITH_AMENDMENTS -> t[1]++;
                    case REJECTED -> t[2]++;
                    case POSTPONED -> t[3]++;
                    case PENDING -> {
                        // A finalized record has no pending council; one read mid-route is counted nowhere.
                    }
                }
                if (c.deviates()) {
                    t[4]++;
                    if (c.deviationAccountedFor()) {
                        t[5]++;
                    }
                }
            }
        }
        return tallies.entrySet().stream()
                .map(e -> new CouncilTally(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3], e.getValue()[4], e.getValue()[5]))
                .toList();
    }

    private static List<DecisiveCount> decisive(List<RecordSummary> records) {
        Map<String, Long> counts = new LinkedHashMap<>();
        records.stream().map(RecordSummary::decisiveMunicipality).filter(m -> m != null).forEach(m -> counts.merge(m, 1L, Long::sum));
        return counts.entrySet().stream().map(e -> new DecisiveCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(DecisiveCount::times).reversed()).toList();
    }

    private static List<PowerUnderRule> power(List<RecordSummary> records) {
        Map<String, List<RecordSummary.VotePower>> byRule = new LinkedHashMap<>();
        records.stream().map(RecordSummary::power).filter(p -> p != null).forEach(p -> byRule.computeIfAbsent(p.ruleLabel(), k -> new ArrayList<>()).add(p));
        List<PowerUnderRule> result = new ArrayList<>();
        for (Map.Entry<String, List<RecordSummary.VotePower>> e : byRule.entrySet()) {
            Map<String, Fraction[]> sums = new LinkedHashMap<>();
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (RecordSummary.VotePower vote : e.getValue()) {
                for (PowerIndices.MunicipalityPower m : vote.municipalities()) {
                    Fraction[] s = sums.computeIfAbsent(m.municipality(), k -> new Fraction[]{Fraction.ZERO, Fraction.ZERO});
                    s[0] = s[0].add(m.banzhaf());
                    s[1] = s[1].add(m.shapleyShubik());
                    counts.merge(m.municipality(), 1, Integer::sum);
                }
            }
            List<MeanPower> means = sums.entrySet().stream().map(s -> {
                int n = counts.get(s.getKey());
                return new MeanPower(s.getKey(), n, s.getValue()[0].divide(Fraction.of(n)), s.getValue()[1].divide(Fraction.of(n)));
            }).toList();
            RecordSummary.VotePower first = e.getValue().get(0);
            result.add(new PowerUnderRule(first.scheme(), first.canonicalRule(), e.getValue().size(), means));
        }
        return result;
    }

    private Map<Indicator, IndicatorFigure> figures() {
        long councilDecisions = sum(records, i -> i.adopted() + i.rejected() + i.postponed());
        Map<Indicator, IndicatorFigure> f = new EnumMap<>(Indicator.class);
        f.put(Indicator.LEAD_TIME_DAYS, new IndicatorFigure(Indicator.LEAD_TIME_DAYS, IndicatorFigure.Kind.MEDIAN_DAYS, null, leadTimes.median()));
        f.put(Indicator.MET_TARGET, shareFigure(Indicator.MET_TARGET, leadTimes.withinTarget()));
        f.put(Indicator.CONSENSUS_WITHOUT_VOTE, shareFigure(Indicator.CONSENSUS_WITHOUT_VOTE, consensus));
        // "adopted" in the indicators includes adoption with amendments, as on the record (rb:councilsAdopted).
        f.put(Indicator.COUNCILS_ADOPTED, shareFigure(Indicator.COUNCILS_ADOPTED, new Share(sum(records, RouteIndicators::adopted), councilDecisions)));
        f.put(Indicator.COUNCILS_AMENDED, shareFigure(Indicator.COUNCILS_AMENDED, new Share(sum(records, RouteIndicators::amended), councilDecisions)));
        f.put(Indicator.COUNCILS_REJECTED, shareFigure(Indicator.COUNCILS_REJECTED, new Share(sum(records, RouteIndicators::rejected), councilDecisions)));
        f.put(Indicator.COUNCILS_POSTPONED, shareFigure(Indicator.COUNCILS_POSTPONED, new Share(sum(records, RouteIndicators::postponed), councilDecisions)));
        f.put(Indicator.DEVIATIONS, shareFigure(Indicator.DEVIATIONS, new Share(deviations, councilDecisions)));
        f.put(Indicator.DEVIATIONS_ACCOUNTED_FOR, shareFigure(Indicator.DEVIATIONS_ACCOUNTED_FOR, deviationsAccountedFor));
        f.put(Indicator.SOCIETAL_PARTNERS, new IndicatorFigure(Indicator.SOCIETAL_PARTNERS, IndicatorFigure.Kind.MEAN_PER_RECORD, null,
                records.isEmpty() ? null : Fraction.of(sum(records, RouteIndicators::societalPartners), records.size())));
        f.put(Indicator.DECISIVE_MUNICIPALITY, shareFigure(Indicator.DECISIVE_MUNICIPALITY,
                new Share(records.stream().filter(r -> r.decisiveMunicipality() != null).count(), votes)));
        f.put(Indicator.ONE_VOICE, shareFigure(Indicator.ONE_VOICE, oneVoice));
        return f;
    }

    private static IndicatorFigure shareFigure(Indicator indicator, Share share) {
        return new IndicatorFigure(indicator, IndicatorFigure.Kind.SHARE, share, share.applicable() ? share.fraction() : null);
    }

    private static Share share(List<RecordSummary> records, Predicate<RecordSummary> counted, Predicate<RecordSummary> hit) {
        List<RecordSummary> base = records.stream().filter(counted).toList();
        return new Share(base.stream().filter(hit).count(), base.size());
    }

    private static long sum(List<RecordSummary> records, ToLongFunction<RouteIndicators> f) {
        return records.stream().mapToLong(r -> f.applyAsLong(r.indicators())).sum();
    }
}
