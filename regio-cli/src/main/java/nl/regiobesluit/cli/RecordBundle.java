package nl.regiobesluit.cli;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * A decision record with the nodes of the route it closed, each as Alfresco's REST API gives a node ({@code id},
 * {@code name}, {@code nodeType}, {@code aspectNames}, {@code properties}, {@code content}): the proposal that links to
 * it ({@code rb:proposalDecisionRecord}), the proposal's advice, council decisions and agenda items. Everything the
 * export and the evaluation need of one record, read once.
 *
 * @param record           the {@code rb:decisionRecord}
 * @param proposal         the {@code rb:proposal}, or null when no proposal links to the record
 * @param advice           targets of {@code rb:proposalAdvice}
 * @param councilDecisions targets of {@code rb:proposalCouncilDecisions}
 * @param agendaItems      sources of {@code rb:agendaItemProposal} (follow-ups of deviations, meetings with a vote)
 */
public record RecordBundle(JsonNode record, JsonNode proposal, List<JsonNode> advice, List<JsonNode> councilDecisions,
                           List<JsonNode> agendaItems) {

    static final String PROPOSAL_DECISION_RECORD = "rb:proposalDecisionRecord";
    static final String PROPOSAL_ADVICE = "rb:proposalAdvice";
    static final String PROPOSAL_COUNCIL_DECISIONS = "rb:proposalCouncilDecisions";
    static final String AGENDA_ITEM_PROPOSAL = "rb:agendaItemProposal";

    public RecordBundle {
        advice = List.copyOf(advice);
        councilDecisions = List.copyOf(councilDecisions);
        agendaItems = List.copyOf(agendaItems);
    }

    /** Reads the route around one decision record (an entry of a search answer) from Alfresco: four association reads. */
    static RecordBundle fetch(AlfrescoClient alfresco, JsonNode record) {
        String id = record.path("id").asText();
        List<JsonNode> proposals = alfresco.sources(id, PROPOSAL_DECISION_RECORD);
        if (proposals.isEmpty()) {
            return new RecordBundle(record, null, List.of(), List.of(), List.of());
        }
        JsonNode proposal = proposals.get(0);
        String p = proposal.path("id").asText();
        return new RecordBundle(record, proposal, alfresco.targets(p, PROPOSAL_ADVICE), alfresco.targets(p, PROPOSAL_COUNCIL_DECISIONS),
                alfresco.sources(p, AGENDA_ITEM_PROPOSAL));
    }

    /**
     * A bundle written as one JSON object with the fields {@code decisionRecord}, {@code proposal}, {@code advice},
     * {@code councilDecisions} and {@code agendaItems} (the shape of the end-to-end scenarios' state files).
     */
    public static RecordBundle fromJson(JsonNode root) {
        return new RecordBundle(root.path("decisionRecord"), root.path("proposal").isObject() ? root.get("proposal") : null,
                list(root.path("advice")), list(root.path("councilDecisions")), list(root.path("agendaItems")));
    }

    String recordId() {
        return record.path("id").asText();
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> nodes = new ArrayList<>();
        array.forEach(nodes::add);
        return nodes;
    }
}
