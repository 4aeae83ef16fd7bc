package nl.regiobesluit.routing.alfresco;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import feign.FeignException;
import org.alfresco.core.handler.GroupsApi;
import org.alfresco.core.handler.NodesApi;
import org.alfresco.core.model.AssociationBody;
import org.alfresco.core.model.GroupMember;
import org.alfresco.core.model.GroupMemberEntry;
import org.alfresco.core.model.GroupMemberPagingList;
import org.alfresco.core.model.Node;
import org.alfresco.core.model.NodeAssociationEntry;
import org.alfresco.core.model.NodeAssociationPagingList;
import org.alfresco.core.model.NodeBodyCreate;
import org.alfresco.core.model.NodeBodyUpdate;
import org.alfresco.search.handler.SearchApi;
import org.alfresco.search.model.RequestInclude;
import org.alfresco.search.model.RequestPagination;
import org.alfresco.search.model.RequestQuery;
import org.alfresco.search.model.RequestSortDefinition;
import org.alfresco.search.model.RequestSortDefinitionInner;
import org.alfresco.search.model.ResultNode;
import org.alfresco.search.model.ResultSetPagingList;
import org.alfresco.search.model.ResultSetRowEntry;
import org.alfresco.search.model.SearchRequest;
import org.springframework.stereotype.Component;

/**
 * The only place that talks to Alfresco's REST API (through the Alfresco Java SDK's Feign clients).
 * Errors are left as Feign exceptions: the routes' error handling decides what is retried.
 */
@Component
public class AlfrescoRepository {

    private static final List<String> NODE_INCLUDE = List.of("properties", "aspectNames");
    private static final int PAGE = 100;

    private final NodesApi nodes;
    private final GroupsApi groups;
    private final SearchApi search;

    public AlfrescoRepository(NodesApi nodes, GroupsApi groups, SearchApi search) {
        this.nodes = nodes;
        this.groups = groups;
        this.search = search;
    }

    public RepoNode node(String id) {
        return toRepoNode(Objects.requireNonNull(nodes.getNode(id, NODE_INCLUDE, null, null).getBody()).getEntry());
    }

    /** The folder a node is filed in (its primary parent), read fresh. */
    public RepoNode parent(String id) {
        String parentId = Objects.requireNonNull(nodes.getNode(id, null, null, List.of("id", "parentId")).getBody()).getEntry().getParentId();
        return node(parentId);
    }

    /** A FULL, persistent lock: nobody, the service included, can change the node any more. */
    public RepoNode lock(String id) {
        org.alfresco.core.model.NodeBodyLock body = new org.alfresco.core.model.NodeBodyLock();
        body.setType(org.alfresco.core.model.NodeBodyLock.TypeEnum.FULL);
        body.setLifetime(org.alfresco.core.model.NodeBodyLock.LifetimeEnum.PERSISTENT);
        return toRepoNode(Objects.requireNonNull(nodes.lockNode(id, body, NODE_INCLUDE, null).getBody()).getEntry());
    }

    /** The node at a path below Company Home, e.g. {@code Data Dictionary/Regiobesluit/composition.csv}. */
    public RepoNode nodeAt(String relativePath) {
        return toRepoNode(Objects.requireNonNull(nodes.getNode("-root-", NODE_INCLUDE, relativePath, null).getBody()).getEntry());
    }

    /** A node's content (small files only: it is read into memory). */
    public byte[] content(String id) {
        try {
            org.springframework.core.io.Resource body = nodes.getNodeContent(id, false, null, null).getBody();
            return body == null ? new byte[0] : body.getContentAsByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read the content of node " + id, e);
        }
    }

    /**
     * Only the id is asked back after a write whose answer nobody reads ({@code fields=id}, which Alfresco's v1 API
     * honours on every entity): otherwise Alfresco sends the whole node again, a vote result's ~25 KB of JSON included,
     * and decoding it was the largest single cost of a vote event (JFR, issue 13).
     */
    private static final List<String> ID_ONLY = List.of("id");

