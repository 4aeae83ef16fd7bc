package nl.regiobesluit.cli;

import nl.regiobesluit.arrangement.GrRecordsJson;
import nl.regiobesluit.model.RbModel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The joint-arrangement register as Alfresco holds it, gathered into the records tree {@link GrRecordsJson} reads:
 * every {@code rb:jointArrangement} folder (search API, page by page), its children (vote weights, meeting papers,
 * procedures), each meeting's cover notes and each procedure's zienswijzen (their associations), and the proposals
 * with the {@code rb:toetsingskader} aspect. Node properties are passed on as Alfresco returns them.
 */
final class AlfrescoArrangements {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int PAGE = 100;

    private final AlfrescoClient alfresco;

    AlfrescoArrangements(AlfrescoClient alfresco) {
        this.alfresco = alfresco;
    }

    ObjectNode records() {
        ObjectNode root = MAPPER.createObjectNode().put("format", GrRecordsJson.FORMAT);
        ArrayNode arrangements = root.putArray("arrangements");
        for (JsonNode folder : search("TYPE:\"" + RbModel.TYPE_JOINT_ARRANGEMENT + "\"", "cm:name")) {
            ObjectNode a = arrangements.addObject();
            a.set("properties", folder.path("properties"));
            ArrayNode weights = a.putArray("voteWeights");
            ArrayNode meetings = a.putArray("meetings");
            ArrayNode procedures = a.putArray("procedures");
            for (JsonNode child : alfresco.children(folder.path("id").asText())) {
                String type = child.path("nodeType").asText();
                if (RbModel.TYPE_VOTE_WEIGHTS.equals(type)) {
                    weights.addObject().set("properties", child.path("properties"));
                } else if (RbModel.TYPE_GR_MEETING.equals(type)) {
                    ObjectNode m = meetings.addObject();
                    m.set("properties", child.path("properties"));
                    ArrayNode notes = m.putArray("coverNotes");
                    alfresco.targets(child.path("id").asText(), RbModel.ASSOC_GR_MEETING_COVER_NOTES)
                            .forEach(n -> notes.addObject().set("properties", n.path("properties")));
                } else if (RbModel.TYPE_WGR_PROCEDURE.equals(type)) {
                    ObjectNode p = procedures.addObject();
                    p.set("properties", child.path("properties"));
                    ArrayNode zienswijzen = p.putArray("zienswijzen");
                    alfresco.targets(child.path("id").asText(), RbModel.ASSOC_WGR_PROCEDURE_ZIENSWIJZEN)
                            .forEach(z -> zienswijzen.addObject().set("properties", z.path("properties")));
                }
            }
        }
        ArrayNode proposals = root.putArray("proposals");
        for (JsonNode proposal : search("ASPECT:\"" + RbModel.ASPECT_TOETSINGSKADER + "\"", "cm:name")) {
            ObjectNode p = proposals.addObject();
            ObjectNode props = proposal.path("properties").isObject() ? ((ObjectNode) proposal.path("properties")).deepCopy()
                    : MAPPER.createObjectNode();
            props.put("cm:name", proposal.path("name").asText(""));
            p.set("properties", props);
        }
        return root;
    }

    private java.util.List<JsonNode> search(String afts, String sortField) {
        java.util.List<JsonNode> all = new java.util.ArrayList<>();
        while (true) {
            ObjectNode request = MAPPER.createObjectNode();
            request.putObject("query").put("language", "afts").put("query", afts);
            request.putObject("paging").put("maxItems", PAGE).put("skipCount", all.size());
            request.putArray("include").add("properties").add("aspectNames");
            request.putArray("sort").addObject().put("type", "FIELD").put("field", sortField).put("ascending", true);
            JsonNode list = alfresco.search(request);
            list.path("entries").forEach(e -> all.add(e.path("entry")));
            if (!list.path("pagination").path("hasMoreItems").asBoolean(false) || list.path("entries").isEmpty()) {
                return all;
            }
        }
    }
}
