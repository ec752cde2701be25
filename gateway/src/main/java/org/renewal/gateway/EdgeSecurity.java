package org.renewal.gateway;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/**
 * The gateway validates the bearer JWT before routing (the services validate it again, so a service
 * reached around the gateway is still protected): signature against the issuer's keys, expiry,
 * issuer, audience; {@code alg=none} never passes. Role rules live in the services. API docs,
 * Swagger UI, the dashboard's static page and the probes are open (the page's data is not); actuator
 * answers only on the management port. CORS admits the configured front-end origins only.
 */
@Configuration(proxyBeanMethods = false)
class EdgeSecurity {

    /**
     * No observation of each security filter, authentication and authorization: the request's own observation
     * (metrics and trace) stays. Those per-filter observations were a fifth of the gateway's CPU per request
     * (JFR, docs/performance.md) and added spans no one reads.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    ReactiveJwtDecoder jwtDecoder(@Value("${renewal.security.jwk-set-uri}") String jwkSetUri,
                                  @Value("${renewal.security.issuer-uri}") String issuer,
                                  @Value("${renewal.security.audience}") String audience,
                                  @Value("${renewal.gateway.verified-tokens.maximum-size:5000}") int cacheSize,
                                  @Value("${renewal.gateway.verified-tokens.keep-for:5m}") Duration keepFor) {
        // a token names its subject (per-client limits and audit are keyed by it): one without is refused
        var validator = new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer),
                new JwtClaimValidator<List<String>>("aud", aud -> aud != null && aud.contains(audience)),
                new JwtClaimValidator<String>("sub", sub -> sub != null && !sub.isBlank()));
        ReactiveJwtDecoder decoder;
        if (jwkSetUri == null || jwkSetUri.isBlank()) {
            // the keys' address from the issuer's discovery document, read on the first token and again after a
            // failure: any standard provider without configuring its key-set path
            decoder = new org.springframework.security.oauth2.jwt.SupplierReactiveJwtDecoder(() -> {
                NimbusReactiveJwtDecoder discovered = NimbusReactiveJwtDecoder.withIssuerLocation(issuer).build();
                discovered.setJwtValidator(validator);
                return discovered;
            });
        } else {
            NimbusReactiveJwtDecoder configured = NimbusReactiveJwtDecoder.withJwkSetUri(jwkSetUri).build();
            configured.setJwtValidator(validator);
            decoder = configured;
        }
        return new VerifiedTokenCache(decoder, cacheSize, keepFor, Clock.systemUTC());
    }

    /** A production deployment does not start with the development issuer. */
    @Bean
    Object productionGuardCheck(@Value("${renewal.environment:development}") String environment,
                                @Value("${renewal.security.issuer-uri}") String issuer) {
        // as the services' ProductionGuard (platform-core, which the reactive gateway does not use): the gateway holds
        // no secret of its own, so only its issuer is checked
        if (List.of("production", "prod").contains(environment.strip().toLowerCase(java.util.Locale.ROOT))) {
            java.net.URI uri = java.net.URI.create(issuer.strip());
            String host = uri.getHost() == null ? "" : uri.getHost();
            if (!"https".equals(uri.getScheme()) || host.equals("localhost") || host.startsWith("127.")) {
                throw new IllegalStateException("RENEWAL_ENVIRONMENT=production refuses to start: ISSUER_URI is the "
                        + "development issuer or not https (" + issuer + ")");
            }
        }
        return environment;
    }

    @Bean
    SecurityWebFilterChain edge(ServerHttpSecurity http, ReactiveJwtDecoder decoder, GatewayProblems problems) {
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .cors(Customizer.withDefaults())
                .headers(headers -> headers.referrerPolicy(
                        r -> r.policy(ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy.NO_REFERRER)))
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(HttpMethod.OPTIONS).permitAll()
                        // actuator is served only on the management port (management.server.port), which no
                        // public listener or route reaches: there it needs no token; the main port serves only
                        // the probes /livez and /readyz
                        .pathMatchers("/actuator/**", "/livez", "/readyz", "/swagger-ui.html", "/swagger-ui/**", "/webjars/**",
                                "/v3/api-docs/**", "/api/*/v3/api-docs", "/api/*/v3/api-docs/**",
                                "/dashboard", "/dashboard/**").permitAll()
                        .anyExchange().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtDecoder(decoder))
                        .authenticationEntryPoint((exchange, failure) -> {
                            boolean sentToken = exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION);
                            exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, sentToken
                                    ? "Bearer error=\"invalid_token\", error_description=\"The access token is invalid\""
                                    : "Bearer");
                            return problems.write(exchange, sentToken
                                    ? GatewayProblem.TOKEN_INVALID : GatewayProblem.AUTHENTICATION_REQUIRED);
                        })
                        .accessDeniedHandler((exchange, denied) -> {
                            exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE,
                                    "Bearer error=\"insufficient_scope\"");
                            return problems.write(exchange, GatewayProblem.ACCESS_DENIED);
                        }))
                .build();
    }

    /**
     * Requests Spring Security's firewall refuses (path traversal, encoded slashes, odd methods or headers)
     * are answered as problem+json like every other refusal, not with an empty 400.
     */
    @Bean
    ServerExchangeRejectedHandler problemForRejectedExchanges(GatewayProblems problems) {
        return (exchange, rejected) -> problems.write(exchange, GatewayProblem.REQUEST_REJECTED);
    }

    @Bean
    CorsConfigurationSource corsConfigurationSource(@Value("${renewal.cors.allowed-origins}") List<String> origins) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(origins);
        cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "If-Match", "Idempotency-Key",
                "X-Correlation-Id", "Accept-Language"));
        cors.setExposedHeaders(List.of("ETag", "Location", "X-Correlation-Id", "Retry-After", "WWW-Authenticate"));
        cors.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        return source;
    }

}