    /** Sets the given properties (a null value removes one) and adds aspects; other properties are untouched. */
    public void update(String id, Map<String, Object> properties, List<String> addAspects) {
        nodes.updateNode(id, body(id, null, properties, addAspects), null, ID_ONLY);
    }

    /** As {@link #update(String, Map, List)}, with the node's aspects as just read (saves reading them again). */
    public void update(RepoNode current, Map<String, Object> properties, List<String> addAspects) {
        nodes.updateNode(current.id(), body(current.id(), current.aspectNames(), properties, addAspects), null, ID_ONLY);
    }

    /** As {@link #update(RepoNode, Map, List)}, and returns the node as Alfresco holds it after the write. */
    public RepoNode updateAndRead(RepoNode current, Map<String, Object> properties, List<String> addAspects) {
        NodeBodyUpdate body = body(current.id(), current.aspectNames(), properties, addAspects);
        return toRepoNode(Objects.requireNonNull(nodes.updateNode(current.id(), body, NODE_INCLUDE, null).getBody()).getEntry());
    }

    private NodeBodyUpdate body(String id, List<String> currentAspects, Map<String, Object> properties, List<String> addAspects) {
        NodeBodyUpdate body = new NodeBodyUpdate();
        body.setProperties(new LinkedHashMap<>(properties));
        if (addAspects != null && !addAspects.isEmpty()) {
            List<String> aspects = new ArrayList<>(currentAspects != null ? currentAspects : node(id).aspectNames());
            addAspects.stream().filter(a -> !aspects.contains(a)).forEach(aspects::add);
            body.setAspectNames(aspects);
        }
        return body;
    }

    /** Creates a child node; Alfresco answers 409 if the parent already has a child of that name. */
    public RepoNode createChild(String parentId, String name, String nodeType, Map<String, Object> properties) {
        NodeBodyCreate body = new NodeBodyCreate();
        body.setName(name);
        body.setNodeType(nodeType);
        body.setProperties(new LinkedHashMap<>(properties));
        return toRepoNode(Objects.requireNonNull(nodes.createNode(parentId, body, false, null, null, NODE_INCLUDE, null).getBody()).getEntry());
    }

    /**
     * Creates the node that a step makes for a proposal, or finds the one an interrupted earlier run made:
     * the step creates the node and links it in two calls, so a crash in between leaves an unlinked node with the
     * same name. It is taken over only if no other proposal links to it; otherwise a fresh, renamed node is made.
     */
    public RepoNode createOrAdopt(String parentId, String name, String nodeType, Map<String, Object> properties,
                                  String proposalId, String assocType) {
        try {
            return createChild(parentId, name, nodeType, properties);
        } catch (FeignException.Conflict clash) {
            RepoNode existing = child(parentId, name);
            boolean ours = nodeType.equals(existing.nodeType()) && linkedOnlyTo(existing.id(), assocType, proposalId);
            if (ours) {
                return existing;
            }
            NodeBodyCreate body = new NodeBodyCreate();
            body.setName(name);
            body.setNodeType(nodeType);
            body.setProperties(new LinkedHashMap<>(properties));
            return toRepoNode(Objects.requireNonNull(nodes.createNode(parentId, body, true, null, null, NODE_INCLUDE, null).getBody()).getEntry());
        }
    }

    private boolean linkedOnlyTo(String nodeId, String assocType, String proposalId) {
        // the proposal may be the source (council decision, decision record) or the target (agenda item) of the link
        List<RepoNode> linked = new ArrayList<>(sources(nodeId, assocType));
        linked.addAll(targets(nodeId, assocType));
        return linked.stream().allMatch(n -> n.id().equals(proposalId));
    }

    /** The child of a folder with this name ({@code relativePath}). */
    public RepoNode child(String parentId, String name) {
        return toRepoNode(Objects.requireNonNull(nodes.getNode(parentId, NODE_INCLUDE, name, null).getBody()).getEntry());
    }

