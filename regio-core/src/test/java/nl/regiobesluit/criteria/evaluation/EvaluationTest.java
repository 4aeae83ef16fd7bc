package nl.regiobesluit.criteria.evaluation;

import nl.regiobesluit.criteria.AssessmentFramework;
import nl.regiobesluit.criteria.Indicator;
import nl.regiobesluit.routing.CooperationModel;
import nl.regiobesluit.shared.Fraction;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static nl.regiobesluit.criteria.evaluation.SixScenarios.FROM;
import static nl.regiobesluit.criteria.evaluation.SixScenarios.TO;
import static org.assertj.core.api.Assertions.assertThat;

/** The evaluation of the six end-to-end scenarios' records, with every number checked by hand. */
class EvaluationTest {

    private static final AssessmentFramework FRAMEWORK = AssessmentFramework.shipped();
    private static final List<RecordSummary> SIX = SixScenarios.all();

    private static Evaluation evaluate(LocalDate from, LocalDate to, CooperationModel model, String theme) {
        return Evaluation.of(Selection.of(from, to, model, theme).value(), SIX, FRAMEWORK);
    }

    private static final Evaluation ALL = evaluate(FROM, TO, null, null);

    @Test
    void theSixRecordsAreOrderedByTheDayTheyWereDecided() {
        assertThat(ALL.records()).extracting(RecordSummary::id).containsExactly("woningbouw-2014", "subset-zonder-voorschoten",
                "deadline-2014", "licht-unanimiteit", "regioraad-besluit", "samengestelde-gemeente");
    }

    @Test
    void woningbouwMetItsTargetAndOneAccountedDeviation() {
        RecordSummary woningbouw = SixScenarios.woningbouw();
        assertThat(woningbouw.indicators().leadTimeDays()).isEqualTo(52);
        assertThat(woningbouw.indicators().metTarget()).isTrue();
        assertThat(woningbouw.indicators().deviations()).isEqualTo(1);
        assertThat(woningbouw.indicators().deviationsAccountedFor()).isEqualTo(1);
        assertThat(woningbouw.indicators().oneVoice()).isFalse();
        assertThat(woningbouw.decisiveMunicipality()).isNull();
    }

    @Test
    void leadTimesOfSixRoutesFiveWithinTheTwoMonthTarget() {
        Evaluation.LeadTimes lead = ALL.leadTimes();
        // 21, 28, 40, 44, 52, 75 days: the median is (40 + 44) / 2, the mean 260 / 6.
        assertThat(lead.median()).isEqualTo(Fraction.of(42));
        assertThat(lead.mean()).isEqualTo(Fraction.of(130, 3));
        assertThat(lead.shortest()).isEqualTo(21);
        assertThat(lead.longest()).isEqualTo(75);
        assertThat(lead.withinTarget()).isEqualTo(new Share(5, 6));
        assertThat(lead.withinTarget().fraction()).isEqualTo(Fraction.of(5, 6));
        assertThat(lead.buckets()).extracting(Evaluation.Bucket::label)
                .containsExactly("0–14", "15–29", "30–44", "45–59", "60–74", "75–89", "90+");
        assertThat(lead.buckets()).extracting(Evaluation.Bucket::count).containsExactly(0L, 2L, 2L, 1L, 0L, 1L, 0L);
    }

    @Test
    void consensusIsCountedOnlyWhereARegionalBodyDeliberated() {
        // Regiocommissie (woningbouw, deadline, subset) and regioraad: four; only deadline-2014 reached consensus without a vote.
        assertThat(ALL.consensus()).isEqualTo(new Share(1, 4));
        assertThat(ALL.regionalDecisions()).isEqualTo(new Share(4, 6));
        assertThat(ALL.oneVoice()).isEqualTo(new Share(3, 6));
    }

    @Test
    void outcomesPerCouncilWithVoorschotensAccountedRejection() {
        assertThat(ALL.councils()).containsExactly(
                new Evaluation.CouncilTally("Leiden", 4, 0, 0, 0, 0, 0),
                new Evaluation.CouncilTally("Leiderdorp", 4, 0, 0, 0, 0, 0),
                new Evaluation.CouncilTally("Oegstgeest", 3, 1, 0, 0, 0, 0),
                new Evaluation.CouncilTally("Voorschoten", 1, 0, 2, 0, 1, 1),
                new Evaluation.CouncilTally("Zoeterwoude", 4, 0, 0, 0, 0, 0),
                new Evaluation.CouncilTally("Leidse Regio", 1, 0, 0, 0, 0, 0));
        assertThat(ALL.deviations()).isEqualTo(1);
        assertThat(ALL.deviationsAccountedFor()).isEqualTo(new Share(1, 1));
    }

