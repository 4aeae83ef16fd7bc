package nl.regiobesluit.routing.arrangement;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@link ArrangementProperties}. */
@Configuration
@EnableConfigurationProperties(ArrangementProperties.class)
public class ArrangementConfig {
}