    /** Links two nodes; an existing link (409) is fine, since a step may run again after a failure. */
    public void link(String sourceId, String targetId, String assocType) {
        AssociationBody body = new AssociationBody();
        body.setTargetId(targetId);
        body.setAssocType(assocType);
        try {
            nodes.createAssociation(sourceId, body, null);
        } catch (FeignException.Conflict alreadyLinked) {
            // nothing to do
        }
    }

    public List<RepoNode> targets(String sourceId, String assocType) {
        List<RepoNode> result = new ArrayList<>();
        int skip = 0;
        while (true) {
            NodeAssociationPagingList page = Objects.requireNonNull(nodes.listTargetAssociations(
                    sourceId, "(assocType='" + assocType + "')", NODE_INCLUDE, skip, PAGE, null).getBody()).getList();
            for (NodeAssociationEntry e : page.getEntries()) {
                result.add(toRepoNode(e.getEntry()));
            }
            if (page.getPagination() == null || !Boolean.TRUE.equals(page.getPagination().isHasMoreItems())) {
                return result;
            }
            skip += page.getEntries().size();
        }
    }

    public List<RepoNode> sources(String targetId, String assocType) {
        List<RepoNode> result = new ArrayList<>();
        int skip = 0;
        while (true) {
            NodeAssociationPagingList page = Objects.requireNonNull(nodes.listSourceAssociations(
                    targetId, "(assocType='" + assocType + "')", NODE_INCLUDE, skip, PAGE, null).getBody()).getList();
            for (NodeAssociationEntry e : page.getEntries()) {
                result.add(toRepoNode(e.getEntry()));
            }
            if (page.getPagination() == null || !Boolean.TRUE.equals(page.getPagination().isHasMoreItems())) {
                return result;
            }
            skip += page.getEntries().size();
        }
    }

    /**
     * Whether the user is a member of the group, directly or through a group inside it.
     *
     * <p>Read from the group's members ({@code GET /groups/{groupId}/members}), which any signed-in user may list, and
     * not from the user's groups ({@code GET /people/{personId}/groups}): Alfresco answers that one with 403 for anyone
     * but the user themselves or an administrator (GroupsImpl.getGroupsByPersonId: "Non-admins can only access their
     * own data"; recorded on ACS 25.2 in ../shared/reference/alfresco/real-acs-25.2), so the service account would need
     * to be an administrator. Alfresco lists a group's members with a search (AuthorityDAOImpl.findAuthorities), so a
     * member added a moment ago appears once the search index has caught up.
     */
    public boolean isMember(String userId, String groupId) {
        return groupMembers(groupId).stream().anyMatch(userId::equalsIgnoreCase);
    }

    /** Every person in the group, also through the groups inside it (each group read once). */
    public java.util.Set<String> groupMembers(String groupId) {
        java.util.Set<String> persons = new java.util.LinkedHashSet<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        java.util.Deque<String> todo = new java.util.ArrayDeque<>(List.of(groupId));
        while (!todo.isEmpty()) {
            String group = todo.pop();
            if (!seen.add(group)) {
                continue;
            }
            int skip = 0;
            while (true) {
                // A group that does not exist is a setting to fix: its 404 fails the step and names the group.
                GroupMemberPagingList page = Objects.requireNonNull(
                        groups.listGroupMemberships(group, skip, PAGE, null, null, null).getBody()).getList();
                for (GroupMemberEntry m : page.getEntries()) {
                    if (m.getEntry().getMemberType() == GroupMember.MemberTypeEnum.GROUP) {
                        todo.push(m.getEntry().getId());
                    } else {
                        persons.add(m.getEntry().getId());
                    }
                }
                if (page.getPagination() == null || !Boolean.TRUE.equals(page.getPagination().isHasMoreItems())) {
                    break;
                }
                skip += page.getEntries().size();
            }
        }
        return persons;
    }

