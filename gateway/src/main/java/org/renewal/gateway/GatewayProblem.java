package org.renewal.gateway;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/** A problem the gateway answers itself, with its Chinese and English texts. */
record GatewayProblem(HttpStatusCode status, String code, String titleZh, String titleEn, String detailZh,
                      String detailEn) {

    static final GatewayProblem SERVICE_UNAVAILABLE = new GatewayProblem(HttpStatus.SERVICE_UNAVAILABLE,
            "SERVICE_UNAVAILABLE", "服务暂不可用", "Service unavailable",
            "处理该请求的服务暂时无法访问，请稍后重试。", "The service for this request cannot be reached; retry later.");
    /** The instance closed the connection before answering (it was stopped or killed while handling the call). */
    static final GatewayProblem SERVICE_INTERRUPTED = new GatewayProblem(HttpStatus.SERVICE_UNAVAILABLE,
            "SERVICE_INTERRUPTED", "服务处理中断", "Service interrupted",
            "处理该请求的服务实例在答复前停止。查询可按 Retry-After 直接重试；写入可能已生效也可能未生效："
                    + "请使用相同的 Idempotency-Key 重试，或先查询该记录。",
            "The instance handling this request stopped before answering. A read may be retried after Retry-After; "
                    + "a write may or may not have taken effect: retry it with the same Idempotency-Key, or read the "
                    + "record first.");
    static final GatewayProblem GATEWAY_TIMEOUT = new GatewayProblem(HttpStatus.GATEWAY_TIMEOUT, "GATEWAY_TIMEOUT",
            "服务响应超时", "Service timed out",
            "处理该请求的服务未在规定时间内响应，请稍后重试。", "The service did not answer in time; retry later.");
    static final GatewayProblem INTERNAL_ERROR = new GatewayProblem(HttpStatus.INTERNAL_SERVER_ERROR,
            "INTERNAL_ERROR", "网关内部错误", "Internal error",
            "网关处理请求时发生意外错误，请凭 correlationId 联系运维人员。",
            "An unexpected error occurred at the gateway; quote the correlationId to operations.");
    static final GatewayProblem NOT_FOUND = new GatewayProblem(HttpStatus.NOT_FOUND, "NOT_FOUND",
            "资源不存在", "Not found", "没有与该路径对应的接口。", "No API answers this path.");
    static final GatewayProblem BAD_REQUEST = new GatewayProblem(HttpStatus.BAD_REQUEST, "BAD_REQUEST",
            "请求有误", "Bad request", "请求不符合接口要求。", "The request does not meet the API's requirements.");
    static final GatewayProblem AUTHENTICATION_REQUIRED = new GatewayProblem(HttpStatus.UNAUTHORIZED,
            "AUTHENTICATION_REQUIRED", "需要登录", "Authentication required",
            "请在 Authorization 请求头中携带有效的访问令牌（Bearer）。",
            "Send a valid access token in the Authorization header (Bearer).");
    static final GatewayProblem TOKEN_INVALID = new GatewayProblem(HttpStatus.UNAUTHORIZED, "TOKEN_INVALID",
            "访问令牌无效", "Invalid access token",
            "访问令牌无效、已过期，或不是为本系统签发的；请重新登录获取新令牌。",
            "The access token is invalid, expired, or not issued for this system; log in again.");
    static final GatewayProblem ACCESS_DENIED = new GatewayProblem(HttpStatus.FORBIDDEN, "ACCESS_DENIED",
            "无权执行此操作", "Access denied", "您的角色无权执行此操作。", "Your role may not perform this operation.");
    static final GatewayProblem TOO_MANY_REQUESTS = new GatewayProblem(HttpStatus.TOO_MANY_REQUESTS,
            "TOO_MANY_REQUESTS", "请求过于频繁", "Too many requests",
            "您的请求超过了允许的频率，请按 Retry-After 等待后再试。",
            "You sent more requests than allowed; wait as Retry-After says, then retry.");
    static final GatewayProblem SERVICE_BUSY = new GatewayProblem(HttpStatus.SERVICE_UNAVAILABLE, "SERVICE_BUSY",
            "服务繁忙", "Service busy",
            "该服务同时处理的请求已达上限，请按 Retry-After 等待后再试；这不表示服务故障。",
            "The service is handling as many requests as it takes at once; retry after Retry-After. It has not failed.");
    static final GatewayProblem PAYLOAD_TOO_LARGE = new GatewayProblem(HttpStatus.CONTENT_TOO_LARGE,
            "PAYLOAD_TOO_LARGE", "请求体过大", "Payload too large",
            "请求体超过允许的大小。", "The request body exceeds the allowed size.");

    static final GatewayProblem REQUEST_REJECTED = new GatewayProblem(HttpStatus.BAD_REQUEST, "REQUEST_REJECTED",
            "请求被拒绝", "Request rejected",
            "请求含有接口不会使用的内容（如路径中编码的斜杠、反斜杠、百分号或空字符，\"..\" 段，或不允许的请求方法、请求头），已在网关拒绝。",
            "The request has what no API uses (an encoded slash, backslash, percent or NUL in the path, a \"..\" "
                    + "segment, or a method or header not allowed) and was refused at the gateway.");

    static final GatewayProblem URI_TOO_LONG = new GatewayProblem(HttpStatus.URI_TOO_LONG, "URI_TOO_LONG",
            "请求地址过长", "URI too long", "请求路径与查询参数的总长度超过允许的上限。",
            "The path and query together are longer than allowed.");

    static final GatewayProblem CIRCUIT_OPEN = new GatewayProblem(HttpStatus.SERVICE_UNAVAILABLE, "CIRCUIT_OPEN",
            "服务暂不可用（熔断中）", "Service unavailable (circuit open)",
            "处理该请求的服务近期多次无法访问，网关暂停转发，将在 Retry-After 秒后重新尝试。",
            "The service failed repeatedly; the gateway stops calling it for now and tries again after Retry-After.");

    static GatewayProblem forStatus(HttpStatusCode status) {
        return switch (status.value()) {
            case 404 -> NOT_FOUND;
            case 401 -> AUTHENTICATION_REQUIRED;
            case 403 -> ACCESS_DENIED;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 429 -> TOO_MANY_REQUESTS;
            case 503 -> SERVICE_UNAVAILABLE;
            case 504 -> GATEWAY_TIMEOUT;
            default -> status.is4xxClientError()
                    ? new GatewayProblem(status, BAD_REQUEST.code(), BAD_REQUEST.titleZh(), BAD_REQUEST.titleEn(),
                            BAD_REQUEST.detailZh(), BAD_REQUEST.detailEn())
                    : INTERNAL_ERROR;
        };
    }
}
