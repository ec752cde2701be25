package org.renewal.gateway;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * A request whose path and query exceed {@code renewal.gateway.max-uri-length} is 414 problem+json
 * before anything else runs. (The HTTP server's own limit is set far higher, so that this answer, not an
 * empty 414 from the codec, is what a client sees.)
 */
@Component
class UriLengthFilter implements WebFilter, Ordered {

    private final int maxLength;
    private final GatewayProblems problems;

    UriLengthFilter(@Value("${renewal.gateway.max-uri-length:4096}") int maxLength, GatewayProblems problems) {
        this.maxLength = maxLength;
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String raw = exchange.getRequest().getURI().getRawPath();
        String query = exchange.getRequest().getURI().getRawQuery();
        int length = (raw == null ? 0 : raw.length()) + (query == null ? 0 : query.length() + 1);
        return length > maxLength ? problems.write(exchange, GatewayProblem.URI_TOO_LONG) : chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
