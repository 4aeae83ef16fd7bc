package nl.regiobesluit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The decision records an AFTS query finds, read page by page through Alfresco's search API and each completed with its
 * route ({@link RecordBundle#fetch}), so only one page is held at a time however many records match.
 */
final class AlfrescoRecords implements Iterable<RecordBundle> {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final AlfrescoClient alfresco;
    private final String afts;
    private final String sortField;
    private final boolean ascending;
    private final int pageSize;

    AlfrescoRecords(AlfrescoClient alfresco, String afts, String sortField, boolean ascending, int pageSize) {
        this.alfresco = alfresco;
        this.afts = afts;
        this.sortField = sortField;
        this.ascending = ascending;
        this.pageSize = pageSize;
    }

    /** How many records the query finds now (for progress; the search is asked for one entry). */
    long total() {
        return page(0, 1).path("pagination").path("totalItems").asLong(-1);
    }

    @Override
    public Iterator<RecordBundle> iterator() {
        return new Iterator<>() {
            private final Deque<JsonNode> page = new ArrayDeque<>();
            private int skip;
            private boolean more = true;

            @Override
            public boolean hasNext() {
                if (page.isEmpty() && more) {
                    JsonNode list = page(skip, pageSize);
                    list.path("entries").forEach(e -> page.add(e.path("entry")));
                    skip += list.path("entries").size();
                    more = list.path("pagination").path("hasMoreItems").asBoolean(false) && !list.path("entries").isEmpty();
                }
                return !page.isEmpty();
            }

            @Override
            public RecordBundle next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return RecordBundle.fetch(alfresco, page.removeFirst());
            }
        };
    }

    private JsonNode page(int skip, int max) {
        ObjectNode request = MAPPER.createObjectNode();
        request.putObject("query").put("language", "afts").put("query", afts);
        request.putObject("paging").put("maxItems", max).put("skipCount", skip);
        request.putArray("include").add("properties").add("aspectNames");
        request.putArray("sort").addObject().put("type", "FIELD").put("field", sortField).put("ascending", ascending);
        return alfresco.search(request);
    }
}
