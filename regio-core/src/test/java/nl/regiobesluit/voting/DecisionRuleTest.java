package nl.regiobesluit.voting;

import nl.regiobesluit.shared.Fraction;
import nl.regiobesluit.shared.Result;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DecisionRuleTest {

    /** Four members of one municipality each, weights 4/10, 3/10, 2/10, 1/10 under scheme C. */
    private static final Weights WEIGHTS = WeightingScheme.C.weigh(Fixtures.singleGroupMunicipalities(4, 3, 2, 1)).value();
    private static final MemberId M1 = new MemberId("M1", "G");
    private static final MemberId M2 = new MemberId("M2", "G");
    private static final MemberId M3 = new MemberId("M3", "G");
    private static final MemberId M4 = new MemberId("M4", "G");

    private static Decision decide(String rule, Map<MemberId, Vote> votes) {
        return Decision.decide(WEIGHTS, DecisionRule.parse(rule).value(), Ballot.of(votes));
    }

    @Test
    void parsesEveryRuleOfTheCommandLine() {
        assertThat(DecisionRule.parse("majority").value()).isEqualTo(DecisionRule.majority(DecisionRule.Base.ALL));
        assertThat(DecisionRule.parse("qualified:0.70").value())
                .isEqualTo(DecisionRule.qualified(Fraction.of(7, 10), true, DecisionRule.Base.ALL));
        assertThat(DecisionRule.parse("qualified>:0.70,base=cast").value())
                .isEqualTo(DecisionRule.qualified(Fraction.of(7, 10), false, DecisionRule.Base.CAST));
        assertThat(DecisionRule.parse("unanimity").value().kind()).isEqualTo(DecisionRule.Kind.UNANIMITY);
        DecisionRule dbl = DecisionRule.parse("double:0.65:3").value();
        assertThat(dbl.minMunicipalities()).isEqualTo(3);
        assertThat(dbl.threshold()).isEqualTo(Fraction.of(13, 20));
    }

    @Test
    void theCanonicalSpecParsesBackToTheSameRule() {
        for (String text : List.of("majority", "qualified:2/3,base=cast", "qualified>:0.6", "unanimity", "double:0.65:3,quorum=0.5")) {
            DecisionRule rule = DecisionRule.parse(text).value();
            assertThat(DecisionRule.parse(rule.spec()).value()).isEqualTo(rule);
        }
    }

    @Test
    void badRulesAreRejectedWithTheReason() {
        assertThat(DecisionRule.parse("qualified:0.4").problems().get(0).message()).contains("between 0.5 and 1");
        assertThat(DecisionRule.parse("supermajority").problems().get(0).message()).contains("unknown rule");
        assertThat(DecisionRule.parse("majority,base=some").problems().get(0).message()).contains("base must be");
        assertThat(DecisionRule.parse("double:0.6").problems().get(0).message()).contains("double:THRESHOLD:MUNICIPALITIES");
    }

    @Test
    void reachingTheThresholdExactlyPassesOnlyWhenInclusive() {
        Map<MemberId, Vote> seventy = Map.of(M1, Vote.YES, M2, Vote.YES, M3, Vote.NO, M4, Vote.NO);
        assertThat(decide("qualified:0.70", seventy).passed()).isTrue();
        assertThat(decide("qualified>:0.70", seventy).reason()).isEqualTo(Decision.Reason.THRESHOLD_NOT_MET);
    }

    @Test
    void aTieFails() {
        Map<MemberId, Vote> tie = Map.of(M1, Vote.YES, M4, Vote.YES, M2, Vote.NO, M3, Vote.NO);
        Decision d = decide("qualified:0.5,base=cast", tie);
        assertThat(d.passed()).isFalse();
        assertThat(d.reason()).isEqualTo(Decision.Reason.TIE);
    }

    @Test
    void baseCastCountsOnlyYesAndNoWhileBaseAllCountsEveryone() {
        Map<MemberId, Vote> votes = Map.of(M1, Vote.YES, M4, Vote.NO, M3, Vote.ABSTAIN);
        Decision cast = decide("majority,base=cast", votes);
        assertThat(cast.yesShare()).isEqualTo(Fraction.of(4, 5));
        assertThat(cast.passed()).isTrue();
        Decision all = decide("majority", votes);
        assertThat(all.yesShare()).isEqualTo(Fraction.of(4, 10));
        assertThat(all.passed()).isFalse();
    }

    @Test
    void unanimityFailsOnOneVoteAgainst() {
        assertThat(decide("unanimity", Map.of(M1, Vote.YES, M2, Vote.YES, M3, Vote.YES, M4, Vote.NO)).passed()).isFalse();
        assertThat(decide("unanimity", Map.of(M1, Vote.YES, M2, Vote.YES, M3, Vote.YES, M4, Vote.YES)).passed()).isTrue();
    }

    @Test
    void aDoubleMajorityAlsoNeedsEnoughMunicipalitiesInFavour() {
        Map<MemberId, Vote> two = Map.of(M1, Vote.YES, M2, Vote.YES, M3, Vote.NO, M4, Vote.NO);
        assertThat(decide("double:0.6:3", two).reason()).isEqualTo(Decision.Reason.TOO_FEW_MUNICIPALITIES);
        assertThat(decide("double:0.6:2", two).passed()).isTrue();
    }

    @Test
    void aQuorumOfWeightPresentIsRequiredWhenConfigured() {
        Map<MemberId, Vote> few = Map.of(M3, Vote.YES, M4, Vote.YES);
        assertThat(decide("majority,base=cast,quorum=0.5", few).reason()).isEqualTo(Decision.Reason.NO_QUORUM);
        assertThat(decide("majority,base=cast", few).passed()).isTrue();
    }

    @Test
    void ballotsNameAnUnknownMemberAndAMemberListedTwice() {
        Result<Ballot> unknown = Ballot.fromLists(WEIGHTS, List.of("M1/G", "M1/X"), List.of(), List.of());
        assertThat(unknown.problems().get(0).describe()).isEqualTo("veld 'yes': onbekend lid 'M1/X': geen fractie met een zetel die 'X' heet in M1"
                + " / field 'yes': unknown member 'M1/X': no party group with a seat named 'X' in M1");
        Result<Ballot> twice = Ballot.fromLists(WEIGHTS, List.of("M1/G"), List.of("M1/G"), List.of());
        assertThat(twice.problems().get(0).describe()).isEqualTo("veld 'no': lid 'M1/G' staat twee keer genoemd (yes en no) / field 'no': member 'M1/G' is listed twice (yes and no)");
        Result<Ballot> noSlash = Ballot.fromLists(WEIGHTS, List.of(), List.of(), List.of("M1"));
        // The example is neutral: no real municipality or party group is named in a message to a user.
        assertThat(noSlash.problems().get(0).describe())
                .isEqualTo("veld 'abstain': 'M1' is geen lid: schrijf Gemeente/Fractie"
                        + " / field 'abstain': 'M1' is not a member: write Gemeente/Fractie (municipality/party group)");
    }

    private static String refusal(String rule) {
        Result<DecisionRule> r = DecisionRule.parse(rule);
        assertThat(r.isOk()).as(rule + " should be refused").isFalse();
        return r.problems().get(0).describe();
    }

    @Test
    void aRuleWithNothingBeforeTheCommaIsRefusedWithOneLine() {
        assertThat(refusal(",")).isEqualTo("veld 'rule': ',': geen regel voor de eerste komma / field 'rule': ',': no rule before the first comma");
        assertThat(refusal("")).isEqualTo("veld 'rule': geen regel opgegeven / field 'rule': no rule given");
        assertThat(refusal("majority,")).contains("empty option");
    }

    @Test
    void anOptionGivenTwiceIsRefusedInsteadOfTheLastWinning() {
        assertThat(refusal("majority,base=cast,base=all")).isEqualTo("veld 'rule': 'majority,base=cast,base=all': optie 'base' staat twee keer"
                + " / field 'rule': 'majority,base=cast,base=all': option 'base' is given twice");
        assertThat(refusal("majority,quorum=0.5,QUORUM=0.6")).contains("option 'quorum' is given twice");
    }

    @Test
    void aThresholdIsADecimalWithAtMostNineDecimalsOrAShortFraction() {
        assertThat(DecisionRule.parse("qualified:0.666666667").value().threshold()).isEqualTo(Fraction.of(666_666_667, 1_000_000_000));
        assertThat(DecisionRule.parse("qualified:.75").value().threshold()).isEqualTo(Fraction.of(3, 4));
        assertThat(refusal("qualified:0.6666666667")).contains("at most 9 decimals");
        assertThat(refusal("qualified:2/0")).contains("threshold must be between 0.5 and 1");
        assertThat(refusal("qualified:0.7e0")).contains("threshold must be between 0.5 and 1");
        assertThat(refusal("majority,quorum=1.5")).contains("quorum must be a share between 0 and 1");
        assertThat(refusal("majority,quorum=-0.1")).contains("quorum must be a share between 0 and 1");
    }

    @Test
    void aHugeExponentIsRefusedAtOnceNotExpanded() {
        // Once 112 s and 1.6 GB: the exponent was expanded into a number of a hundred million digits before the check.
        assertThat(refusal("qualified:1e-99999999")).isEqualTo("veld 'rule': 'qualified:1e-99999999': de drempel moet tussen 0.5 en 1 liggen,"
                + " hoogstens 9 decimalen: '1e-99999999' / field 'rule': 'qualified:1e-99999999': threshold must be between 0.5"
                + " and 1, at most 9 decimals: '1e-99999999'");
        assertThat(refusal("majority,quorum=1e-99999999")).contains("quorum must be");
    }

    @Test
    void aDecimalCommaIsExplained() {
        assertThat(refusal("qualified:0,70")).contains("write a decimal point, not a comma (0.70)");
    }

    @Test
    void moreThanAllIsARuleNoVoteCanPass() {
        assertThat(refusal("qualified>:1")).isEqualTo("veld 'rule': 'qualified>:1': meer dan 100% haalt geen enkele stemming; bedoelt u unanimity?"
                + " / field 'rule': 'qualified>:1': no vote can reach more than 100%; do you mean unanimity?");
        assertThat(refusal("qualified>:1.000,base=cast")).contains("no vote can reach more than 100%");
    }

    @Test
    void aDoubleMajorityAskingForMoreMunicipalitiesThanTakePartCanNeverPass() {
        // WEIGHTS has four municipalities.
        Result<DecisionRule> r = RuleAttainability.check(DecisionRule.parse("double:0.65:99").value(), WEIGHTS);
        assertThat(r.problems()).hasSize(1);
        assertThat(r.problems().get(0).describe()).isEqualTo("veld 'rule': 'double:13/20:99,base=all' kan nooit slagen: "
                + "vraagt 99 gemeenten met een meerderheid voor, er nemen er 4 deel / field 'rule': 'double:13/20:99,base=all' "
                + "can never pass: needs 99 municipalities with a majority in favour, only 4 take part");
        assertThat(RuleAttainability.check(DecisionRule.parse("double:0.65:4").value(), WEIGHTS).isOk()).isTrue();
    }

    @Test
    void everyOtherRuleThatParsesCanPassWhenEveryoneVotesYes() {
        for (String rule : List.of("majority", "unanimity,base=cast", "qualified:1", "qualified>:0.999999999", "majority,quorum=1")) {
            assertThat(RuleAttainability.check(DecisionRule.parse(rule).value(), WEIGHTS).isOk()).as(rule).isTrue();
        }
    }
}
