package nl.regiobesluit.routing.events;

import static nl.regiobesluit.model.RbModel.*;
import static org.assertj.core.api.Assertions.assertThat;

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
}
