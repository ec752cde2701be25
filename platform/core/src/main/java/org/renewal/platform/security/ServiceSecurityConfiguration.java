package org.renewal.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.renewal.platform.audit.AuditController;
import org.renewal.platform.audit.AuditFilter;
import org.renewal.platform.dictionary.Dictionary;
import org.renewal.platform.web.Problems;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every service validates the bearer JWT itself: signature against the issuer's keys (fetched
 * lazily, so a service starts before the issuer), expiry, issuer and audience; {@code alg=none}
 * never passes. Health, metrics and the API description are open; the dictionaries need a caller; every
 * other request needs a rule of the service's {@link AccessRules} that admits the caller's role, and what no
 * rule names is refused (403) for every method. The rules are also the API description's role matrix
 * ({@link RoleMatrix}).
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration"},
        afterName = "org.renewal.platform.config.PlatformAutoConfiguration")
public class ServiceSecurityConfiguration {

    /**
     * No observation of each security filter, authentication and authorization: the request's own observation
     * (metrics and trace) stays. Those per-filter observations were a fifth of the gateway's CPU per request
     * (JFR, docs/performance.md) and added spans no one reads.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** Verifies each token once while it is valid ({@link VerifiedTokenCache}). */
    @Bean
    JwtDecoder jwtDecoder(@Value("${renewal.security.jwk-set-uri}") String jwkSetUri,
                          @Value("${renewal.security.issuer-uri}") String issuer,
                          @Value("${renewal.security.audience}") String audience,
                          @Value("${renewal.security.verified-tokens.maximum-size:5000}") int cacheSize,
                          @Value("${renewal.security.verified-tokens.keep-for:5m}") Duration keepFor) {
        JwtDecoder decoder;
        if (jwkSetUri == null || jwkSetUri.isBlank()) {
            // the keys' address from the issuer's discovery document (OpenID Connect, else RFC 8414), read on the
            // first token and again after a failure: any standard provider (Keycloak's /protocol/openid-connect/certs,
            // Spring Authorization Server's /oauth2/jwks) without configuring its path, and no failed start while
            // the provider is briefly away
            decoder = new org.springframework.security.oauth2.jwt.SupplierJwtDecoder(() -> {
                NimbusJwtDecoder discovered = NimbusJwtDecoder.withIssuerLocation(issuer).build();
                discovered.setJwtValidator(validator(issuer, audience));
                return discovered;
            });
        } else {
            NimbusJwtDecoder configured = NimbusJwtDecoder.withJwkSetUri(jwkSetUri).build();
            configured.setJwtValidator(validator(issuer, audience));
            decoder = configured;
        }
        return new VerifiedTokenCache(decoder, cacheSize, keepFor, Clock.systemUTC());
    }

    /** A production deployment does not start with the development issuer (ProductionGuard). */
    @Bean
    ProductionGuardCheck productionGuardCheck(@Value("${renewal.environment:development}") String environment,
                                              @Value("${renewal.security.issuer-uri}") String issuer) {
        ProductionGuard.check(environment, issuer, java.util.Map.of());
        return new ProductionGuardCheck(environment);
    }

    /** The outcome of the production check, for other beans that check their own secrets. */
    public record ProductionGuardCheck(String environment) {
    }

