package org.renewal.gateway;

import java.security.Principal;
import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Limits at the edge, before a service does any work: a request body above the configured size
 * (larger for multipart uploads such as register imports) is 413; each client (token subject, or address when anonymous) gets its own rate with bursts, and
 * beyond it 429 with {@code Retry-After} — other clients are unaffected.
 */
@Component
class EdgeLimitsFilter implements GlobalFilter, Ordered {

    private final long maxRequestBytes;
    private final long maxUploadBytes;
    private final RateLimiterConfig limits;
    private final Cache<String, RateLimiter> limiters = Caffeine.newBuilder()
            .maximumSize(100_000).expireAfterAccess(Duration.ofMinutes(10)).build();
    private final GatewayProblems problems;

    EdgeLimitsFilter(@Value("${renewal.gateway.max-request-size}") DataSize maxRequestSize,
                     @Value("${renewal.gateway.max-upload-size}") DataSize maxUploadSize,
                     @Value("${renewal.gateway.rate-limit.requests}") int requests,
                     @Value("${renewal.gateway.rate-limit.period}") Duration period,
                     GatewayProblems problems) {
        this.maxRequestBytes = maxRequestSize.toBytes();
        this.maxUploadBytes = maxUploadSize.toBytes();
        this.limits = RateLimiterConfig.custom().limitForPeriod(requests).limitRefreshPeriod(period)
                .timeoutDuration(Duration.ZERO).build();
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        MediaType type = exchange.getRequest().getHeaders().getContentType();
        long limit = type != null && MediaType.MULTIPART_FORM_DATA.includes(type) ? maxUploadBytes : maxRequestBytes;
        if (exchange.getRequest().getHeaders().getContentLength() > limit) {
            return problems.write(exchange, GatewayProblem.PAYLOAD_TOO_LARGE);
        }
        return exchange.getPrincipal().map(Principal::getName)
                .defaultIfEmpty("address:" + remoteAddress(exchange))
                .flatMap(client -> {
                    RateLimiter limiter = limiters.get(client, key -> RateLimiter.of(key, limits));
                    if (limiter.acquirePermission()) {
                        return chain.filter(exchange);
                    }
                    long seconds = Math.max(1, (limits.getLimitRefreshPeriod().toMillis() + 999) / 1000);
                    exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
                    return problems.write(exchange, GatewayProblem.TOO_MANY_REQUESTS);
                });
    }

    private static String remoteAddress(ServerWebExchange exchange) {
        var address = exchange.getRequest().getRemoteAddress();
        return address != null && address.getAddress() != null ? address.getAddress().getHostAddress() : "unknown";
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
