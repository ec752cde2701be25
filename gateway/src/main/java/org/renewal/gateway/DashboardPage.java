package org.renewal.gateway;

import static org.springframework.web.reactive.function.server.RouterFunctions.route;

import java.net.URI;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The programme dashboard (督导看板) at {@code /dashboard/}: static files from {@code static/dashboard}
 * that call only the public API, plus the one thing the page cannot know by itself — where to sign in
 * ({@code config.json}: the issuer and the public client id).
 */
@Configuration(proxyBeanMethods = false)
class DashboardPage {

    static final String PAGE = "/dashboard/index.html";

    @Bean
    RouterFunction<ServerResponse> dashboardRoutes(@Value("${renewal.security.issuer-uri}") String issuer,
                                                   @Value("${renewal.dashboard.client-id:renewal-web}") String clientId) {
        Map<String, String> config = Map.of("issuer", issuer, "clientId", clientId);
        return route()
                .GET("/dashboard", request -> ServerResponse.temporaryRedirect(URI.create(PAGE)).build())
                .GET("/dashboard/", request -> ServerResponse.temporaryRedirect(URI.create(PAGE)).build())
                .GET("/dashboard/config.json", request -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON)
                        .cacheControl(CacheControl.noStore()).bodyValue(config))
                .build();
    }
}
