package org.renewal.e2e;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client of the suite's public API through the gateway, signing in like a front end: authorization
 * code with PKCE at the issuer (client {@code renewal-web}), as a demo account with the password
 * {@code renewal}. One token per account, fetched on first use.
 */
public final class SuiteClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final URI gateway;
    private final URI issuer;
    /** HTTP/1.1 as browsers and curl speak to the gateway (no h2c upgrade dance on plain HTTP). */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    public SuiteClient(URI gateway, URI issuer) {
        this(List.of(gateway), issuer);
    }

    /**
     * A client of several gateways, each call to the next (as a load balancer in front of the gateway replicas
     * spreads a client's calls).
     */
    public SuiteClient(List<URI> gateways, URI issuer) {
        this.gateway = gateways.get(0);
        this.gateways = List.copyOf(gateways);
        this.issuer = issuer;
    }

    private final List<URI> gateways;
    private final java.util.concurrent.atomic.AtomicInteger nextGateway = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger retriedRefusals = new java.util.concurrent.atomic.AtomicInteger();

    /** The gateway for the next call. */
    private URI nextGateway() {
        return gateways.get(Math.floorMod(nextGateway.getAndIncrement(), gateways.size()));
    }

    /** How many answers so far asked this client to come back later (429, or 503 with Retry-After), and were retried. */
    public int retriedRefusals() {
        return retriedRefusals.get();
    }

    public URI gateway() {
        return gateway;
    }

    /** The redirect address the client registers for the dashboard; the token flow never follows it. */
    public String redirectUri() {
        return gateway.resolve("/dashboard/index.html").toString();
    }

    /** An access token for a demo account, as a front end gets one (authorization code + PKCE). */
    public String token(String account) {
        return tokens.computeIfAbsent(account, this::login);
    }

    /** The account name of a machine client of the development issuer (client credentials), for {@link #call}. */
    public static final String INTEGRATION = "client:integration-demo";

    private static final Map<String, String[]> DEMO_CLIENTS = Map.of(
            "integration-demo", new String[] {"integration-secret",
                "survey.read plan.read project.read funding.read governance.read"},
            "treasury-demo", new String[] {"treasury-secret", "funding.read funding.ledger.write"},
            "hotline-demo", new String[] {"hotline-secret", "governance.read governance.tickets.write"},
            "register-demo", new String[] {"register-secret", "survey.read survey.rolls.propose"});

    /** A token of a demo system (client credentials), as another government system gets one. */
    private String clientToken(String clientId) {
        String[] client = DEMO_CLIENTS.get(clientId);
        if (client == null) {
            throw new IllegalArgumentException("no demo client " + clientId);
        }
        try {
            HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                            (clientId + ":" + client[0]).getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "client_credentials",
                            "scope", client[1])))).build(), HttpResponse.BodyHandlers.ofString());
            if (token.statusCode() != 200) {
                throw new IllegalStateException("no token for " + clientId + ": " + token.body());
            }
            return json.readTree(token.body()).get("access_token").asString();
        } catch (IOException e) {
            throw new IllegalStateException("the issuer at " + issuer + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String login(String account) {
        if (account.startsWith("client:")) {
            return clientToken(account.substring("client:".length()));
        }
        HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        String verifier = base64Url(bytes(48));
        String challenge = base64Url(sha256(verifier));
        String authorize = issuer + "/oauth2/authorize?" + form(Map.of("response_type", "code", "client_id", "renewal-web",
                "scope", "openid", "state", "e2e", "redirect_uri", redirectUri(), "code_challenge", challenge,
                "code_challenge_method", "S256"));
        try {
            browser.send(HttpRequest.newBuilder(URI.create(authorize)).build(), HttpResponse.BodyHandlers.discarding());
            String page = browser.send(HttpRequest.newBuilder(URI.create(issuer + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher csrf = CSRF.matcher(page);
            if (!csrf.find()) {
                throw new IllegalStateException("the issuer's login page has no CSRF token");
            }
            browser.send(HttpRequest.newBuilder(URI.create(issuer + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", account, "password", "renewal",
                            "_csrf", csrf.group(1))))).build(), HttpResponse.BodyHandlers.discarding());
            String location = browser.send(HttpRequest.newBuilder(URI.create(authorize)).build(),
                    HttpResponse.BodyHandlers.discarding()).headers().firstValue("Location").orElse("");
            Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(location);
            if (!code.find()) {
                throw new IllegalStateException("login failed for " + account + " (redirected to " + location + ")");
            }
            HttpResponse<String> token = browser.send(HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "authorization_code",
                            "client_id", "renewal-web", "code", code.group(1), "redirect_uri", redirectUri(),
                            "code_verifier", verifier)))).build(), HttpResponse.BodyHandlers.ofString());
            if (token.statusCode() != 200) {
                throw new IllegalStateException("token exchange failed for " + account + ": " + token.body());
            }
            return json.readTree(token.body()).get("access_token").asString();
        } catch (IOException e) {
            throw new IllegalStateException("the issuer at " + issuer + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One answer of the API. */
    public record Response(int status, String body, Map<String, String> headers, JsonMapper mapper) {

        public JsonNode json() {
            return mapper.readTree(body);
        }

        public String etag() {
            return headers.get("etag");
        }

        /** The answer, when it is a success; otherwise an error naming the call and what came back. */
        public Response ok(String what) {
            if (status >= 300) {
                throw new IllegalStateException(what + " → " + status + " " + body);
            }
            return this;
        }
    }

    public Response get(String account, String path) {
        return call(account, "GET", path, null, Map.of());
    }

    public Response post(String account, String path, Object body) {
        return call(account, "POST", path, body, Map.of());
    }

    public Response put(String account, String path, Object body) {
        return call(account, "PUT", path, body, Map.of());
    }

    /** Sees every answer the client receives (a contract check, say); none by default. */
    @FunctionalInterface
    public interface Observer {
        void accept(String method, String path, Response response);
    }

    private volatile Observer observer = (method, path, response) -> { };

    /** Shows every answer from now on to {@code observer} as well. */
    public SuiteClient observedBy(Observer observer) {
        this.observer = observer;
        return this;
    }

    private volatile Runnable beforeEachCall = () -> { };

    /** Something to do before each call (a test's fault injection between two steps of a journey). */
    public SuiteClient beforeEachCall(Runnable hook) {
        this.beforeEachCall = hook;
        return this;
    }

    public Response call(String account, String method, String path, Object body, Map<String, String> headers) {
        beforeEachCall.run();
        HttpRequest.Builder request = HttpRequest.newBuilder(nextGateway().resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token(account));
        headers.forEach(request::header);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(
                    body instanceof String s ? s : json.writeValueAsString(body), StandardCharsets.UTF_8));
        }
        long giveUpAt = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        for (int attempt = 1; ; attempt++) {
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                Duration wait = retryAfter(response);
                if (wait != null && System.nanoTime() + wait.toNanos() < giveUpAt) {
                    // the gateway's refusal for load (429: this client's limit; 503 SERVICE_BUSY: the route is
                    // full) says when to come back, as a well-behaved client does
                    retriedRefusals.incrementAndGet();
                    Thread.sleep(wait.toMillis());
                    continue;
                }
                Map<String, String> h = new LinkedHashMap<>();
                response.headers().map().forEach((k, v) -> h.put(k.toLowerCase(), v.get(0)));
                Response answer = new Response(response.statusCode(), response.body(), h, json);
                observer.accept(method, path, answer);
                return answer;
            } catch (IOException e) {
                throw new IllegalStateException(method + " " + path + " failed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * How long a refusal for load asks the client to wait ({@code Retry-After}, seconds or an HTTP date), or null when
     * the answer is not such a refusal. A 429 without the header waits one second.
     */
    static Duration retryAfter(HttpResponse<?> response) {
        int status = response.statusCode();
        java.util.Optional<String> header = response.headers().firstValue("Retry-After");
        if (status != 429 && !(status == 503 && header.isPresent())) {
            return null;
        }
        if (header.isEmpty()) {
            return Duration.ofSeconds(1);
        }
        String value = header.get().trim();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
        } catch (NumberFormatException notSeconds) {
            try {
                java.time.ZonedDateTime at = java.time.ZonedDateTime.parse(value,
                        java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration until = Duration.between(java.time.Instant.now(), at.toInstant());
                return until.isNegative() ? Duration.ZERO : until;
            } catch (java.time.format.DateTimeParseException unreadable) {
                return Duration.ofSeconds(1);
            }
        }
    }

    /** A multipart upload of one file (part {@code file}), with extra headers such as an Idempotency-Key. */
    public Response upload(String account, String path, String fileName, byte[] content, Map<String, String> headers) {
        String boundary = "----renewal" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put("Content-Type", "multipart/form-data; boundary=" + boundary);
        HttpRequest.Builder request = HttpRequest.newBuilder(nextGateway().resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token(account))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        all.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Map<String, String> h = new LinkedHashMap<>();
            response.headers().map().forEach((k, v) -> h.put(k.toLowerCase(), v.get(0)));
            return new Response(response.statusCode(), response.body(), h, json);
        } catch (IOException e) {
            throw new IllegalStateException("upload to " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public byte[] download(String account, String path) {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(nextGateway().resolve(path))
                    .header("Authorization", "Bearer " + token(account)).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " → " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Polls a read until it satisfies the condition (read models follow events within moments). */
    public JsonNode await(String what, Duration timeout, java.util.function.Supplier<Response> read,
                          Predicate<Response> done) {
        long until = System.nanoTime() + timeout.toNanos();
        Response last = null;
        while (System.nanoTime() < until) {
            last = read.get();
            if (done.test(last)) {
                return last.status() < 300 && !last.body().isEmpty() ? last.json() : null;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("timed out waiting for " + what + "; last answer: "
                + (last == null ? "none" : last.status() + " " + last.body()));
    }

    public JsonMapper mapper() {
        return json;
    }

    private static String form(Map<String, String> fields) {
        StringBuilder s = new StringBuilder();
        fields.forEach((k, v) -> s.append(s.isEmpty() ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return s.toString();
    }

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64Url(byte[] b) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
