package nl.regiobesluit.routing;

import nl.regiobesluit.routing.config.RegiobesluitProperties;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** The routing service: runs the route of a proposal beside Alfresco. */
@SpringBootApplication
@EnableConfigurationProperties(RegiobesluitProperties.class)
public class RoutingServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(RoutingServiceApplication.class, args);
    }
}
