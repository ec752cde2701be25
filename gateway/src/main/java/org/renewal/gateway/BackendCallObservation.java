package org.renewal.gateway;

import org.springframework.cloud.gateway.filter.headers.observation.DefaultGatewayObservationConvention;
import org.springframework.cloud.gateway.filter.headers.observation.GatewayObservationConvention;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The gateway's observation of each call it makes to a service (the span whose context travels to the service in
 * {@code traceparent}, and its timer) under a name of its own.
 *
 * <p>Spring Cloud Gateway names it {@code http.client.requests}, the name the load balancer's health checks (a
 * {@code WebClient}) already register with other tag keys; Prometheus refuses a second set of tag keys under one
 * name, so the gateway's timer was never registered — and its registration was tried again, and failed with an
 * exception, on every request (JFR: meter lookups and the failure path in the gateway's CPU per request,
 * docs/performance.md change 16). Named {@value #NAME}, it registers once and is scraped as
 * {@code spring_cloud_gateway_http_client_requests_seconds}, per route.
 */
@Configuration(proxyBeanMethods = false)
class BackendCallObservation {

    static final String NAME = "spring.cloud.gateway.http.client.requests";

    @Bean
    GatewayObservationConvention backendCallObservationConvention() {
        return new DefaultGatewayObservationConvention() {
            @Override
            public String getName() {
                return NAME;
            }
        };
    }
}
