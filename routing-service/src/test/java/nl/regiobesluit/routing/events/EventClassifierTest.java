package nl.regiobesluit.routing.events;

import static nl.regiobesluit.model.RbModel.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.regiobesluit.routing.config.RegiobesluitProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class EventClassifierTest {

    private final EventClassifier classifier = new EventClassifier(new Binder(new MapConfigurationPropertySource(
            Map.of("regiobesluit.service-user", "svc"))).bindOrCreate("regiobesluit", RegiobesluitProperties.class));

    private static RepoEvent updated(String type, String user, Map<String, Object> props, Map<String, Object> before) {
        return new RepoEvent("e", RepoEvent.NODE_UPDATED, null,
                new RepoEvent.Node("n1", "x", type, List.of(ASPECT_ROUTED), props, user, List.of()),
                new RepoEvent.Before(before, null), null);
    }

    @Test
    void aSubmittedProposalStartsIntakeKeyedOnTheProposalNotTheEvent() {
        Trigger t = classifier.classify(updated(TYPE_PROPOSAL, "griffier", Map.of(PROP_ROUTE_STATUS, STATUS_SUBMITTED),
                Map.of(PROP_ROUTE_STATUS, STATUS_DRAFT)));
        assertThat(t.step()).isEqualTo(Trigger.Step.INTAKE);
        assertThat(t.idempotencyKey()).isEqualTo("intake:n1");
    }

    @Test
    void theServicesOwnWritesAreIgnored() {
        assertThat(classifier.classify(updated(TYPE_PROPOSAL, "svc", Map.of(PROP_ROUTE_STATUS, STATUS_SUBMITTED), Map.of()))
                .isIgnored()).isTrue();
    }

    @Test
    void anUpdateThatChangedOnlyServiceOwnedPropertiesIsIgnoredWhoeverMadeIt() {
        Map<String, Object> before = new HashMap<>();
        before.put(PROP_DEADLINE, null);
        before.put(PROP_OVERDUE, null);
        assertThat(classifier.classify(updated(TYPE_PROPOSAL, "admin", Map.of(PROP_ROUTE_STATUS, STATUS_SUBMITTED), before))
                .isIgnored()).isTrue();
    }

    private static RepoEvent updatedWith(String type, List<String> aspects, Map<String, Object> props, Map<String, Object> before) {
        return new RepoEvent("e", RepoEvent.NODE_UPDATED, null,
                new RepoEvent.Node("n1", "x", type, aspects, props, "griffier", List.of()), new RepoEvent.Before(before, null), null);
    }

    @Test
    void aProposalWithItsToetsingskaderTriesIntakeAgainWheneverItsAnswersChange() {
        Map<String, Object> first = Map.of(PROP_ROUTE_STATUS, STATUS_SUBMITTED, PROP_CHECKLIST_ANSWERS, List.of("S1=a"));
        Map<String, Object> more = Map.of(PROP_ROUTE_STATUS, STATUS_SUBMITTED, PROP_CHECKLIST_ANSWERS, List.of("S1=a", "S2=b"));
        List<String> aspects = List.of(ASPECT_ROUTED, ASPECT_TOETSINGSKADER);
        Trigger t1 = classifier.classify(updatedWith(TYPE_PROPOSAL, aspects, first, Map.of(PROP_ROUTE_STATUS, STATUS_DRAFT)));
        Trigger t2 = classifier.classify(updatedWith(TYPE_PROPOSAL, aspects, more, Map.of(PROP_CHECKLIST_ANSWERS, List.of("S1=a"))));
        Trigger again = classifier.classify(updatedWith(TYPE_PROPOSAL, aspects, more, Map.of("cm:title", "x")));
        assertThat(List.of(t1.step(), t2.step())).containsOnly(Trigger.Step.INTAKE);
        assertThat(t1.idempotencyKey()).startsWith("intake:n1:checklist:").isNotEqualTo(t2.idempotencyKey());
        assertThat(again.idempotencyKey()).isEqualTo(t2.idempotencyKey());
    }

    @Test
    void jointArrangementDocumentsStartTheirStepsAndAPendingZienswijzeStartsNone() {
        assertThat(classifier.classify(updatedWith(TYPE_GR_MEETING, List.of(), Map.of(PROP_GR_MEETING_DATE, "2024-07-04T00:00:00Z"),
                Map.of("cm:title", "x"))).step()).isEqualTo(Trigger.Step.GR_PAPERS);
        assertThat(classifier.classify(updatedWith(TYPE_WGR_PROCEDURE, List.of(), Map.of(PROP_WGR_PROCEDURE_KIND, "BEGROTING"),
                Map.of("cm:title", "x"))).step()).isEqualTo(Trigger.Step.WGR_PROCEDURE);
        assertThat(classifier.classify(updatedWith(TYPE_ZIENSWIJZE, List.of(), Map.of(PROP_ZIENSWIJZE_STATUS, ZIENSWIJZE_PENDING),
                Map.of("cm:title", "x"))).isIgnored()).isTrue();
        Trigger given = classifier.classify(updatedWith(TYPE_ZIENSWIJZE, List.of(), Map.of(PROP_ZIENSWIJZE_STATUS, ZIENSWIJZE_GIVEN,
                PROP_ZIENSWIJZE_DATE, "2024-05-02T00:00:00Z"), Map.of(PROP_ZIENSWIJZE_STATUS, ZIENSWIJZE_PENDING)));
        assertThat(given.step()).isEqualTo(Trigger.Step.ZIENSWIJZE);
        assertThat(given.idempotencyKey()).isEqualTo("zienswijze:n1:GIVEN:2024-05-02T00:00:00Z");
        assertThat(classifier.classify(updatedWith(TYPE_COVER_NOTE, List.of(), Map.of(PROP_INSTRUCTION_GIVEN_ON, "2024-06-25T00:00:00Z"),
                Map.of("cm:title", "x"))).isIgnored()).as("an instruction is the griffie's record; no step").isTrue();
    }

    @Test
    void aCouncilDecisionIsCollectedKeyedOnItsOutcome() {
        Trigger t = classifier.classify(updated(TYPE_COUNCIL_DECISION, "griffier", Map.of(PROP_COUNCIL_OUTCOME, OUTCOME_REJECTED),
                Map.of(PROP_COUNCIL_OUTCOME, OUTCOME_PENDING)));
        assertThat(t.step()).isEqualTo(Trigger.Step.COLLECT);
        assertThat(t.idempotencyKey()).isEqualTo("collect:n1:REJECTED");
        assertThat(classifier.classify(updated(TYPE_COUNCIL_DECISION, "griffier", Map.of(PROP_COUNCIL_OUTCOME, OUTCOME_PENDING),
                Map.of("cm:title", "x"))).isIgnored()).isTrue();
    }

    @Test
    void linkingAnAdviceToAProposalStartsTheCommitteeStep() {
        Trigger t = classifier.classify(new RepoEvent("e", RepoEvent.PEER_ASSOC_CREATED, null, null, null,
                new RepoEvent.PeerAssoc(ASSOC_PROPOSAL_ADVICE, "p1", "a1")));
        assertThat(t.step()).isEqualTo(Trigger.Step.COMMITTEE);
        assertThat(t.nodeId()).isEqualTo("p1");
        assertThat(t.user()).isNull();
    }

    @Test
    void otherTypesAndDeletionsAreIgnored() {
        assertThat(classifier.classify(updated("cm:content", "griffier", Map.of(), Map.of())).isIgnored()).isTrue();
        assertThat(classifier.classify(new RepoEvent("e", RepoEvent.NODE_DELETED, null,
                new RepoEvent.Node("n1", "x", TYPE_PROPOSAL, List.of(), Map.of(), "griffier", List.of()), null, null)).isIgnored()).isTrue();
    }

    private static RepoEvent voteUpdated(String user, Map<String, Object> before) {
        return new RepoEvent("e", RepoEvent.NODE_UPDATED, null,
                new RepoEvent.Node("n1", "x", TYPE_ADVICE, List.of(ASPECT_VOTES), Map.of(PROP_VOTES_YES, List.of("Leiden/D66")), user, List.of()),
                new RepoEvent.Before(before, null), null);
    }

    @Test
    void aNodeEventWithoutAUserThatWouldStartAStepIsRefused() {
        assertThatThrownBy(() -> classifier.classify(voteUpdated(null, nullValued(PROP_VOTES_YES))))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("names no user")
                .hasMessageContaining("noemt geen gebruiker");
    }

    @Test
    void aNodeEventWithoutAUserThatStartsNothingIsSimplyIgnored() {
        assertThat(classifier.classify(updated("cm:content", null, Map.of(), nullValued("cm:title"))).isIgnored()).isTrue();
    }

    @Test
    void aPeerAssociationTakesItsUserFromTheSourceNode() {
        Trigger t = classifier.classify(new RepoEvent("e", RepoEvent.PEER_ASSOC_CREATED, null, null, null,
                new RepoEvent.PeerAssoc(ASSOC_PROPOSAL_ADVICE, "p1", "a1")));
        assertThat(t.userIsSourceModifier()).isTrue();
        assertThat(t.lacksUser()).isFalse();
    }

    @Test
    void onlyAChangeOfWhoVotedHowRecordsTheVote() {
        assertThat(classifier.classify(voteUpdated("g", nullValued(PROP_VOTES_NO))).voteChange()).isEqualTo(Trigger.VoteChange.MEMBER_LISTS);
        assertThat(classifier.classify(voteUpdated("g", nullValued(PROP_VOTE_DATE))).voteChange()).isEqualTo(Trigger.VoteChange.OTHER_INPUTS);
        assertThat(classifier.classify(voteUpdated("g", nullValued("cm:title"))).voteChange()).isEqualTo(Trigger.VoteChange.NONE);
        // The rb:votes aspect added in this update (Share's "Manage aspects"): whatever values it has came with it.
        RepoEvent aspectAdded = new RepoEvent("e", RepoEvent.NODE_UPDATED, null, voteUpdated("g", Map.of()).node(),
                new RepoEvent.Before(Map.of(), List.of("cm:auditable")), null);
        assertThat(classifier.classify(aspectAdded).voteChange()).isEqualTo(Trigger.VoteChange.MEMBER_LISTS);
    }

    @Test
    void aBooleanPropertyIsNeverReadFromText() {
        RepoEvent finalizedAsText = new RepoEvent("e", RepoEvent.NODE_UPDATED, null,
                new RepoEvent.Node("r1", "x", TYPE_DECISION_RECORD, List.of(), Map.of(PROP_FINALIZED, "true"), "g", List.of()),
                new RepoEvent.Before(nullValued(PROP_FINALIZED), null), null);
        assertThat(classifier.classify(finalizedAsText).step()).isNotEqualTo(Trigger.Step.FINALIZE);
    }

    private static Map<String, Object> nullValued(String key) {
        Map<String, Object> m = new HashMap<>();
        m.put(key, null);
        return m;
    }
}