    /** Expiry (with the default clock skew), issuer and audience. */
    public static OAuth2TokenValidator<Jwt> validator(String issuer, String audience) {
        // a token names its subject: every decision and audit record is someone's (an identity provider that
        // leaves sub out — Keycloak without its "basic" scope — is refused, not half-trusted)
        return new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer),
                new JwtClaimValidator<List<String>>("aud", aud -> aud != null && aud.contains(audience)),
                new JwtClaimValidator<String>("sub", sub -> sub != null && !sub.isBlank()));
    }

    /** Authorities: {@code ROLE_<role>} from the {@code roles} claim, {@code SCOPE_<scope>} from {@code scope}. */
    public static Converter<Jwt, Collection<GrantedAuthority>> authorities() {
        JwtGrantedAuthoritiesConverter scopes = new JwtGrantedAuthoritiesConverter();
        return jwt -> {
            List<GrantedAuthority> authorities = new ArrayList<>(scopes.convert(jwt));
            Caller.of(jwt).roles().forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
            return authorities;
        };
    }

    @Bean
    ProblemSecurityHandlers problemSecurityHandlers(Problems problems, LocaleResolver locales, JsonMapper json) {
        return new ProblemSecurityHandlers(problems, locales, json);
    }

    @Bean
    Dictionary rolesDictionary() {
        return Dictionary.of("roles", "Roles (角色)", Role.class);
    }

    @Bean
    AuditController auditController(MongoTemplate mongo) {
        return new AuditController(mongo);
    }

    /** The audit trail is for the offices that supervise the programme. */
    @Bean
    AccessRules auditAccess(@Value("${renewal.api-prefix}") String prefix) {
        return rules -> rules.requestMatchers(HttpMethod.GET, prefix + "/audit-records")
                .hasAnyRole(Role.DISTRICT_OFFICE.name(), Role.CITY_OFFICE.name());
    }

    @Bean
    org.renewal.platform.consumer.DeadLetterController deadLetterController(
            org.springframework.kafka.core.KafkaAdmin admin,
            org.springframework.kafka.core.ConsumerFactory<String, String> consumers,
            org.springframework.kafka.core.KafkaTemplate<String, String> kafka,
            @Value("${spring.kafka.consumer.group-id}") String group) {
        return new org.renewal.platform.consumer.DeadLetterController(admin, consumers, kafka, group);
    }

    /** Dead letters are operated by the city office. */
    @Bean
    AccessRules deadLetterAccess(@Value("${renewal.api-prefix}") String prefix) {
        return rules -> rules.requestMatchers(HttpMethod.GET, prefix + "/dead-letters").hasRole(Role.CITY_OFFICE.name())
                .requestMatchers(HttpMethod.POST, prefix + "/dead-letters/replay").hasRole(Role.CITY_OFFICE.name());
    }

    /** The role matrix of every operation in the API description, from the rules below ({@link RoleMatrix}). */
    @Bean
    OpenApiCustomizer roleMatrix(ObjectProvider<WebInvocationPrivilegeEvaluator> rules,
                                 @Value("${renewal.api-prefix}") String prefix,
                                 @Value("${renewal.security.write-scopes:}") List<String> writeScopes) {
        String readScope = prefix.substring(prefix.lastIndexOf('/') + 1) + ".read";
        List<String> scopes = new ArrayList<>(List.of(readScope));
        writeScopes.stream().filter(s -> !s.isBlank()).forEach(scopes::add);
        return api -> new RoleMatrix(rules.getObject(), scopes).customise(api);
    }

    /** Paging bounds, refused and documented the same way on every paged operation. */
    @Bean
    org.renewal.platform.web.PagingLimits pagingLimits(@Value("${spring.data.web.pageable.max-page-size:200}") int max) {
        return new org.renewal.platform.web.PagingLimits(max);
    }

    /** Not found first: the {@link VisibleRecord} checks of a write's route run before its body is read. */
    @Bean
    WebMvcConfigurer notFoundFirst(ObjectProvider<VisibleRecord> records,
                                   org.renewal.platform.web.PagingLimits paging) {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new NotFoundFirst(records.orderedStream().toList()));
                registry.addInterceptor(paging);
            }

            @Override
            public void addArgumentResolvers(java.util.List<org.springframework.web.method.support.HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerArgumentResolver());
            }
        };
    }

    @Bean
    SecurityFilterChain serviceSecurity(HttpSecurity http, JwtDecoder decoder, ProblemSecurityHandlers handlers,
                                        ObjectProvider<AccessRules> rules, MongoTemplate mongo,
                                        @Value("${renewal.api-prefix}") String prefix) throws Exception {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities());
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(authorize -> {
                    // actuator answers only on the management port (no public route reaches it); the probes
                    // are also on the main port
                    authorize.requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info",
                            "/actuator/prometheus", "/livez", "/readyz", prefix + "/v3/api-docs/**", prefix + "/v3/api-docs",
                            prefix + "/swagger-ui/**", prefix + "/swagger-ui.html", "/error").permitAll();
                    // the bilingual dictionaries are for every signed-in caller
                    authorize.requestMatchers(HttpMethod.GET, prefix + "/dictionaries", prefix + "/dictionaries/*")
                            .authenticated();
                    rules.orderedStream().forEach(rule -> rule.apply(authorize));
                    // deny by default: what no rule names is refused (403) for every method and every role
                    authorize.anyRequest().denyAll();
                })
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(converter))
                        .authenticationEntryPoint(handlers)
                        .accessDeniedHandler(handlers))
                .exceptionHandling(e -> e.authenticationEntryPoint(handlers).accessDeniedHandler(handlers))
                .addFilterBefore(new AuditFilter(mongo), ExceptionTranslationFilter.class);
        return http.build();
    }
}
