package nl.regiobesluit.criteria.evaluation;

import nl.regiobesluit.ProjectFiles;
import nl.regiobesluit.criteria.RouteFacts;
import nl.regiobesluit.criteria.RouteFacts.CouncilFact;
import nl.regiobesluit.criteria.RouteIndicators;
import nl.regiobesluit.routing.CooperationModel;
import nl.regiobesluit.routing.RoutePolicy.RecordOutcome;
import nl.regiobesluit.voting.Composition;
import nl.regiobesluit.voting.CompositionCsv;
import nl.regiobesluit.voting.DecisionRule;
import nl.regiobesluit.voting.VoteEngine;
import nl.regiobesluit.voting.WeightingScheme;
import nl.regiobesluit.voting.power.ExactPower;
import nl.regiobesluit.voting.power.WeightedGame;

import java.time.LocalDate;
import java.util.List;

import static nl.regiobesluit.routing.CouncilOutcome.ADOPTED;
import static nl.regiobesluit.routing.CouncilOutcome.ADOPTED_WITH_AMENDMENTS;
import static nl.regiobesluit.routing.CouncilOutcome.REJECTED;

/**
 * The decision records of the six end-to-end scenarios of issue 6, as the evaluation reads them. Routes with councils
 * are measured with {@link RouteIndicators#measure}, as the service does when it finalizes a record; the regioraad's
 * record is written out, because its lead time runs to the regioraad's own decision. Power comes from the engine on
 * the 2014 composition, so the report shows what the stored vote results would hold.
 */
final class SixScenarios {

    static final List<String> FIVE = List.of("Leiden", "Leiderdorp", "Oegstgeest", "Voorschoten", "Zoeterwoude");
    static final List<String> FOUR = List.of("Leiden", "Leiderdorp", "Oegstgeest", "Zoeterwoude");
    static final LocalDate FROM = LocalDate.of(2014, 1, 1);
    static final LocalDate TO = LocalDate.of(2015, 12, 31);

    private SixScenarios() {
    }

    static List<RecordSummary> all() {
        return List.of(woningbouw(), deadline(), subsetZonderVoorschoten(), lichtUnanimiteit(), regioraadBesluit(), samengesteldeGemeente());
    }

    /** Five councils; Voorschoten rejects against the advice and accounts for it; the last council decides on day 52. */
    static RecordSummary woningbouw() {
        LocalDate submitted = LocalDate.of(2014, 9, 1);
        RouteFacts facts = new RouteFacts(CooperationModel.REGIONAL_COMMITTEE, submitted, submitted.plusMonths(2), false, List.of(
                new CouncilFact("Leiden", ADOPTED, submitted.plusDays(30), false, false),
                new CouncilFact("Leiderdorp", ADOPTED, submitted.plusDays(35), false, false),
                new CouncilFact("Oegstgeest", ADOPTED_WITH_AMENDMENTS, submitted.plusDays(41), false, false),
                new CouncilFact("Voorschoten", REJECTED, submitted.plusDays(48), true, true),
                new CouncilFact("Zoeterwoude", ADOPTED, submitted.plusDays(52), false, false)),
                3, List.of("Leiden", "Leiderdorp"));
        return record("woningbouw-2014", "Regionale woningbouwafspraken 2014-2020", facts, "WONEN", "RUIMTE_EN_WONEN", "wonen", FIVE,
                RecordOutcome.NO_REGIONAL_DECISION, power(FIVE, "qualified:0.70"));
    }

    /** Consensus without a vote, all adopt, but Zoeterwoude decides on day 75: the two-month target is missed. */
    static RecordSummary deadline() {
        LocalDate submitted = LocalDate.of(2014, 10, 6);
        RouteFacts facts = new RouteFacts(CooperationModel.REGIONAL_COMMITTEE, submitted, submitted.plusMonths(2), true, List.of(
                new CouncilFact("Leiden", ADOPTED, submitted.plusDays(20), false, false),
                new CouncilFact("Leiderdorp", ADOPTED, submitted.plusDays(28), false, false),
                new CouncilFact("Oegstgeest", ADOPTED, submitted.plusDays(33), false, false),
                new CouncilFact("Voorschoten", ADOPTED, submitted.plusDays(40), false, false),
                new CouncilFact("Zoeterwoude", ADOPTED, submitted.plusDays(75), false, false)),
                2, List.of());
        return record("deadline-2014", "Regionale mobiliteitsagenda", facts, "BEREIKBAARHEID", "MOBILITEIT", "bereikbaarheid", FIVE,
                RecordOutcome.REGIONAL_DECISION_TAKEN, null);
    }

