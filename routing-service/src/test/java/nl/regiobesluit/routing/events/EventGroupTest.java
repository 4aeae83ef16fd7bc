package nl.regiobesluit.routing.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventGroupTest {

    private final EventGroup group = new EventGroup();

    @Test
    void aNodeEventIsGroupedByItsNode() {
        String event = """
                {"specversion":"1.0","type":"org.alfresco.event.node.Updated","id":"e1","time":"2026-01-01T00:00:00Z",
                 "data":{"eventGroupId":"g","resource":{"nodeType":"rb:advice","properties":{"rb:votesYes":["Leiden/D66"],
                 "id":"not-this-one"},"id":"node-1","primaryHierarchy":["folder-1"]},
                 "resourceBefore":{"properties":{"rb:votesYes":null}}}}""";
        assertThat(group.of(event)).isEqualTo("node-1");
    }

    @Test
    void aPeerAssociationIsGroupedByItsSourceAsTheClassifierReadsIt() {
        String event = """
                {"specversion":"1.0","type":"org.alfresco.event.assoc.peer.Created","id":"e2",
                 "data":{"resource":{"assocType":"rb:proposalAdvice","source":{"id":"proposal-1"},"target":{"id":"advice-1"}}}}""";
        assertThat(group.of(event)).isEqualTo("proposal-1");
    }

    @Test
    void whatCannotBeReadHasNoGroupAndIsLeftToTheParser() {
        assertThat(group.of("{\"specversion\":\"1.0\", \"type\": ")).isNull();
        assertThat(group.of("not json")).isNull();
        assertThat(group.of("[1,2]")).isNull();
        assertThat(group.of("{\"type\":\"org.alfresco.event.node.Created\",\"data\":{\"resource\":{}}}")).isNull();
        assertThat(group.of(null)).isNull();
    }
}