    @Test
    void leidenWasDecisiveInOneOfTheThreeWeightedVotes() {
        assertThat(ALL.votes()).isEqualTo(3);
        assertThat(ALL.decisive()).containsExactly(new Evaluation.DecisiveCount("Leiden", 1));
        assertThat(ALL.decisiveShare()).isEqualTo(new Share(1, 3));
    }

    @Test
    void meanPowerPerRuleEqualsTheEnginesPowerWhenEveryVoteUnderTheRuleHadTheSameMembers() {
        assertThat(ALL.power()).extracting(Evaluation.PowerUnderRule::scheme, Evaluation.PowerUnderRule::rule, Evaluation.PowerUnderRule::votes)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A", "qualified:7/10,base=all", 2),
                        org.assertj.core.groups.Tuple.tuple("A", "qualified:3/5,base=all", 1));
        var seventy = SixScenarios.power(SixScenarios.FIVE, "qualified:0.70").municipalities();
        var mean = ALL.power().get(0).municipalities();
        assertThat(mean).extracting(Evaluation.MeanPower::municipality).containsExactlyElementsOf(SixScenarios.FIVE);
        for (int i = 0; i < 5; i++) {
            assertThat(mean.get(i).banzhaf()).isEqualTo(seventy.get(i).banzhaf());
            assertThat(mean.get(i).shapleyShubik()).isEqualTo(seventy.get(i).shapleyShubik());
            assertThat(mean.get(i).votes()).isEqualTo(2);
        }
        assertThat(mean.stream().map(Evaluation.MeanPower::shapleyShubik).reduce(Fraction.ZERO, Fraction::add)).isEqualTo(Fraction.ONE);
        assertThat(mean.stream().map(Evaluation.MeanPower::banzhaf).reduce(Fraction.ZERO, Fraction::add)).isEqualTo(Fraction.ONE);
        var sixty = ALL.power().get(1).municipalities();
        assertThat(sixty).extracting(Evaluation.MeanPower::municipality).containsExactlyElementsOf(SixScenarios.FOUR);
        // Leiden's share grows from 55.8% (Banzhaf, five at 70%) to 68.8% (four at 60%), where it could pass alone.
        assertThat(mean.get(0).banzhaf()).isEqualTo(Fraction.of(310175935, 556115031));
        assertThat(sixty.get(0).banzhaf()).isEqualTo(Fraction.of(6449329, 9367265));
        assertThat(sixty.get(0).shapleyShubik()).isEqualTo(Fraction.of(3766174037L, 5354228880L));
        assertThat(sixty.stream().map(Evaluation.MeanPower::banzhaf).reduce(Fraction.ZERO, Fraction::add)).isEqualTo(Fraction.ONE);
    }

    @Test
    void theMeanOfTwoDifferentVotesIsExact() {
        var a = new RecordSummary.VotePower("C", "majority", List.of(
                new nl.regiobesluit.voting.power.PowerIndices.MunicipalityPower("X", Fraction.of(1, 3), Fraction.of(1, 2)),
                new nl.regiobesluit.voting.power.PowerIndices.MunicipalityPower("Y", Fraction.of(2, 3), Fraction.of(1, 2))));
        // The same rule written differently is one group.
        var b = new RecordSummary.VotePower("C", "majority,base=all", List.of(
                new nl.regiobesluit.voting.power.PowerIndices.MunicipalityPower("X", Fraction.ONE, Fraction.ONE)));
        RecordSummary r1 = withPower(SixScenarios.regioraadBesluit(), "r1", a);
        RecordSummary r2 = withPower(SixScenarios.regioraadBesluit(), "r2", b);
        Evaluation e = Evaluation.of(Selection.of(FROM, TO, null, null).value(), List.of(r1, r2), FRAMEWORK);
        assertThat(e.power()).hasSize(1);
        assertThat(e.power().get(0).municipalities()).containsExactly(
                new Evaluation.MeanPower("X", 2, Fraction.of(2, 3), Fraction.of(3, 4)),
                new Evaluation.MeanPower("Y", 1, Fraction.of(2, 3), Fraction.of(1, 2)));
    }

    @Test
    void indicatorFiguresOverAllSixRecords() {
        // Council decisions: 5 + 5 + 4 + 5 + 0 + 1 = 20, of which 18 adoptions (one with amendments) and 2 rejections.
        assertThat(ALL.figure(Indicator.COUNCILS_ADOPTED).share()).isEqualTo(new Share(18, 20));
        assertThat(ALL.figure(Indicator.COUNCILS_AMENDED).share()).isEqualTo(new Share(1, 20));
        assertThat(ALL.figure(Indicator.COUNCILS_REJECTED).share()).isEqualTo(new Share(2, 20));
        assertThat(ALL.figure(Indicator.COUNCILS_POSTPONED).share()).isEqualTo(new Share(0, 20));
        assertThat(ALL.figure(Indicator.DEVIATIONS).share()).isEqualTo(new Share(1, 20));
        assertThat(ALL.figure(Indicator.DEVIATIONS_ACCOUNTED_FOR).share()).isEqualTo(new Share(1, 1));
        assertThat(ALL.figure(Indicator.MET_TARGET).value()).isEqualTo(Fraction.of(5, 6));
        assertThat(ALL.figure(Indicator.LEAD_TIME_DAYS).text()).isEqualTo("mediaan 42 dagen");
        // Partners at the table: 3 + 2 + 1 + 0 + 2 + 0 over six records.
        assertThat(ALL.figure(Indicator.SOCIETAL_PARTNERS).value()).isEqualTo(Fraction.of(4, 3));
        assertThat(ALL.figure(Indicator.SOCIETAL_PARTNERS).text()).isEqualTo("gemiddeld 1,33 per besluit");
        assertThat(ALL.figure(Indicator.MET_TARGET).text()).isEqualTo("5 van 6 (83,3%)");
        assertThat(ALL.figure(Indicator.ONE_VOICE).text()).isEqualTo("3 van 6 (50,0%)");
    }

    @Test
    void everyCriterionListsTheIndicatorsThatInformIt() {
        assertThat(ALL.criteria()).hasSize(11);
        var decisiveness = ALL.criteria().get(0);
        assertThat(decisiveness.criterion().code()).isEqualTo("bestuurlijke_slagvaardigheid");
        assertThat(decisiveness.figures()).extracting(Evaluation.IndicatorFigure::indicator).containsExactly(Indicator.LEAD_TIME_DAYS,
                Indicator.MET_TARGET, Indicator.CONSENSUS_WITHOUT_VOTE, Indicator.COUNCILS_ADOPTED, Indicator.COUNCILS_REJECTED,
                Indicator.COUNCILS_POSTPONED);
        assertThat(row("lobbymacht").figures()).extracting(Evaluation.IndicatorFigure::indicator).containsExactly(Indicator.ONE_VOICE);
        assertThat(row("democratische_legitimiteit").figures()).extracting(Evaluation.IndicatorFigure::indicator)
                .containsExactly(Indicator.COUNCILS_ADOPTED, Indicator.COUNCILS_AMENDED, Indicator.COUNCILS_REJECTED, Indicator.DEVIATIONS,
                        Indicator.DEVIATIONS_ACCOUNTED_FOR, Indicator.DECISIVE_MUNICIPALITY);
        assertThat(row("klantgerichtheid").figures()).isEmpty();
        assertThat(row("kostenefficiency").figures()).isEmpty();
        assertThat(row("kwaliteit_en_kwetsbaarheid").figures()).isEmpty();
    }

    @Test
    void aPeriodOfOneYearSelectsTheRecordsDecidedInIt() {
        Evaluation y2014 = evaluate(LocalDate.of(2014, 1, 1), LocalDate.of(2014, 12, 31), null, null);
        assertThat(y2014.records()).extracting(RecordSummary::id).containsExactly("woningbouw-2014", "subset-zonder-voorschoten", "deadline-2014");
        assertThat(y2014.leadTimes().withinTarget()).isEqualTo(new Share(2, 3));
        assertThat(y2014.leadTimes().median()).isEqualTo(Fraction.of(52));
        // Both ends of the period are included.
        assertThat(evaluate(LocalDate.of(2014, 10, 23), LocalDate.of(2014, 10, 23), null, null).records()).hasSize(1);
    }

    @Test
    void aModelAndAThemeNarrowTheSelection() {
        assertThat(evaluate(FROM, TO, CooperationModel.REGIONAL_COMMITTEE, null).records()).hasSize(3);
        assertThat(evaluate(FROM, TO, null, "wonen").records()).extracting(RecordSummary::id)
                .containsExactly("woningbouw-2014", "subset-zonder-voorschoten");
        // The theme is rb:theme as typed in Share's "Thema" field: case and surrounding spaces do not matter...
        assertThat(evaluate(FROM, TO, null, " Bereikbaarheid ").records()).extracting(RecordSummary::id).containsExactly("deadline-2014");
        // ...but an ambition or policy domain code is not a theme.
        assertThat(evaluate(FROM, TO, null, "MOBILITEIT").records()).isEmpty();
        assertThat(evaluate(FROM, TO, null, "WONEN").records()).extracting(RecordSummary::id)
                .containsExactly("woningbouw-2014", "subset-zonder-voorschoten");
        Evaluation regioraad = evaluate(FROM, TO, CooperationModel.REGIONAL_COUNCIL, null);
        assertThat(regioraad.councils()).isEmpty();
        assertThat(regioraad.figure(Indicator.COUNCILS_ADOPTED).text()).isEqualTo("n.v.t.");
    }

    @Test
    void anEmptySelectionSaysSoInsteadOfFailing() {
        Evaluation none = evaluate(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31), null, null);
        assertThat(none.isEmpty()).isTrue();
        assertThat(Evaluation.NO_RECORDS).isEqualTo("geen besluiten in deze periode");
        assertThat(none.leadTimes().median()).isNull();
        assertThat(none.leadTimes().withinTarget().text()).isEqualTo("n.v.t.");
        assertThat(none.figure(Indicator.LEAD_TIME_DAYS).text()).isEqualTo("n.v.t.");
        assertThat(none.criteria()).hasSize(11);
    }

    @Test
    void anInvertedPeriodIsAClearProblem() {
        var r = Selection.of(LocalDate.of(2015, 1, 1), LocalDate.of(2014, 1, 1), null, null);
        assertThat(r.isOk()).isFalse();
        assertThat(r.problems().get(0).describe()).isEqualTo("veld 'to': de periode eindigt (2014-01-01) voordat ze begint (2015-01-01)"
                + " / field 'to': the period ends (2014-01-01) before it starts (2015-01-01)");
        assertThat(Selection.of(null, LocalDate.of(2014, 1, 1), null, null).problems().get(0).field()).isEqualTo("from");
    }

    private static Evaluation.CriterionRow row(String code) {
        return ALL.criteria().stream().filter(r -> r.criterion().code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void aSummaryWithImpossibleCountsIsRefusedWithTheCountsOfTheOneCheckItBreaks() {
        RecordSummary r = SixScenarios.regioraadBesluit();
        nl.regiobesluit.criteria.RouteIndicators moreAmended = new nl.regiobesluit.criteria.RouteIndicators(21, true, false,
                1, 2, 0, 0, 0, 0, 2, null, false);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RecordSummary("r", r.title(), r.decidedOn(), r.model(),
                        r.ambition(), r.policyDomain(), r.theme(), r.municipalities(), r.councils(), r.outcome(), moreAmended, r.power()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("record r: 2 councils amended but only 1 adopted (adopted includes amended)");
        nl.regiobesluit.criteria.RouteIndicators moreAccounted = new nl.regiobesluit.criteria.RouteIndicators(21, true, false,
                0, 0, 0, 0, 1, 3, 2, null, false);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RecordSummary("r", r.title(), r.decidedOn(), r.model(),
                        r.ambition(), r.policyDomain(), r.theme(), r.municipalities(), r.councils(), r.outcome(), moreAccounted, r.power()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("record r: 3 deviations accounted for but only 1 made");
    }

    private static RecordSummary withPower(RecordSummary r, String id, RecordSummary.VotePower power) {
        return new RecordSummary(id, r.title(), r.decidedOn(), r.model(), r.ambition(), r.policyDomain(), r.theme(), r.municipalities(), r.councils(),
                r.outcome(), r.indicators(), power);
    }
}
