package nl.regiobesluit.routing.config;

import jakarta.jms.ConnectionFactory;
import java.time.Clock;
import javax.sql.DataSource;
import org.apache.camel.component.jms.JmsComponent;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.apache.camel.spi.IdempotentRepository;
import org.springframework.beans.factory.DisposableBean;
import nl.regiobesluit.routing.store.StoreProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jms.connection.CachingConnectionFactory;

/** Camel's infrastructure: the JMS component on Boot's ConnectionFactory, the idempotency store, the clock. */
@Configuration
@EnableConfigurationProperties(StoreProperties.class)
public class CamelConfig {

    /**
     * Consumers use Boot's plain ConnectionFactory (spring.jms.cache.enabled=false), each listener container with
     * connections of its own. Producers (every event is handed on to the service's queue) share one cached
     * connection instead, so that a send does not open a new connection to the broker each time.
     *
     * <p>Consumers acknowledge a message only after the route has finished with it (done, or on the dead-letter
     * queue): CLIENT_ACKNOWLEDGE. Spring's listener container with the JMS default AUTO_ACKNOWLEDGE acknowledges
     * a message when it is received, before the route runs (see the acknowledgement modes in Spring's
     * {@code AbstractMessageListenerContainer} javadoc), so an instance that died in the middle of an event lost it.
     * Now the broker delivers it again, to another consumer or instance; every step is idempotent.
     */
    @Bean("jms")
    JmsComponent jms(ConnectionFactory connectionFactory, ProducerConnections producers) {
        JmsComponent jms = JmsComponent.jmsComponent(connectionFactory);
        jms.getConfiguration().setAcknowledgementModeName("CLIENT_ACKNOWLEDGE");
        jms.getConfiguration().setListenerConnectionFactory(connectionFactory);
        jms.getConfiguration().setTemplateConnectionFactory(producers.factory());
        return jms;
    }

    @Bean
    ProducerConnections producerConnections(ConnectionFactory connectionFactory) {
        return new ProducerConnections(connectionFactory);
    }

    /**
     * The producers' cached connection, closed with the application. Not itself a ConnectionFactory bean: one would
     * make Boot back off from creating the broker's ConnectionFactory.
     */
    public static final class ProducerConnections implements DisposableBean {

        private final ConnectionFactory factory;
        private final CachingConnectionFactory owned;

        ProducerConnections(ConnectionFactory connectionFactory) {
            if (connectionFactory instanceof CachingConnectionFactory alreadyCached) {
                // spring.jms.cache.enabled=true (the virtual-topic setup): Boot already caches, and closes it itself.
                this.factory = alreadyCached;
                this.owned = null;
            } else {
                CachingConnectionFactory cached = new CachingConnectionFactory(connectionFactory);
                cached.setSessionCacheSize(10);
                // Producers only: a cached consumer would keep prefetching (e.g. from the dead-letter queue) unseen.
                cached.setCacheConsumers(false);
                this.factory = cached;
                this.owned = cached;
            }
        }

        ConnectionFactory factory() {
            return factory;
        }

        @Override
        public void destroy() {
            if (owned != null) {
                owned.destroy();
            }
        }
    }

    /**
     * Keys of changes already handled, in the shared PostgreSQL database, so they survive restarts and hold for every
     * instance. Its table CAMEL_MESSAGEPROCESSED is Flyway's (db/migration), not created here.
     */
    @Bean
    IdempotentRepository idempotentRepository(DataSource dataSource, RegiobesluitProperties properties) {
        JdbcMessageIdRepository repository = new JdbcMessageIdRepository(dataSource, properties.events().idempotencyStore());
        repository.setCreateTableIfNotExists(false);
        return repository;
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
