package nl.regiobesluit.routing.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Who may do what in the simulated Alfresco: users and their passwords, groups inside groups, a site's roles and the
 * permissions set locally on nodes (inherited down the folders unless switched off), owners and lock owners. The
 * simulator asks it before every read and write; {@link AlfrescoSimulator#bootstrap} fills it from
 * {@link AccessDescription} (docker/bootstrap/access.json) as bootstrap.sh fills a real Alfresco.
 *
 * <p>Until something is described the simulator is open (any password, every permission), for tests of the content
 * model or the REST shapes alone. Once described, it is strict, and where unsure what Alfresco does it refuses.
 *
 * <p>What Alfresco does, and where that is written:
 * <ul>
 *   <li>Roles (Alfresco's permissionDefinitions.xml, permissionSet cm:cmobject; sitePermissionDefinitions.xml):
 *       Consumer = Read; Editor = Consumer + Write + CheckOut (which includes cm:lockable Lock) + ReadPermissions;
 *       Contributor = Consumer + AddChildren + ReadPermissions; Collaborator = Editor + Contributor; Coordinator has
 *       full control. SiteConsumer is Consumer + ReadPermissions, SiteContributor and SiteCollaborator include
 *       Contributor and Collaborator; SiteManager has full control. Delete, Unlock and ChangePermissions belong to full
 *       control only. ReadPermissions alone is a role too: SiteServiceImpl.createSite gives it to GROUP_EVERYONE on
 *       every site.</li>
 *   <li>Global permissions (same file): ROLE_ADMINISTRATOR and ROLE_OWNER have FullControl, ROLE_LOCK_OWNER has Unlock.
 *       The owner is cm:owner, else cm:creator (OwnableServiceImpl.getOwner).</li>
 *   <li>Which permission a call needs (public-services-security-context.xml): createNode needs CreateChildren on the
 *       parent, setProperties/addAspect WriteProperties, createAssociation WriteProperties on the source and
 *       ReadProperties on the target, deleteNode DeleteNode, LockService.lock cm:lockable.Lock, unlock
 *       cm:lockable.Unlock; reads ReadProperties. A refusal is an AccessDeniedException, which the v1 API answers with
 *       403 (public-rest-context.xml), except a lookup by relativePath: NodesImpl turns that into 404 "as per security
 *       review - uuid vs path".</li>
 *   <li>Sites (SiteServiceImpl): the site node does not inherit; each role group GROUP_site_{id}_{Role} has its role on
 *       it, all role groups are inside GROUP_site_{id}, and for a PUBLIC site GROUP_EVERYONE is SiteConsumer.</li>
 *   <li>Locks (LockServiceImpl.checkForLock): a FULL lock (READ_ONLY_LOCK) refuses every change, the lock owner's too;
 *       ALLOW_OWNER_CHANGES (WRITE_LOCK) refuses everyone but the lock owner: NodeLockedException, 409. Locking a node
 *       someone else holds locked: UnableToAquireLockException, 422. Recorded on ACS 25.2 (transcript steps "update
 *       locked node (owner)" 409 and "unlock by other user" 200 by a SiteManager).</li>
 *   <li>Credentials: an unknown user or a wrong password is 401 (transcript step "wrong password").</li>
 * </ul>
 * Not modelled: DENIED entries, the requiredPermission checks on the parent (ReadChildren), lock expiry, ownership
 * changes (cm:ownable is never set), and the spaces below Company Home other than a site (they inherit its
 * GROUP_EVERYONE Consumer, bootstrap/spaces.xml).
 */
public final class SimAccess {

    /** What a call needs on a node. */
    public enum Permission { READ, WRITE, ADD_CHILDREN, DELETE, LOCK, UNLOCK, CHANGE_PERMISSIONS, READ_PERMISSIONS }

    public static final String EVERYONE = "GROUP_EVERYONE";

    // ReadPermissions (permissionDefinitions.xml): Editor and Contributor include it, Consumer does not;
    // SiteConsumer is Consumer + ReadPermissions (sitePermissionDefinitions.xml).
    private static final Set<Permission> CONSUMER = EnumSet.of(Permission.READ);
    private static final Set<Permission> SITE_CONSUMER = EnumSet.of(Permission.READ, Permission.READ_PERMISSIONS);
    private static final Set<Permission> EDITOR = EnumSet.of(Permission.READ, Permission.WRITE, Permission.LOCK, Permission.READ_PERMISSIONS);
    private static final Set<Permission> CONTRIBUTOR = EnumSet.of(Permission.READ, Permission.ADD_CHILDREN, Permission.READ_PERMISSIONS);
    private static final Set<Permission> COLLABORATOR = EnumSet.of(Permission.READ, Permission.WRITE, Permission.LOCK,
            Permission.ADD_CHILDREN, Permission.READ_PERMISSIONS);
    private static final Set<Permission> FULL = EnumSet.allOf(Permission.class);
    private static final Map<String, Set<Permission>> ROLES = Map.of(
            "Consumer", CONSUMER, "SiteConsumer", SITE_CONSUMER,
            "Editor", EDITOR,
            "Contributor", CONTRIBUTOR, "SiteContributor", CONTRIBUTOR,
            "Collaborator", COLLABORATOR, "SiteCollaborator", COLLABORATOR,
            "Coordinator", FULL, "SiteManager", FULL,
            "ReadPermissions", EnumSet.of(Permission.READ_PERMISSIONS));
    /**
     * The roles PermissionService.getSettablePermissions offers on a cm:cmobject (permissionSet cm:content and
     * cm:folder, expose="true"); recorded on ACS 25.2 for an rb:proposal (transcript line 7) in this order.
     */
    public static final List<String> SETTABLE = List.of("Contributor", "Collaborator", "Coordinator", "Editor", "Consumer");
    /** The site roles, as SiteServiceImpl makes a group for each. */
    public static final List<String> SITE_ROLES = List.of("SiteConsumer", "SiteContributor", "SiteCollaborator", "SiteManager");

    private record Ace(String authority, String role) {
    }

    private final Map<String, String> passwords = new HashMap<>();
    /** Groups an authority (user or group) is directly in, besides the simulator's own person groups. */
    private final Map<String, Set<String>> memberOf = new HashMap<>();
    private final Map<String, List<Ace>> acl = new HashMap<>();
    private final Set<String> noInheritance = new HashSet<>();
    private final Function<String, Set<String>> personGroups;
    private String admin = AlfrescoSimulator.ADMIN;
    private boolean strict;

    SimAccess(Function<String, Set<String>> personGroups) {
        this.personGroups = personGroups;
        reset();
    }

    /** Open again: nobody described, nothing enforced. */
    synchronized void reset() {
        passwords.clear();
        memberOf.clear();
        acl.clear();
        noInheritance.clear();
        strict = false;
        // Company Home (bootstrap/spaces.xml): GROUP_EVERYONE is Consumer, inheritance off.
        grant(AlfrescoSimulator.ROOT_ID, EVERYONE, "Consumer");
        inherit(AlfrescoSimulator.ROOT_ID, false);
    }

    /** Whether permissions and passwords are enforced (after {@link AlfrescoSimulator#bootstrap} or {@link #enforce}). */
    public synchronized boolean strict() {
        return strict;
    }

    /** From now on passwords and permissions count. */
    public synchronized void enforce() {
        strict = true;
    }

    public synchronized void addUser(String id, String password) {
        passwords.put(id, password);
    }

    public synchronized void setAdmin(String id, String password) {
        admin = id;
        passwords.put(id, password);
    }

    /** Puts a user or a group into a group (as POST /groups/{id}/members, or joining a site puts it in a role group). */
    public synchronized void addToGroup(String authority, String group) {
        memberOf.computeIfAbsent(authority, a -> new LinkedHashSet<>()).add(group);
    }

    /** Sets a role for an authority on a node (as PUT /nodes/{id} with permissions.locallySet does). */
    public synchronized void grant(String nodeId, String authority, String role) {
        if (!ROLES.containsKey(role)) {
            throw new IllegalArgumentException("unknown role " + role);
        }
        acl.computeIfAbsent(nodeId, n -> new ArrayList<>()).add(new Ace(authority, role));
    }

    /** Switches inheritance of permissions from the parent on or off (permissions.isInheritanceEnabled). */
    public synchronized void inherit(String nodeId, boolean inherit) {
        if (inherit) {
            noInheritance.remove(nodeId);
        } else {
            noInheritance.add(nodeId);
        }
    }

    // ------------------------------------------------------------------ asking

    /** The user of a Basic Authorization header whose password is right; null if it is not (Alfresco: 401). */
    synchronized String authenticate(String authorization) {
        if (authorization == null || !authorization.startsWith("Basic ")) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        String user = decoded.substring(0, colon);
        if (!strict) {
            return user;
        }
        return decoded.substring(colon + 1).equals(passwords.get(user)) ? user : null;
    }

    public synchronized boolean isAdmin(String user) {
        return admin.equals(user);
    }

    /** The user and every group it is in, directly or through other groups, GROUP_EVERYONE included. */
    public synchronized Set<String> authorities(String user) {
        Set<String> all = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(user, EVERYONE));
        while (!todo.isEmpty()) {
            String a = todo.pop();
            if (all.add(a)) {
                todo.addAll(memberOf.getOrDefault(a, Set.of()));
                Set<String> groups = personGroups.apply(a);
                if (groups != null) {
                    todo.addAll(groups);
                }
            }
        }
        return all;
    }

    /** Whether the user has this permission on the node ({@code nodes} finds a node's parent). */
    public synchronized boolean may(String user, SimNode node, Permission permission, Function<String, SimNode> nodes) {
        if (!strict || isAdmin(user)) {
            return true;
        }
        Object owner = node.properties.get("cm:owner");
        if (user.equals(owner != null ? owner : node.createdBy)) {
            return true; // ROLE_OWNER: FullControl
        }
        if (permission == Permission.UNLOCK && user.equals(node.properties.get("cm:lockOwner"))) {
            return true; // ROLE_LOCK_OWNER: Unlock
        }
        Set<String> mine = authorities(user);
        SimNode n = node;
        while (n != null) {
            for (Ace ace : acl.getOrDefault(n.id, List.of())) {
                if (mine.contains(ace.authority) && ROLES.get(ace.role).contains(permission)) {
                    return true;
                }
            }
            if (noInheritance.contains(n.id) || n.parentId == null) {
                return false;
            }
            n = nodes.apply(n.parentId);
        }
        return false;
    }

    /** A permission set on a node: who, which role, and whether set on the node itself or inherited from above. */
    public record SetPermission(String authority, String role, boolean direct) {
    }

    /**
     * What PermissionService.getAllSetPermissions gives: the node's own entries and those inherited from its ancestors,
     * up to and including the first that does not inherit (ACS 25.2, transcript line 7: a document in the site lists
     * the site's entries as inherited).
     */
    public synchronized List<SetPermission> allSetPermissions(SimNode node, Function<String, SimNode> nodes) {
        List<SetPermission> all = new ArrayList<>();
        for (SimNode n = node; n != null; n = n.parentId == null ? null : nodes.apply(n.parentId)) {
            boolean direct = n == node;
            acl.getOrDefault(n.id, List.of()).forEach(a -> all.add(new SetPermission(a.authority, a.role, direct)));
            if (noInheritance.contains(n.id)) {
                break;
            }
        }
        return all;
    }

    /** Whether the node inherits its parent's permissions (PermissionService.getInheritParentPermissions). */
    public synchronized boolean inherits(SimNode node) {
        return !noInheritance.contains(node.id);
    }

    /** As {@link #may}, refusing with Alfresco's 403 (AccessDeniedException) when not. */
    public void require(String user, SimNode node, Permission permission, Function<String, SimNode> nodes) {
        if (!may(user, node, permission, nodes)) {
            throw new Refused(403, "framework.exception.PermissionDenied", "Permission was denied");
        }
    }

    /** Refuses a change to a locked node as LockServiceImpl.checkForLock does: 409 (NodeLockedException). */
    public void requireUnlocked(String user, SimNode node) {
        if (!node.aspectNames.contains("cm:lockable")) {
            return;
        }
        Object type = node.properties.get("cm:lockType");
        boolean owner = user.equals(node.properties.get("cm:lockOwner"));
        if ("READ_ONLY_LOCK".equals(type) || "NODE_LOCK".equals(type) || !owner) {
            throw new Refused(409, "framework.exception.ApiDefault",
                    "Cannot perform operation since the node (id:" + node.id + ") is locked.");
        }
    }

    /** A refusal with Alfresco's status and errorKey. */
    public static final class Refused extends RuntimeException {
        public final int status;
        public final String errorKey;

        Refused(int status, String errorKey, String message) {
            super(message);
            this.status = status;
            this.errorKey = errorKey;
        }
    }
}
