package org.renewal.bench;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;

/**
 * The anchor for the gateway's CPU per request: a Spring Cloud Gateway with one route and nothing
 * else (no token check, no limits, no correlation ids, no circuit breaker, no metrics), forwarding
 * {@code /api/survey/**} to survey-service as the suite's gateway does.
 *
 * <pre>java -cp bench/target/classes:bench/target/lib/* org.renewal.bench.BareGateway --server.port=8090</pre>
 */
@SpringBootApplication
public class BareGateway {

    public static void main(String[] args) {
        SpringApplication.run(BareGateway.class, args);
    }

    @Bean
    RouteLocator oneRoute(RouteLocatorBuilder routes,
                          @Value("${bench.backend:http://localhost:8081}") String backend) {
        return routes.routes().route("survey-service", r -> r.path("/api/survey/**").uri(backend)).build();
    }
}
