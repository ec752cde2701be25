package org.renewal.gateway;

import java.security.Principal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Fair sharing at the edge, before a service does any work (and before the route's circuit breaker, so a refusal
 * here is never counted as the service failing):
 * <ul>
 *   <li>a request body above the configured size (larger for multipart uploads) is 413;</li>
 *   <li>each client (token subject) has its own rate and its own number of requests in flight; anonymous callers
 *       (by address) have smaller ones, and all anonymous callers together share one small pool — beyond any of
 *       these, 429 with {@code Retry-After} (the client's own limit);</li>
 *   <li>each route (service) takes a bounded number of requests in flight, several times what one client may
 *       hold, so one client cannot fill it — when it is full, 503 {@code SERVICE_BUSY} with {@code Retry-After}.</li>
 * </ul>
 * The rates are per gateway replica, or — with {@code renewal.gateway.rate-limit.shared} — one bucket per client
 * shared by every replica on Redis (Spring Cloud Gateway's {@link RedisRateLimiter}: a token bucket refilled by
 * Redis's clock in one atomic script), so a client gets exactly its rate however many gateways there are. The
 * numbers in flight are per replica (docs/operations.md says what they add up to with N replicas).
 */
@Component
class EdgeLimitsFilter implements GlobalFilter, Ordered {

    private static final String ANONYMOUS = "address:";

    private final long maxUploadBytes;
    private final long maxRequestBytes;
    private final RateLimiterConfig clientRate;
    private final RateLimiterConfig anonymousRate;
    private final BulkheadConfig clientConcurrency;
    private final BulkheadConfig anonymousConcurrency;
    private final BulkheadConfig routeConcurrency;
    private final Bulkhead allAnonymous;
    private final Cache<String, RateLimiter> rates = Caffeine.newBuilder()
            .maximumSize(100_000).expireAfterAccess(Duration.ofMinutes(10)).build();
    private final Cache<String, Bulkhead> inFlight = Caffeine.newBuilder()
            .maximumSize(100_000).expireAfterAccess(Duration.ofMinutes(10)).build();
    private final Cache<String, Bulkhead> routes = Caffeine.newBuilder().maximumSize(1_000).build();
    private final GatewayProblems problems;
    /** The rates shared by every gateway replica, or null when each replica counts its own. */
    private final RedisRateLimiter shared;
    private static final String SHARED_CLIENTS = "clients";
    private static final String SHARED_ANONYMOUS = "anonymous";

    EdgeLimitsFilter(@Value("${renewal.gateway.max-request-size}") DataSize maxRequestSize,
                     @Value("${renewal.gateway.max-upload-size}") DataSize maxUploadSize,
                     @Value("${renewal.gateway.rate-limit.requests}") int requests,
                     @Value("${renewal.gateway.rate-limit.period}") Duration period,
                     @Value("${renewal.gateway.rate-limit.anonymous-requests}") int anonymousRequests,
                     @Value("${renewal.gateway.concurrency.per-client}") int perClient,
                     @Value("${renewal.gateway.concurrency.per-anonymous-client}") int perAnonymousClient,
                     @Value("${renewal.gateway.concurrency.all-anonymous}") int allAnonymous,
                     @Value("${renewal.gateway.concurrency.per-route}") int perRoute,
                     @Value("${renewal.gateway.rate-limit.shared:false}") boolean shareRates,
                     ObjectProvider<RedisRateLimiter> redisRateLimiter,
                     GatewayProblems problems) {
        this.maxRequestBytes = maxRequestSize.toBytes();
        this.maxUploadBytes = maxUploadSize.toBytes();
        this.clientRate = RateLimiterConfig.custom().limitForPeriod(requests).limitRefreshPeriod(period)
                .timeoutDuration(Duration.ZERO).build();
        this.anonymousRate = RateLimiterConfig.custom().limitForPeriod(anonymousRequests).limitRefreshPeriod(period)
                .timeoutDuration(Duration.ZERO).build();
        this.clientConcurrency = concurrency(perClient);
        this.anonymousConcurrency = concurrency(perAnonymousClient);
        this.routeConcurrency = concurrency(perRoute);
        this.allAnonymous = Bulkhead.of("anonymous", concurrency(allAnonymous));
        this.problems = problems;
        this.shared = shareRates ? sharedRates(redisRateLimiter.getIfAvailable(), requests, anonymousRequests, period)
                : null;
    }

    /**
     * "{@code requests} per {@code period}, bursts included" as Redis token buckets: each request takes as many
     * tokens as the period has seconds, {@code requests} tokens come back each second, and a full bucket holds a
     * period's worth — so at most {@code requests} at once, and {@code requests} per period sustained.
     */
    static RedisRateLimiter sharedRates(RedisRateLimiter limiter, int requests, int anonymousRequests, Duration period) {
        if (limiter == null) {
            throw new IllegalStateException("renewal.gateway.rate-limit.shared needs Redis: set GATEWAY_REDIS_URL "
                    + "(spring.cloud.gateway.server.webflux.redis.enabled follows GATEWAY_RATE_LIMIT_SHARED)");
        }
        if (period.toMillis() % 1000 != 0 || period.isZero()) {
            throw new IllegalStateException("a shared rate limit's period is whole seconds, not " + period);
        }
        int seconds = Math.toIntExact(period.toSeconds());
        limiter.getConfig().put(SHARED_CLIENTS, new RedisRateLimiter.Config().setReplenishRate(requests)
                .setRequestedTokens(seconds).setBurstCapacity((long) requests * seconds));
        limiter.getConfig().put(SHARED_ANONYMOUS, new RedisRateLimiter.Config().setReplenishRate(anonymousRequests)
                .setRequestedTokens(seconds).setBurstCapacity((long) anonymousRequests * seconds));
        limiter.setIncludeHeaders(false);
        return limiter;
    }

    private static BulkheadConfig concurrency(int calls) {
        return BulkheadConfig.custom().maxConcurrentCalls(calls).maxWaitDuration(Duration.ZERO).build();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        MediaType type = exchange.getRequest().getHeaders().getContentType();
        long limit = type != null && MediaType.MULTIPART_FORM_DATA.includes(type) ? maxUploadBytes : maxRequestBytes;
        if (exchange.getRequest().getHeaders().getContentLength() > limit) {
            return problems.write(exchange, GatewayProblem.PAYLOAD_TOO_LARGE);
        }
        return exchange.getPrincipal().map(Principal::getName)
                .defaultIfEmpty(ANONYMOUS + remoteAddress(exchange))
                .flatMap(client -> admit(exchange, chain, client));
    }

    private Mono<Void> admit(ServerWebExchange exchange, GatewayFilterChain chain, String client) {
        boolean anonymous = client.startsWith(ANONYMOUS);
        RateLimiterConfig rate = anonymous ? anonymousRate : clientRate;
        if (shared != null) {
            return shared.isAllowed(anonymous ? SHARED_ANONYMOUS : SHARED_CLIENTS, client).flatMap(answer -> answer
                    .isAllowed() ? admitInFlight(exchange, chain, client, anonymous)
                    : refuse(exchange, GatewayProblem.TOO_MANY_REQUESTS, rate.getLimitRefreshPeriod()));
        }
        if (!rates.get(client, key -> RateLimiter.of(key, rate)).acquirePermission()) {
            return refuse(exchange, GatewayProblem.TOO_MANY_REQUESTS, rate.getLimitRefreshPeriod());
        }
        return admitInFlight(exchange, chain, client, anonymous);
    }

    private Mono<Void> admitInFlight(ServerWebExchange exchange, GatewayFilterChain chain, String client,
                                     boolean anonymous) {
        List<Bulkhead> held = new ArrayList<>(3);
        BulkheadConfig own = anonymous ? anonymousConcurrency : clientConcurrency;
        if (!take(held, inFlight.get(client, key -> Bulkhead.of(key, own)))
                || anonymous && !take(held, allAnonymous)) {
            release(held);
            return refuse(exchange, GatewayProblem.TOO_MANY_REQUESTS, Duration.ofSeconds(1));
        }
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        if (route != null && !take(held, routes.get(route.getId(), id -> Bulkhead.of(id, routeConcurrency)))) {
            release(held);
            return refuse(exchange, GatewayProblem.SERVICE_BUSY, Duration.ofSeconds(1));
        }
        return chain.filter(exchange).doFinally(signal -> release(held));
    }

    private static boolean take(List<Bulkhead> held, Bulkhead bulkhead) {
        if (bulkhead.tryAcquirePermission()) {
            held.add(bulkhead);
            return true;
        }
        return false;
    }

    private static void release(List<Bulkhead> held) {
        held.forEach(Bulkhead::onComplete);
        held.clear();
    }

    private Mono<Void> refuse(ServerWebExchange exchange, GatewayProblem problem, Duration retryAfter) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        return problems.write(exchange, problem);
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
