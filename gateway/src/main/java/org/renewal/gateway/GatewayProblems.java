package org.renewal.gateway;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Writes the gateway's own answers as RFC 9457 problem+json, Chinese by default, English on request. */
@Component
class GatewayProblems {

    private final JsonMapper json;

    GatewayProblems(JsonMapper json) {
        this.json = json;
    }

    Mono<Void> write(ServerWebExchange exchange, GatewayProblem problem) {
        ServerHttpResponse response = exchange.getResponse();
        String correlationId = CorrelationIdFilter.idFor(exchange);
        boolean english = exchange.getRequest().getHeaders().getAcceptLanguageAsLocales().stream()
                .findFirst().map(l -> l.getLanguage().equals("en")).orElse(false);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "urn:renewal:problem:" + problem.code().toLowerCase(Locale.ROOT).replace('_', '-'));
        body.put("title", english ? problem.titleEn() : problem.titleZh());
        body.put("status", problem.status().value());
        body.put("detail", english ? problem.detailEn() : problem.detailZh());
        body.put("instance", exchange.getRequest().getPath().value());
        body.put("code", problem.code());
        body.put("correlationId", correlationId);
        body.put("errors", List.of());
        response.setStatusCode(problem.status());
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().set(CorrelationIdFilter.HEADER, correlationId);
        byte[] bytes = json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(bytes)));
    }
}
