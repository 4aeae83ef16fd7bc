package nl.regiobesluit.routing.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.regiobesluit.shared.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start with an unset or well-known password for the operator account or the broker, unless the demo
 * profile is active. Without it the service would come up silently with {@code change-me} and ActiveMQ's
 * {@code admin/admin} (issue 10), and a forgotten setting would go unnoticed in production.
 *
 * <p>It listens for {@link ApplicationEnvironmentPreparedEvent} (registered in {@code META-INF/spring.factories}), so the
 * check runs once the configuration is read and before any bean connects to the broker or opens the database.
 * It runs last among those listeners, after Boot's config-data processing has resolved the active profiles.
 */
public class InsecureDefaultsCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    /** The profile under which the demo passwords are allowed (docker-compose sets it). */
    public static final String DEMO_PROFILE = "demo";

    private static final Logger LOG = LoggerFactory.getLogger(InsecureDefaultsCheck.class);

    /** A password that must be set, where to set it, and the well-known values that count as not set. */
    record Secret(String property, String environmentVariable, Set<String> wellKnown) {
    }

    /**
     * The operator account's former default ({@code change-me}), and the broker's {@code admin} password: the admin
     * account of Alfresco's broker image alfresco/alfresco-activemq defaults to admin/admin (ACTIVEMQ_ADMIN_LOGIN /
     * ACTIVEMQ_ADMIN_PASSWORD, README of github.com/Alfresco/alfresco-docker-activemq), as ActiveMQ Classic's own
     * distribution does.
     */
    static final List<Secret> SECRETS = List.of(
            new Secret("spring.security.user.password", "REGIOBESLUIT_ADMIN_PASSWORD", Set.of("change-me")),
            new Secret("spring.activemq.password", "ACTIVEMQ_PASSWORD", Set.of("admin")));

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        check(event.getEnvironment());
    }

    /** Throws {@link InsecureDefaultsException} naming every unset or well-known password, unless in the demo profile. */
    static void check(ConfigurableEnvironment environment) {
        List<Problem> problems = new ArrayList<>();
        for (Secret secret : SECRETS) {
            String value = environment.getProperty(secret.property());
            if (value == null || value.isBlank() || secret.wellKnown().contains(value)) {
                problems.add(problem(secret));
            }
        }
        if (problems.isEmpty()) {
            return;
        }
        if (environment.acceptsProfiles(Profiles.of(DEMO_PROFILE))) {
            LOG.warn("Profiel '{}' actief: standaardwachtwoorden toegestaan, alleen voor een demo / profile '{}' active: "
                    + "default passwords allowed, for a demo only ({})", DEMO_PROFILE, DEMO_PROFILE,
                    String.join(", ", problems.stream().map(Problem::field).toList()));
            return;
        }
        throw new InsecureDefaultsException(problems);
    }

    static Problem problem(Secret s) {
        return Problem.bilingualAt(null, 0, s.property(),
                "leeg of een standaardwachtwoord; zet " + s.environmentVariable() + ", of gebruik profiel '"
                        + DEMO_PROFILE + "' (alleen demo)",
                "empty or a default password; set " + s.environmentVariable() + ", or use profile '" + DEMO_PROFILE
                        + "' (demo only)");
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
