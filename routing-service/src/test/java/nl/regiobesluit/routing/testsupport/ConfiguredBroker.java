package nl.regiobesluit.routing.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.activemq.broker.BrokerService;
import org.springframework.context.support.GenericXmlApplicationContext;
import org.springframework.core.io.FileSystemResource;

/**
 * An embedded broker configured by docker/activemq/activemq.xml, the file the compose broker runs on: Alfresco's topic
 * forwarded to the service's queue, that queue's exclusive consumer, the queues that exist from the start. Only what
 * belongs to the machine, not to the behaviour, is changed for a test: its name, no JMX, no connectors of the file
 * (the test adds its own: vm:// always, tcp:// on a free port where it needs one), and persistence as the test wants.
 *
 * <p>The file is plain Spring XML, read here with Spring alone (activemq-spring, the XBean schema, is not on Maven
 * Central at 6.2.7); the profile {@code embedded-test} leaves out the web console's jetty.xml, which only the compose
 * broker has.
 */
public final class ConfiguredBroker {

    public static final String CONFIG = "docker/activemq/activemq.xml";
    /** The queue the broker forwards Alfresco's topic to, as activemq.xml names it. */
    public static final String INTAKE_QUEUE = "regiobesluit.alfresco.repo.event2";

    private ConfiguredBroker() {
    }

    public static Path configFile() {
        Path file = Path.of(System.getProperty("regio.repo.root", "..")).resolve(CONFIG).toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("the broker configuration is missing: " + file);
        }
        return file;
    }

    /** A broker of docker/activemq/activemq.xml, not yet started, not persistent. */
    public static BrokerService create(String name) {
        GenericXmlApplicationContext context = new GenericXmlApplicationContext();
        context.getEnvironment().setActiveProfiles("embedded-test");
        context.load(new FileSystemResource(configFile()));
        context.refresh();
        BrokerService broker = context.getBean("broker", BrokerService.class);
        broker.setBrokerName(name);
        broker.setUseJmx(false);
        broker.setPersistent(false);
        broker.setTransportConnectorURIs(new String[0]);
        // the bean is the test's from here on; the little context only built it
        context.getBeanFactory().destroySingletons();
        return broker;
    }
}
