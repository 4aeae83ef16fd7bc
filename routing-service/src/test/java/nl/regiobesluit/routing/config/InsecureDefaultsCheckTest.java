package nl.regiobesluit.routing.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.regiobesluit.routing.RoutingServiceApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.env.MockEnvironment;

/**
 * The service does not start with an unset or well-known operator or broker password (issue 10, "no insecure
 * defaults"), except under the demo profile that docker-compose sets.
 */
@ExtendWith(OutputCaptureExtension.class)
class InsecureDefaultsCheckTest {

    private static final String OPERATOR = "spring.security.user.password";
    private static final String BROKER = "spring.activemq.password";

    @Test
    void theServiceWithNothingConfiguredRefusesToStartNamingBothPasswordsInOneLineEachWithoutAStackTrace(CapturedOutput output) {
        // The real application with its own application.yml and no profile: it stops while reading its configuration,
        // before any bean connects to a broker or opens a database.
        assertThatThrownBy(() -> new SpringApplicationBuilder(RoutingServiceApplication.class)
                .run("--spring.main.banner-mode=off").close())
                .isInstanceOf(InsecureDefaultsException.class);

        assertThat(output.getOut() + output.getErr())
                .contains("veld '" + OPERATOR + "': leeg of een standaardwachtwoord; zet REGIOBESLUIT_ADMIN_PASSWORD, of gebruik "
                        + "profiel 'demo' (alleen demo) / field '" + OPERATOR + "': empty or a default password; set "
                        + "REGIOBESLUIT_ADMIN_PASSWORD, or use profile 'demo' (demo only)")
                .contains("veld '" + BROKER + "'", "set ACTIVEMQ_PASSWORD")
                .contains("APPLICATION FAILED TO START")
                .doesNotContain("\tat nl.regiobesluit", "\tat org.springframework");
    }

    @Test
    void eachRefusalIsOneBilingualLineOfAtMost300Characters() {
        MockEnvironment nothing = new MockEnvironment();

        assertThatThrownBy(() -> InsecureDefaultsCheck.check(nothing))
                .isInstanceOfSatisfying(InsecureDefaultsException.class, e -> {
                    assertThat(e.problems()).extracting(p -> p.field()).containsExactlyInAnyOrder(OPERATOR, BROKER);
                    assertThat(e.getMessage().lines().toList()).hasSize(2).allSatisfy(line -> {
                        assertThat(line.length()).isLessThanOrEqualTo(300);
                        assertThat(line).contains("standaardwachtwoord", " / ", "default password");
                    });
                });
    }

    @Test
    void theWellKnownPasswordsAreRefusedAsIfUnset() {
        MockEnvironment defaults = new MockEnvironment().withProperty(OPERATOR, "change-me").withProperty(BROKER, "admin");

        assertThatThrownBy(() -> InsecureDefaultsCheck.check(defaults))
                .isInstanceOfSatisfying(InsecureDefaultsException.class, e ->
                        assertThat(e.problems()).extracting(p -> p.field()).containsExactlyInAnyOrder(OPERATOR, BROKER));
    }

    @Test
    void oneWeakPasswordIsNamedAloneAndTheOtherIsNotMentioned() {
        MockEnvironment brokerOnly = new MockEnvironment().withProperty(OPERATOR, "a-password-of-our-own").withProperty(BROKER, "admin");

        assertThatThrownBy(() -> InsecureDefaultsCheck.check(brokerOnly))
                .isInstanceOfSatisfying(InsecureDefaultsException.class, e -> {
                    assertThat(e.problems()).extracting(p -> p.field()).containsExactly(BROKER);
                    assertThat(e.getMessage()).doesNotContain(OPERATOR);
                });
    }

    @Test
    void passwordsOfYourOwnPass() {
        MockEnvironment own = new MockEnvironment().withProperty(OPERATOR, "s3cret-operator").withProperty(BROKER, "s3cret-broker");

        assertThatCode(() -> InsecureDefaultsCheck.check(own)).doesNotThrowAnyException();
    }

    @Test
    void theDemoProfileAllowsTheDefaultsWithAWarning(CapturedOutput output) {
        MockEnvironment demo = new MockEnvironment();
        demo.setActiveProfiles(InsecureDefaultsCheck.DEMO_PROFILE);

        assertThatCode(() -> InsecureDefaultsCheck.check(demo)).doesNotThrowAnyException();
        assertThat(output.getOut() + output.getErr()).contains("alleen voor een demo", "for a demo only");
    }

    @Test
    void withTheDemoProfileTheRealApplicationStartsOnTheDemoPasswords() {
        // Its own embedded broker (vm://, not the route tests' one), a database of its own (the tests' PostgreSQL), a random port: only the
        // demo profile differs from the refused start above.
        try (ConfigurableApplicationContext demo = new SpringApplicationBuilder(RoutingServiceApplication.class)
                .profiles(InsecureDefaultsCheck.DEMO_PROFILE)
                .run("--spring.main.banner-mode=off", "--server.port=0",
                        "--spring.activemq.broker-url=vm://insecure-defaults-demo?broker.persistent=false&broker.useJmx=false",
                        "--spring.datasource.url=" + nl.regiobesluit.routing.testsupport.TestPostgres.newDatabase("insecure_defaults_demo"),
                        "--spring.datasource.username=postgres",
                        "--camel.main.name=insecure-defaults-demo")) {
            assertThat(demo.isActive()).isTrue();
            assertThat(demo.getEnvironment().getProperty(OPERATOR)).isEqualTo("change-me");
            assertThat(demo.getEnvironment().getProperty(BROKER)).isEqualTo("admin");
        }
    }
}
