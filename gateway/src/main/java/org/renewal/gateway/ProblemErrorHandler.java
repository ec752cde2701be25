package org.renewal.gateway;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Every failure at the gateway as RFC 9457 problem+json: a service that cannot be reached is 503
 * {@code SERVICE_UNAVAILABLE} at once, a service too slow is 504, an unknown path 404; never a stack
 * trace. Chinese by default, English on {@code Accept-Language: en}.
 */
@Component
@Order(-2)
class ProblemErrorHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorHandler.class);

    private final GatewayProblems problems;

    ProblemErrorHandler(GatewayProblems problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(failure);
        }
        GatewayProblem problem = classify(failure);
        if (problem.status().is5xxServerError()) {
            log.warn("[{}] {} {} -> {} {}", CorrelationIdFilter.idFor(exchange), exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath(), problem.status().value(), failure.toString());
        }
        return problems.write(exchange, problem);
    }

    static GatewayProblem classify(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t.getClass().getSimpleName().contains("ConnectException")) {
                return GatewayProblem.SERVICE_UNAVAILABLE;
            }
            if (t instanceof TimeoutException || t.getClass().getSimpleName().contains("Timeout")) {
                return GatewayProblem.GATEWAY_TIMEOUT;
            }
        }
        if (failure instanceof ResponseStatusException status) {
            return GatewayProblem.forStatus(status.getStatusCode());
        }
        return GatewayProblem.INTERNAL_ERROR;
    }
}
