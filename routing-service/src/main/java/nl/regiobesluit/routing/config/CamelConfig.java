package nl.regiobesluit.routing.config;

import jakarta.jms.ConnectionFactory;
import java.time.Clock;
import javax.sql.DataSource;
import org.apache.camel.component.jms.JmsComponent;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.apache.camel.spi.IdempotentRepository;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Camel's infrastructure: the JMS component on Boot's ConnectionFactory, the idempotency store, the clock. */
@Configuration
public class CamelConfig {

    @Bean("jms")
    JmsComponent jms(ConnectionFactory connectionFactory) {
        return JmsComponent.jmsComponent(connectionFactory);
    }

    /** Keys of changes already handled, in the database, so they survive restarts (CAMEL_MESSAGEPROCESSED is created if missing). */
    @Bean
    IdempotentRepository idempotentRepository(DataSource dataSource, RegiobesluitProperties properties) {
        return new JdbcMessageIdRepository(dataSource, properties.events().idempotencyStore());
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
