package org.renewal.devissuer;

import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.InMemoryOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/** Security of the issuer itself, the demo users, and the claims every access token carries. */
@Configuration(proxyBeanMethods = false)
class IssuerConfiguration {

    /** The authorizations in memory, safe for concurrent requests ({@link SynchronizedAuthorizations}). */
    @Bean
    OAuth2AuthorizationService authorizationService() {
        return new SynchronizedAuthorizations(new InMemoryOAuth2AuthorizationService());
    }

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
        http.oauth2AuthorizationServer(server -> {
            http.securityMatcher(server.getEndpointsMatcher());
            server.oidc(Customizer.withDefaults());
        });
        http.authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .cors(Customizer.withDefaults())
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain login(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a.requestMatchers("/actuator/health/**", "/livez", "/readyz").permitAll().anyRequest().authenticated())
                .cors(Customizer.withDefaults())
                .formLogin(Customizer.withDefaults());
        return http.build();
    }

    /**
     * The front ends (the gateway's Swagger UI and dashboard among them) call the token endpoint from the browser:
     * the configured origins and the origin of every page the front-end client may be sent back to (a page the
     * issuer redirects to must be able to redeem its code — the dashboard at 127.0.0.1 could not).
     */
    @Bean
    CorsConfigurationSource corsConfigurationSource(@Value("${renewal.cors.allowed-origins}") List<String> origins,
            org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository clients) {
        java.util.Set<String> allowed = new java.util.LinkedHashSet<>(origins);
        var frontEnds = clients.findByClientId("renewal-web");
        if (frontEnds != null) {
            for (String redirect : frontEnds.getRedirectUris()) {
                java.net.URI uri = java.net.URI.create(redirect);
                allowed.add(uri.getScheme() + "://" + uri.getAuthority());
            }
        }
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(List.copyOf(allowed));
        cors.setAllowedMethods(List.of("GET", "POST", "OPTIONS"));
        cors.setAllowedHeaders(List.of("*"));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        return source;
    }

    @Bean
    UserDetailsService demoUsers() {
        return username -> {
            DemoAccount a = DemoAccount.byUsername(username);
            if (a == null) {
                throw new UsernameNotFoundException(username);
            }
            return User.withUsername(a.username()).password("{noop}" + DemoAccount.PASSWORD).roles(a.role()).build();
        };
    }

    /**
     * Access tokens carry the audience the services check, the caller's roles, and the scope claims
     * (district, street, unitId, communityId, householdId) the services enforce on every record.
     */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> renewalClaims(@Value("${renewal.security.audience}") String audience,
                                                            org.springframework.core.env.Environment environment) {
        return context -> {
            if (!"access_token".equals(context.getTokenType().getValue())) {
                return;
            }
            context.getClaims().audience(List.of(audience));
            if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
                context.getClaims().claim("roles", List.of("INTEGRATION"));
                // a machine client bound to a district (the treasury's, the hotline's, the register's system)
                String district = environment.getProperty("renewal.machine-clients."
                        + context.getRegisteredClient().getClientId() + ".district");
                if (district != null && !district.isBlank()) {
                    context.getClaims().claim("district", district);
                }
                return;
            }
            DemoAccount account = DemoAccount.byUsername(context.getPrincipal().getName());
            if (account != null) {
                context.getClaims().claim("roles", Set.of(account.role()));
                account.claims().forEach((name, value) -> context.getClaims().claim(name, value));
            }
        };
    }
}
