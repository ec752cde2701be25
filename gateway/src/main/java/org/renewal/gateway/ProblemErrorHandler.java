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
    private final java.time.Duration circuitOpenFor;

    ProblemErrorHandler(GatewayProblems problems,
                        @org.springframework.beans.factory.annotation.Value(
                                "${resilience4j.circuitbreaker.configs.default.wait-duration-in-open-state:10s}")
                        java.time.Duration circuitOpenFor) {
        this.problems = problems;
        this.circuitOpenFor = circuitOpenFor;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(failure);
        }
        GatewayProblem problem = classify(failure);
        if (problem == GatewayProblem.CIRCUIT_OPEN) {
            exchange.getResponse().getHeaders().set(org.springframework.http.HttpHeaders.RETRY_AFTER,
                    Long.toString(Math.max(1, circuitOpenFor.toSeconds())));
        } else if (problem.status().value() == 503) {
            // an instance stopping or gone: the next try goes to another one (or to it, restarted)
            exchange.getResponse().getHeaders().set(org.springframework.http.HttpHeaders.RETRY_AFTER, "1");
        }
        if (problem.status().is5xxServerError()) {
            log.warn("[{}] {} {} -> {} {}", CorrelationIdFilter.idFor(exchange), exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath(), problem.status().value(), failure.toString());
        }
        return problems.write(exchange, problem);
    }

    static GatewayProblem classify(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            // a route's circuit is open: Resilience4j refuses the call, the gateway's filter says 503
            if (t.getClass().getSimpleName().equals("CallNotPermittedException")
                    || t.getClass().getName().equals("org.springframework.cloud.gateway.support.ServiceUnavailableException")) {
                return GatewayProblem.CIRCUIT_OPEN;
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t.getClass().getSimpleName().contains("ConnectException")) {
                return GatewayProblem.SERVICE_UNAVAILABLE;
            }
            if (t instanceof TimeoutException || t.getClass().getSimpleName().contains("Timeout")) {
                return GatewayProblem.GATEWAY_TIMEOUT;
            }
            // reactor-netty's PrematureCloseException: the connection closed before a response
            if (t.getClass().getSimpleName().equals("PrematureCloseException")) {
                return GatewayProblem.SERVICE_INTERRUPTED;
            }
        }
        if (failure instanceof ResponseStatusException status) {
            return GatewayProblem.forStatus(status.getStatusCode());
        }
        org.springframework.web.bind.annotation.ResponseStatus annotated = org.springframework.core.annotation
                .AnnotatedElementUtils.findMergedAnnotation(failure.getClass(),
                        org.springframework.web.bind.annotation.ResponseStatus.class);
        if (annotated != null) {
            return GatewayProblem.forStatus(annotated.code());
        }
        return GatewayProblem.INTERNAL_ERROR;
    }
}
