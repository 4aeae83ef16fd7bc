package nl.regiobesluit.routing.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * docker/bootstrap/access.json, the one description of the sites, groups, users and permissions that the docker
 * bootstrap (bootstrap.sh, with jq) sets up in a real Alfresco and that the simulator sets up in itself
 * ({@link AlfrescoSimulator#bootstrap}): read with Jackson and expanded for the region's municipalities exactly as
 * bootstrap.sh expands it (same placeholders, same slug), so the two cannot drift apart.
 */
public final class AccessDescription {

    /** A user as the bootstrap creates it, with the password its variable resolves to. */
    public record User(String id, String firstName, String lastName, String jobTitle, String password, List<String> groups) {
    }

    /** A locally set permission: an authority (user or group) and an Alfresco role. */
    public record Grant(String authority, String role) {
    }

    /** A folder below the site's documentLibrary, with its locally set permissions. */
    public record Folder(String path, String title, boolean inheritPermissions, List<Grant> permissions) {
    }

    public record Group(String id, String displayName) {
    }

    public final String siteId;
    public final String siteTitle;
    public final String siteVisibility;
    public final String serviceUser;
    public final User admin;
    public final List<Group> groups = new ArrayList<>();
    public final List<User> users = new ArrayList<>();
    /** Site members (users and groups) with their site role. */
    public final List<Grant> siteMembers = new ArrayList<>();
    public final List<Folder> folders = new ArrayList<>();
    /** Per municipality: the path of its council folder (routing-service's council-folder). */
    public final Map<String, String> councilFolders = new LinkedHashMap<>();
    public final String agendaFolder;
    public final String decisionRecordFolder;

    private AccessDescription(JsonNode root, List<String> municipalities) {
        Map<String, String> vars = new LinkedHashMap<>();
        root.path("defaults").properties().forEach(e -> vars.put(e.getKey(), e.getValue().asText()));
        siteId = vars.get("SITE_ID");
        serviceUser = vars.get("SERVICE_USER");
        JsonNode site = root.path("site");
        siteTitle = site.path("title").asText();
        siteVisibility = site.path("visibility").asText("PUBLIC");
        admin = new User(root.path("admin").path("id").asText(), null, null, null,
                vars.get(root.path("admin").path("password").asText()), List.of());
        read(root, vars, Map.of());
        for (String m : municipalities) {
            Map<String, String> local = Map.of("municipality", m, "slug", slug(m), "SLUG", slug(m).toUpperCase(Locale.ROOT));
            read(root.path("perMunicipality"), vars, local);
            councilFolders.put(m, fill(root.path("routing").path("councilFolder").asText(), vars, local));
        }
        agendaFolder = root.path("routing").path("agendaFolder").asText();
        decisionRecordFolder = root.path("routing").path("decisionRecordFolder").asText();
    }

    private void read(JsonNode part, Map<String, String> vars, Map<String, String> local) {
        for (JsonNode g : part.path("groups")) {
            groups.add(new Group(fill(g.path("id").asText(), vars, local), fill(g.path("displayName").asText(), vars, local)));
        }
        for (JsonNode u : part.path("users")) {
            List<String> in = new ArrayList<>();
            u.path("groups").forEach(g -> in.add(fill(g.asText(), vars, local)));
            users.add(new User(fill(u.path("id").asText(), vars, local), fill(u.path("firstName").asText(), vars, local),
                    fill(u.path("lastName").asText(), vars, local), fill(u.path("jobTitle").asText(), vars, local),
                    vars.get(u.path("password").asText()), List.copyOf(in)));
        }
        for (JsonNode s : part.path("siteMembers")) {
            siteMembers.add(new Grant(fill(s.path("id").asText(), vars, local), s.path("role").asText()));
        }
        for (JsonNode f : part.path("folders")) {
            List<Grant> grants = new ArrayList<>();
            f.path("permissions").forEach(p -> grants.add(new Grant(fill(p.path("authority").asText(), vars, local), p.path("role").asText())));
            folders.add(new Folder(fill(f.path("path").asText(), vars, local), fill(f.path("title").asText(), vars, local),
                    f.path("inheritPermissions").asBoolean(true), List.copyOf(grants)));
        }
    }

    private static String fill(String text, Map<String, String> vars, Map<String, String> local) {
        String result = text;
        for (Map.Entry<String, String> e : local.entrySet()) {
            result = result.replace("{" + e.getKey() + "}", e.getValue());
        }
        for (Map.Entry<String, String> e : vars.entrySet()) {
            result = result.replace("{" + e.getKey() + "}", e.getValue());
        }
        return result;
    }

    /** The description for these municipalities, read from the repository's docker/bootstrap/access.json. */
    public static AccessDescription forRegion(List<String> municipalities) {
        return load(repoRoot().resolve("docker/bootstrap/access.json"), municipalities);
    }

    public static AccessDescription load(Path file, List<String> municipalities) {
        try {
            return new AccessDescription(new ObjectMapper().readTree(Files.readString(file)), municipalities);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final java.util.regex.Pattern MAIL_DOMAIN_DEFAULT =
            java.util.regex.Pattern.compile("DEMO_MAIL_DOMAIN=\"\\$\\{DEMO_MAIL_DOMAIN:-([^}]+)}\"");

    /** The e-mail domain bootstrap.sh gives the people it creates when DEMO_MAIL_DOMAIN is not set, read from the script. */
    public static String demoMailDomain() {
        Path script = repoRoot().resolve("docker/bootstrap/bootstrap.sh");
        try {
            java.util.regex.Matcher m = MAIL_DOMAIN_DEFAULT.matcher(Files.readString(script));
            if (!m.find()) {
                throw new IllegalStateException(script + ": no default for DEMO_MAIL_DOMAIN");
            }
            return m.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path repoRoot() {
        return Path.of(System.getProperty("regio.repo.root", ".."));
    }

    /**
     * Does in the simulator what bootstrap.sh does in Alfresco: the groups, the users with their passwords and groups,
     * the site (its documentLibrary with the site's role permissions, inheritance off as on a site node), the site
     * members in their role groups, the folders with their locally set permissions; then enforces them all.
     * Returns the node id of every folder path ("" is the documentLibrary).
     */
    Map<String, String> applyTo(AlfrescoSimulator sim, java.util.function.Function<String, String> folderIds) {
        SimAccess access = sim.access();
        access.setAdmin(admin.id(), admin.password());
        // Alfresco's own administrator person is "Administrator" (recorded on ACS 25.2: transcript lines 31 and 34;
        // bootstrap/system.xml: an empty lastName and admin@alfresco.com).
        sim.describePerson(admin.id(), "Administrator", "", null, "admin@alfresco.com");
        groups.forEach(g -> sim.addGroup(g.id()));
        String mailDomain = demoMailDomain();
        for (User u : users) {
            List<String> in = new ArrayList<>(u.groups());
            in.add(SimAccess.EVERYONE);
            sim.addPerson(u.id(), in.toArray(String[]::new));
            // bootstrap.sh creates the person with firstName, lastName, jobTitle and {id}@DEMO_MAIL_DOMAIN.
            sim.describePerson(u.id(), u.firstName(), u.lastName(), u.jobTitle(), u.id() + "@" + mailDomain);
            access.addUser(u.id(), u.password());
        }
        // SiteServiceImpl: the site (st:site below Sites) with its documentLibrary, which inherits from it; a group per
        // role inside GROUP_site_{id}; the role on the site node, which does not inherit;
        // for a PUBLIC site GROUP_EVERYONE is SiteConsumer; for every site GROUP_EVERYONE has ReadPermissions.
        Map<String, String> ids = new LinkedHashMap<>();
        String doclib = folderIds.apply("");
        String site = sim.addSite(siteId, siteTitle, siteVisibility, doclib).id();
        ids.put("", doclib);
        String siteGroup = "GROUP_site_" + siteId;
        access.inherit(site, false);
        for (String role : SimAccess.SITE_ROLES) {
            access.addToGroup(siteGroup + "_" + role, siteGroup);
            access.grant(site, siteGroup + "_" + role, role);
        }
        if ("PUBLIC".equals(siteVisibility)) {
            access.grant(site, SimAccess.EVERYONE, "SiteConsumer");
        }
        // SiteServiceImpl.createSite: "No matter what, everyone must be able to read permissions on the site".
        access.grant(site, SimAccess.EVERYONE, "ReadPermissions");
        siteMembers.forEach(m -> access.addToGroup(m.authority(), siteGroup + "_" + m.role()));
        for (Folder f : folders) {
            String parent = doclib;
            String path = "";
            for (String segment : f.path().split("/")) {
                path = path.isEmpty() ? segment : path + "/" + segment;
                if (!ids.containsKey(path)) {
                    ids.put(path, sim.addFolder(folderIds.apply(path), segment, parent).id());
                }
                parent = ids.get(path);
            }
            access.inherit(parent, f.inheritPermissions());
            for (Grant g : f.permissions()) {
                access.grant(parent, g.authority(), g.role());
            }
        }
        access.enforce();
        return ids;
    }

    /** A user's password as the description gives it (null for someone it does not describe). */
    public String password(String user) {
        if (admin.id().equals(user)) {
            return admin.password();
        }
        return users.stream().filter(u -> u.id().equals(user)).map(User::password).findFirst().orElse(null);
    }

    /**
     * A user id part from a municipality name, as bootstrap.sh's {@code slug}: "Alphen aan den Rijn" becomes
     * "alphen-aan-den-rijn" (lower case, accents dropped, ÿ as ij, every other run of characters a hyphen).
     */
    public static String slug(String name) {
        String lower = name.toLowerCase(Locale.ROOT).replace("ÿ", "ij");
        String plain = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+", "").replaceAll("-+$", "");
    }
}
