package org.renewal.gateway;

import java.net.ConnectException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every failure at the gateway as RFC 9457 problem+json: a service that cannot be reached is 503
 * {@code SERVICE_UNAVAILABLE} at once, a service too slow is 504, an unknown path 404; never a stack
 * trace. Chinese by default, English on {@code Accept-Language: en}.
 */
@Component
@Order(-2)
class ProblemErrorHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorHandler.class);

    private final JsonMapper json;

    ProblemErrorHandler(JsonMapper json) {
        this.json = json;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.error(failure);
        }
        Problem problem = classify(failure);
        String correlationId = CorrelationIdFilter.idFor(exchange);
        if (problem.status().is5xxServerError()) {
            log.warn("[{}] {} {} -> {} {}", correlationId, exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath(), problem.status().value(), failure.toString());
        }
        boolean english = exchange.getRequest().getHeaders().getAcceptLanguageAsLocales().stream()
                .findFirst().map(l -> l.getLanguage().equals("en")).orElse(false);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "urn:renewal:problem:" + problem.code().toLowerCase(Locale.ROOT).replace('_', '-'));
        body.put("title", english ? problem.titleEn() : problem.titleZh());
        body.put("status", problem.status().value());
        body.put("detail", english ? problem.detailEn() : problem.detailZh());
        body.put("instance", URI.create(exchange.getRequest().getPath().value()).toString());
        body.put("code", problem.code());
        body.put("correlationId", correlationId);
        body.put("errors", List.of());
        response.setStatusCode(problem.status());
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().set(CorrelationIdFilter.HEADER, correlationId);
        byte[] bytes = json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(bytes)));
    }

    static Problem classify(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t.getClass().getSimpleName().contains("ConnectException")) {
                return Problem.SERVICE_UNAVAILABLE;
            }
            if (t instanceof TimeoutException || t.getClass().getSimpleName().contains("Timeout")) {
                return Problem.GATEWAY_TIMEOUT;
            }
        }
        if (failure instanceof ResponseStatusException status) {
            return Problem.forStatus(status.getStatusCode());
        }
        return Problem.INTERNAL_ERROR;
    }

    record Problem(HttpStatusCode status, String code, String titleZh, String titleEn, String detailZh,
                   String detailEn) {

        static final Problem SERVICE_UNAVAILABLE = new Problem(HttpStatus.SERVICE_UNAVAILABLE, "SERVICE_UNAVAILABLE",
                "服务暂不可用", "Service unavailable",
                "处理该请求的服务暂时无法访问，请稍后重试。", "The service for this request cannot be reached; retry later.");
        static final Problem GATEWAY_TIMEOUT = new Problem(HttpStatus.GATEWAY_TIMEOUT, "GATEWAY_TIMEOUT",
                "服务响应超时", "Service timed out",
                "处理该请求的服务未在规定时间内响应，请稍后重试。", "The service did not answer in time; retry later.");
        static final Problem INTERNAL_ERROR = new Problem(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR",
                "网关内部错误", "Internal error",
                "网关处理请求时发生意外错误，请凭 correlationId 联系运维人员。",
                "An unexpected error occurred at the gateway; quote the correlationId to operations.");

        static Problem forStatus(HttpStatusCode status) {
            return switch (status.value()) {
                case 404 -> new Problem(status, "NOT_FOUND", "资源不存在", "Not found",
                        "没有与该路径对应的接口。", "No API answers this path.");
                case 503 -> SERVICE_UNAVAILABLE;
                case 504 -> GATEWAY_TIMEOUT;
                default -> status.is4xxClientError()
                        ? new Problem(status, "BAD_REQUEST", "请求有误", "Bad request",
                                "请求不符合接口要求。", "The request does not meet the API's requirements.")
                        : INTERNAL_ERROR;
            };
        }
    }
}