    /** A theme without Voorschoten: at 60% of the four, Leiden could pass it alone and was the one decisive municipality. */
    static RecordSummary subsetZonderVoorschoten() {
        LocalDate submitted = LocalDate.of(2014, 11, 3);
        RouteFacts facts = new RouteFacts(CooperationModel.REGIONAL_COMMITTEE, submitted, submitted.plusMonths(2), false, List.of(
                new CouncilFact("Leiden", ADOPTED, submitted.plusDays(25), false, false),
                new CouncilFact("Leiderdorp", ADOPTED, submitted.plusDays(30), false, false),
                new CouncilFact("Oegstgeest", ADOPTED, submitted.plusDays(38), false, false),
                new CouncilFact("Zoeterwoude", ADOPTED, submitted.plusDays(44), false, false)),
                1, List.of("Leiden"));
        return record("subset-zonder-voorschoten", "Woonwagenlocaties (zonder Voorschoten)", facts, "WONEN", "RUIMTE_EN_WONEN", "wonen", FOUR,
                RecordOutcome.REGIONAL_DECISION_TAKEN, power(FOUR, "qualified:0.60"));
    }

    /** Light consultation: no regiocommissie and so no advice to deviate from; Voorschoten rejects, so no regional decision. */
    static RecordSummary lichtUnanimiteit() {
        LocalDate submitted = LocalDate.of(2015, 1, 12);
        RouteFacts facts = new RouteFacts(CooperationModel.LIGHT_CONSULTATION, submitted, submitted.plusMonths(2), false, List.of(
                new CouncilFact("Leiden", ADOPTED, submitted.plusDays(22), false, false),
                new CouncilFact("Leiderdorp", ADOPTED, submitted.plusDays(27), false, false),
                new CouncilFact("Oegstgeest", ADOPTED, submitted.plusDays(31), false, false),
                new CouncilFact("Voorschoten", REJECTED, submitted.plusDays(36), false, false),
                new CouncilFact("Zoeterwoude", ADOPTED, submitted.plusDays(40), false, false)),
                0, List.of());
        return record("licht-unanimiteit", "Regionaal energieloket", facts, "ENERGIETRANSITIE", "DUURZAAMHEID_EN_MILIEU", "energie", FIVE,
                RecordOutcome.NO_REGIONAL_DECISION, null);
    }

    /** The regioraad decides itself with weighted votes 21 days after submission; no council is routed to. */
    static RecordSummary regioraadBesluit() {
        RouteIndicators indicators = new RouteIndicators(21, true, false, 0, 0, 0, 0, 0, 0, 2, null, false);
        return new RecordSummary("regioraad-besluit", "Regionaal economisch programma", LocalDate.of(2015, 2, 23),
                CooperationModel.REGIONAL_COUNCIL, "ECONOMIE_EN_KENNIS", "ECONOMIE_EN_WERK", "economie", FIVE, List.of(),
                RecordOutcome.REGIONAL_DECISION_TAKEN, indicators, power(FIVE, "qualified:0.70"));
    }

    /** A composite municipality: its one council decides by simple majority of seats. */
    static RecordSummary samengesteldeGemeente() {
        LocalDate submitted = LocalDate.of(2015, 3, 2);
        RouteFacts facts = new RouteFacts(CooperationModel.COMPOSITE_MUNICIPALITY, submitted, submitted.plusMonths(2), false,
                List.of(new CouncilFact("Leidse Regio", ADOPTED, submitted.plusDays(28), false, false)), 0, List.of());
        return record("samengestelde-gemeente", "Spreiding van voorzieningen", facts, "VOORZIENINGEN", "SOCIAAL_DOMEIN", "voorzieningen",
                List.of("Leidse Regio"), RecordOutcome.REGIONAL_DECISION_TAKEN, null);
    }

    private static RecordSummary record(String id, String title, RouteFacts facts, String ambition, String domain, String theme, List<String> municipalities,
                                        RecordOutcome outcome, RecordSummary.VotePower power) {
        RouteIndicators indicators = RouteIndicators.measure(facts);
        LocalDate decided = facts.submittedOn().plusDays(indicators.leadTimeDays());
        return new RecordSummary(id, title, decided, facts.model(), ambition, domain, theme, municipalities, facts.councils(), outcome, indicators, power);
    }

    /** Exact power per municipality under scheme A and {@code rule}, over {@code municipalities}, on the 2014 composition. */
    static RecordSummary.VotePower power(List<String> municipalities, String rule) {
        var weights = VoteEngine.weights(composition2014(), municipalities, WeightingScheme.A).value();
        var game = WeightedGame.of(weights, DecisionRule.parse(rule).value()).value();
        return new RecordSummary.VotePower("A", rule, ExactPower.compute(game).value().municipalities());
    }

    private static Composition composition2014;

    static synchronized Composition composition2014() {
        if (composition2014 == null) {
            composition2014 = CompositionCsv.read(ProjectFiles.election2014(), LocalDate.of(2014, 3, 19)).value();
        }
        return composition2014;
    }
}
