package org.renewal.platform.openapi;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * The service's API description and the RFC 9457 {@code Problem} schema; every operation documents the errors it
 * can give: 400 (with a body or parameters), 401, 403, 404 (addressed by a path parameter), 412 and 428 (with
 * If-Match), 429, 500 and 503.
 */
public final class OpenApiDefaults {

    static {
        // a controller's Caller parameter comes from the token (CallerArgumentResolver), not from the request
        org.springdoc.core.utils.SpringDocUtils.getConfig()
                .addRequestWrapperToIgnore(org.renewal.platform.security.Caller.class);
    }

    static final String PROBLEM = "Problem";
    static final String PROBLEM_JSON = "application/problem+json";

    private OpenApiDefaults() {
    }

    static final String OAUTH2 = "oauth2";
    static final String BEARER = "bearer";

    /**
     * The API description with its security: every operation needs a bearer token, obtained at the
     * issuer by authorization code with PKCE (people) or client credentials (systems).
     */
    public static OpenAPI openApi(String title, String description, String version, String publicIssuerUri) {
        OAuthFlows flows = new OAuthFlows()
                .authorizationCode(new OAuthFlow()
                        .authorizationUrl(publicIssuerUri + "/oauth2/authorize")
                        .tokenUrl(publicIssuerUri + "/oauth2/token")
                        .scopes(new Scopes().addString("openid", "Log in as a person (demo accounts locally)")))
                .clientCredentials(new OAuthFlow()
                        .tokenUrl(publicIssuerUri + "/oauth2/token")
                        .scopes(new Scopes().addString("survey.read", "Read survey data")
                                .addString("plan.read", "Read plan data")));
        return new OpenAPI()
                .info(new Info().title(title).description(description).version(version)
                        .contact(new io.swagger.v3.oas.models.info.Contact().name("Renewal suite maintainers")
                                .url("https://renewal.example/docs/api")))
                // the gateway that serves the document serves the API: clients call relative to it
                .servers(java.util.List.of(new io.swagger.v3.oas.models.servers.Server().url("/")
                        .description("The gateway (or service) that served this document")))
                .components(new Components().addSchemas(PROBLEM, problemSchema())
                        .addSecuritySchemes(OAUTH2, new SecurityScheme().type(SecurityScheme.Type.OAUTH2).flows(flows)
                                .description("Log in at the issuer; roles and place claims decide what you may do"))
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT").description("A token you already have")))
                .addSecurityItem(new SecurityRequirement().addList(OAUTH2))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    public static OpenApiCustomizer standardErrors() {
        return api -> {
            if (api.getPaths() == null) {
                return;
            }
            if (api.getComponents() == null) {
                api.setComponents(new Components());
            }
            api.getComponents().addSchemas(PROBLEM, problemSchema());
            api.getPaths().values().forEach(path -> path.readOperations().forEach(OpenApiDefaults::addErrors));
            api.getPaths().values().forEach(path -> path.readOperationsMap().forEach((method, op) -> {
                if (method != io.swagger.v3.oas.models.PathItem.HttpMethod.GET
                        && method != io.swagger.v3.oas.models.PathItem.HttpMethod.HEAD) {
                    addRuleErrors(op);
                }
            }));
            declareETags(api);
            api.getPaths().forEach((path, item) -> item.readOperations().forEach(op -> problemExamples(path, op)));
        };
    }

    /**
     * A record written with If-Match answers with its version in {@code ETag}: declared on the success of every
     * operation that takes If-Match, and of the GET of the record it names (its path, or the path without the
     * action when that ends in the record's id).
     */
    private static void declareETags(io.swagger.v3.oas.models.OpenAPI api) {
        java.util.Set<String> versioned = new java.util.HashSet<>();
        api.getPaths().forEach((path, item) -> item.readOperations().forEach(op -> {
            if (op.getParameters() != null && op.getParameters().stream().anyMatch(p -> "header".equals(p.getIn())
                    && "If-Match".equalsIgnoreCase(p.getName()))) {
                versioned.add(path);
                String record = path.substring(0, path.lastIndexOf('/'));
                if (record.endsWith("}")) {
                    versioned.add(record);
                }
            }
        }));
        api.getPaths().forEach((path, item) -> {
            if (!versioned.contains(path)) {
                return;
            }
            item.readOperationsMap().forEach((method, op) -> {
                boolean takesIfMatch = op.getParameters() != null && op.getParameters().stream()
                        .anyMatch(p -> "If-Match".equalsIgnoreCase(p.getName()));
                if (!takesIfMatch && method != io.swagger.v3.oas.models.PathItem.HttpMethod.GET) {
                    return;
                }
                op.getResponses().forEach((code, response) -> {
                    if (code.startsWith("2") && response.getContent() != null) {
                        response.addHeaderObject("ETag", new io.swagger.v3.oas.models.headers.Header()
                                .description("The record's version, quoted (\"3\"): send it as If-Match to change it")
                                .schema(new StringSchema().example("\"3\"")));
                    }
                });
            });
        });
    }

    private static void addErrors(Operation operation) {
        var responses = operation.getResponses();
        boolean takesInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        if (takesInput && !responses.containsKey("400")) {
            responses.addApiResponse("400", problem("Invalid input: errors[] names each field (请求数据不合法)"));
        }
        if (!responses.containsKey("401")) {
            responses.addApiResponse("401", problem("No valid token (AUTHENTICATION_REQUIRED, TOKEN_INVALID); "
                    + "WWW-Authenticate says why"));
        }
        if (!responses.containsKey("403")) {
            responses.addApiResponse("403", problem("Your role or place may not do this (ACCESS_DENIED)"));
        }
        var parameters = operation.getParameters() == null ? java.util.List.<io.swagger.v3.oas.models.parameters.Parameter>of()
                : operation.getParameters();
        if (parameters.stream().anyMatch(p -> "path".equals(p.getIn())) && !responses.containsKey("404")) {
            responses.addApiResponse("404", problem("No such record — or one your role or place may not see: the "
                    + "same answer, so nothing is learned about others' records (…_NOT_FOUND)"));
        }
        if (parameters.stream().anyMatch(p -> "header".equals(p.getIn()) && "If-Match".equalsIgnoreCase(p.getName()))) {
            if (!responses.containsKey("412")) {
                responses.addApiResponse("412", problem("If-Match is not the record's current version: reload and "
                        + "retry (PRECONDITION_FAILED)"));
            }
            if (!responses.containsKey("428")) {
                responses.addApiResponse("428", problem("If-Match is missing (PRECONDITION_REQUIRED)"));
            }
        }
        if (!responses.containsKey("429")) {
            responses.addApiResponse("429", problem("Too many requests from this client, or the service is busy: "
                    + "come back after Retry-After seconds (TOO_MANY_REQUESTS)"));
        }
        if (!responses.containsKey("503")) {
            responses.addApiResponse("503", problem("The service is unavailable through the gateway or its route is "
                    + "full (SERVICE_UNAVAILABLE, CIRCUIT_OPEN, SERVICE_BUSY): come back after Retry-After seconds. "
                    + "SERVICE_INTERRUPTED: the instance stopped before answering; a write may or may not have taken "
                    + "effect, so repeat it with the same Idempotency-Key or read the record first"));
        }
        if (!responses.containsKey("500")) {
            responses.addApiResponse("500", problem("Unexpected failure; quote correlationId (服务内部错误)"));
        }
    }

    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("\\b([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\\b");
    private static final Map<String, String[]> BY_STATUS = Map.ofEntries(
            Map.entry("400", new String[] {"VALIDATION_FAILED", "请求数据不合法"}),
            Map.entry("401", new String[] {"AUTHENTICATION_REQUIRED", "需要登录"}),
            Map.entry("403", new String[] {"ACCESS_DENIED", "无权操作"}),
            Map.entry("404", new String[] {"NOT_FOUND", "未找到"}),
            Map.entry("409", new String[] {"CONFLICT", "与现有数据冲突"}),
            Map.entry("412", new String[] {"PRECONDITION_FAILED", "数据已被修改"}),
            Map.entry("413", new String[] {"PAYLOAD_TOO_LARGE", "请求内容过大"}),
            Map.entry("422", new String[] {"RULE_VIOLATED", "不符合业务规则"}),
            Map.entry("428", new String[] {"PRECONDITION_REQUIRED", "缺少 If-Match"}),
            Map.entry("429", new String[] {"TOO_MANY_REQUESTS", "请求过于频繁"}),
            Map.entry("500", new String[] {"INTERNAL_ERROR", "服务内部错误"}),
            Map.entry("503", new String[] {"SERVICE_UNAVAILABLE", "服务暂时不可用"}));

    /**
     * A write can be refused by the domain: 422 when a rule says no, 409 when the record's state conflicts (already
     * done, a duplicate). Declared on every write, naming the codes the operation's description gives
     * ({@code (422 GOVERNANCE_NOT_READY)}), so a client generated from the document expects them.
     */
    private static void addRuleErrors(Operation operation) {
        var responses = operation.getResponses();
        String said = (operation.getSummary() == null ? "" : operation.getSummary()) + " "
                + (operation.getDescription() == null ? "" : operation.getDescription());
        if (!responses.containsKey("422")) {
            responses.addApiResponse("422", problem("A business rule refuses it" + codes(said, "422")
                    + ": code names the rule, detail explains it (不符合业务规则)"));
        }
        if (!responses.containsKey("409")) {
            responses.addApiResponse("409", problem("Conflicts with the record as it stands — already done, or a "
                    + "duplicate" + codes(said, "409") + " (与现有数据冲突)"));
        }
    }

    /** The business codes a description gives for a status ({@code (422 A_CODE)}, {@code 422 A_CODE}), as " (A, B)". */
    private static String codes(String description, String status) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(status + " ([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)")
                .matcher(description);
        java.util.Set<String> found = new java.util.LinkedHashSet<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found.isEmpty() ? "" : " (" + String.join(", ", found) + ")";
    }

    /**
     * Each error response shows its own problem as the example (Swagger UI otherwise shows the schema's 400 body for
     * every status): its status, and the first business code its description names (else the status's usual one).
     */
    private static void problemExamples(String path, Operation operation) {
        operation.getResponses().forEach((status, response) -> {
            if (response.getContent() == null || !response.getContent().containsKey(PROBLEM_JSON)
                    || !BY_STATUS.containsKey(status)) {
                return;
            }
            MediaType media = response.getContent().get(PROBLEM_JSON);
            if (media.getExample() != null || media.getExamples() != null) {
                return;
            }
            java.util.regex.Matcher named = CODE.matcher(response.getDescription() == null ? ""
                    : response.getDescription());
            String code = named.find() ? named.group(1) : BY_STATUS.get(status)[0];
            Map<String, Object> example = new java.util.LinkedHashMap<>();
            example.put("type", "urn:renewal:problem:" + code.toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            example.put("title", BY_STATUS.get(status)[1]);
            example.put("status", Integer.parseInt(status));
            example.put("detail", response.getDescription());
            example.put("instance", path);
            example.put("code", code);
            example.put("correlationId", "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77");
            example.put("errors", status.equals("400")
                    ? java.util.List.of(Map.of("field", "buildings[0].households", "message", "必须大于0"))
                    : java.util.List.of());
            media.setExample(example);
        });
    }

    /** A response documented as problem+json. */
    public static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema problemSchema() {
        Schema fieldProblem = new ObjectSchema()
                .addProperty("field", new StringSchema().example("buildings[0].households"))
                .addProperty("message", new StringSchema().example("必须大于0"));
        return new ObjectSchema()
                .description("RFC 9457 problem details (application/problem+json)")
                .properties(Map.of(
                        "type", new StringSchema().example("urn:renewal:problem:validation-failed"),
                        "title", new StringSchema().example("请求数据不合法"),
                        "status", new IntegerSchema().example(400),
                        "detail", new StringSchema().example("有 1 个字段不符合要求，详见 errors。"),
                        "instance", new StringSchema().example("/api/survey/communities"),
                        "code", new StringSchema().example("VALIDATION_FAILED")
                                .description("stable business code for front-end interceptors"),
                        "correlationId", new StringSchema().example("5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77"),
                        "errors", new ArraySchema().items(fieldProblem).example(List.of(Map.of(
                                "field", "buildings[0].households", "message", "必须大于0")))));
    }
}