    /** An AFTS query over the whole repository, every page. */
    public List<RepoNode> search(String afts) {
        List<RepoNode> result = new ArrayList<>();
        searchPages(afts, 0, (page, total) -> result.addAll(page));
        return result;
    }

    /**
     * An AFTS query handed over page by page from {@code skip} on, oldest first (so a later run can resume where
     * an earlier one stopped), never held whole in memory, each with the total number of matches (when Alfresco
     * gives it). Returns that total.
     */
    public long searchPages(String afts, long skip, java.util.function.BiConsumer<List<RepoNode>, Long> pages) {
        long offset = skip;
        while (true) {
            ResultSetPagingList page = searchRequest(afts, offset, PAGE, "cm:created", true);
            List<RepoNode> nodes = new ArrayList<>();
            for (ResultSetRowEntry e : page.getEntries()) {
                nodes.add(toRepoNode(e.getEntry()));
            }
            Long total = page.getPagination() == null ? null : page.getPagination().getTotalItems();
            pages.accept(nodes, total);
            offset += nodes.size();
            if (page.getPagination() == null || !Boolean.TRUE.equals(page.getPagination().isHasMoreItems()) || nodes.isEmpty()) {
                return total == null ? offset : total;
            }
        }
    }

    /** One page of a query, sorted on a field; for people paging through results. */
    public SearchPage searchPage(String afts, long skip, int max, String sortField, boolean ascending) {
        ResultSetPagingList page = searchRequest(afts, skip, max, sortField, ascending);
        List<RepoNode> nodes = new ArrayList<>();
        for (ResultSetRowEntry e : page.getEntries()) {
            nodes.add(toRepoNode(e.getEntry()));
        }
        boolean more = page.getPagination() != null && Boolean.TRUE.equals(page.getPagination().isHasMoreItems());
        Long total = page.getPagination() == null ? null : page.getPagination().getTotalItems();
        return new SearchPage(nodes, total, more);
    }

    /** A page of search results: the nodes, the total where Alfresco gives it, and whether more follow. */
    public record SearchPage(List<RepoNode> nodes, Long total, boolean hasMore) {
    }

    private ResultSetPagingList searchRequest(String afts, long skip, int max, String sortField, boolean ascending) {
        SearchRequest request = new SearchRequest();
        RequestQuery query = new RequestQuery();
        query.setLanguage(RequestQuery.LanguageEnum.AFTS);
        query.setQuery(afts);
        request.setQuery(query);
        RequestPagination paging = new RequestPagination();
        paging.setSkipCount((int) skip);
        paging.setMaxItems(max);
        request.setPaging(paging);
        RequestInclude include = new RequestInclude();
        include.addAll(NODE_INCLUDE);
        request.setInclude(include);
        RequestSortDefinition sort = new RequestSortDefinition();
        RequestSortDefinitionInner order = new RequestSortDefinitionInner();
        order.setType(RequestSortDefinitionInner.TypeEnum.FIELD);
        order.setField(sortField);
        order.setAscending(ascending);
        sort.add(order);
        request.setSort(sort);
        return Objects.requireNonNull(search.search(request).getBody()).getList();
    }

    @SuppressWarnings("unchecked")
    private static RepoNode toRepoNode(Node n) {
        return new RepoNode(n.getId(), n.getName(), n.getNodeType(), n.getAspectNames(),
                (Map<String, Object>) n.getProperties(), n.getModifiedByUser() == null ? null : n.getModifiedByUser().getId(),
                n.getModifiedAt());
    }

    @SuppressWarnings("unchecked")
    private static RepoNode toRepoNode(ResultNode n) {
        return new RepoNode(n.getId(), n.getName(), n.getNodeType(), n.getAspectNames(),
                (Map<String, Object>) n.getProperties(), n.getModifiedByUser() == null ? null : n.getModifiedByUser().getId(),
                n.getModifiedAt());
    }
}
