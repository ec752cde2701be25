package org.renewal.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.renewal.platform.test.FreePorts;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The production sign-in path against a real identity provider: Keycloak (its server distribution from Maven
 * Central, {@code org.keycloak:keycloak-quarkus-dist}) with the realm shipped in {@code deploy/keycloak} and its demo
 * users, and the gateway and survey-service configured as the production overlay configures them — the issuer and
 * the audience only, the keys found from the issuer's discovery document. Tokens from the browser flow (authorization
 * code with PKCE) and from another system (client credentials) are accepted with their roles and places; everything
 * else is refused. Keycloak needs a JDK 21 or newer: the one running the tests, {@code KEYCLOAK_JAVA_HOME}, or one
 * under /usr/lib/jvm; where there is none, the test skips and says so. Development mode (RENEWAL_ENVIRONMENT unset)
 * because this Keycloak listens on plain HTTP on the loopback, which production refuses by design (ProductionGuard).
 */
class KeycloakIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PASSWORD = "Renewal-demo-2026";
    private static Process keycloak;
    private static Suite suite;
    private static URI issuer;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws Exception {
        Path javaHome = javaHome();
        assumeTrue(javaHome != null, "skipped: Keycloak needs a JDK 21 or newer, and none was found (the running JDK is "
                + Runtime.version().feature() + "; set KEYCLOAK_JAVA_HOME, or install one under /usr/lib/jvm)");
        String dist = System.getProperty("keycloak.dist", "");
        assumeTrue(Files.exists(Path.of(dist)), "skipped: the Keycloak distribution is not in the local Maven "
                + "repository (" + dist + "); the e2e module's test dependency brings it");
        Path root = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
        Path repo = Files.exists(root.resolve("deploy")) ? root : root.getParent();
        Path home = unpack(Path.of(dist), root.resolve("target").resolve("keycloak"));

        int port = FreePorts.next();
        issuer = URI.create("http://localhost:" + port + "/realms/renewal");
        Path imports = Files.createDirectories(home.resolve("data").resolve("import"));
        Files.writeString(imports.resolve("renewal-realm.json"), realmWithDemoUsers(repo.resolve("deploy/keycloak")));
        ProcessBuilder builder = new ProcessBuilder("sh", home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + port, "--http-management-port=" + FreePorts.next(), "--import-realm",
                "--cache=local")
                .redirectErrorStream(true)
                .redirectOutput(root.resolve("target").resolve("keycloak.log").toFile());
        builder.environment().put("JAVA_HOME", javaHome.toString());
        builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        keycloak = builder.start();
        org.awaitility.Awaitility.await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            assertThat(keycloak.isAlive()).as("Keycloak exited; see target/keycloak.log").isTrue();
            try {
                return get(issuer + "/.well-known/openid-configuration", null).statusCode() == 200;
            } catch (IOException starting) {
                return false;
            }
        });
        suite = Suite.startWithIssuer(issuer, "keycloak", List.of("survey-service"));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (suite != null) {
            suite.close();
        }
        if (keycloak != null) {
            keycloak.destroy();
            if (!keycloak.waitFor(30, TimeUnit.SECONDS)) {
                keycloak.destroyForcibly();
            }
        }
    }

    @Test
    void anOfficeSignedInThroughTheBrowserFlowIsTheOfficeOfItsDistrict() throws Exception {
        String token = signIn("district-tiexi");
        JsonNode claims = claims(token);
        assertThat(claims.path("roles").toString()).contains("DISTRICT_OFFICE");
        assertThat(claims.path("district").asString()).isEqualTo("220302");
        assertThat(claims.path("aud").toString()).contains("renewal-api");

        // its district's register, through the gateway and the service, each verifying with the discovered keys
        HttpResponse<String> own = get(suite.gateway() + "/api/survey/communities?districtCode=220302", token);
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        // what it registers in its district is its own, and no other district's office sees it
        String body = """
                {"name": "凯克洛克测试小区%d", "districtCode": "220302", "streetCode": "220302%03d",
                 "address": "四平市铁西区测试路1号", "buildYear": 1995, "propertyRight": "REFORMED_PUBLIC_HOUSING",
                 "managementStatus": "NONE", "inDemolitionPlan": false, "facilityDeficiencies": ["ROOF_LEAKING"],
                 "buildings": [{"number": "1", "floors": 6, "entrances": 2, "households": 24, "floorArea": 1800.50,
                                "hasElevator": false}]}
                """.formatted(System.nanoTime() % 100000, 700 + (int) (System.nanoTime() % 200));
        HttpResponse<String> registered = HTTP.send(HttpRequest.newBuilder(URI.create(suite.gateway() + "/api/survey/communities"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        String id = JSON.readTree(registered.body()).path("id").asString();
        assertThat(get(suite.gateway() + "/api/survey/communities/" + id, token).statusCode()).isEqualTo(200);
        assertThat(get(suite.gateway() + "/api/survey/communities/" + id, signIn("district-tiedong")).statusCode())
                .isEqualTo(404);
        assertThat(get(suite.gateway() + "/api/survey/audit-records", token).statusCode()).isEqualTo(200);
    }

    @Test
    void aResidentHasTheRolesAndPlaceOfItsHouseholdAndNoMore() throws Exception {
        String token = signIn("resident-beishan");
        JsonNode claims = claims(token);
        assertThat(claims.path("roles").toString()).contains("RESIDENT").doesNotContain("DISTRICT_OFFICE");
        assertThat(claims.path("householdId").asString()).isEqualTo("1-1-101");

        assertThat(get(suite.gateway() + "/api/survey/audit-records", token).statusCode()).isEqualTo(403);
    }

    @Test
    void anotherSystemWithClientCredentialsReadsAndCannotWrite() throws Exception {
        HttpResponse<String> issued = HTTP.send(HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "integration-demo:change-me-integration-secret".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
        String token = JSON.readTree(issued.body()).path("access_token").asString();
        assertThat(claims(token).path("scope").asString()).contains("survey.read");
        assertThat(claims(token).path("roles").toString()).contains("INTEGRATION");

        assertThat(get(suite.gateway() + "/api/survey/communities", token).statusCode()).isEqualTo(200);
        HttpResponse<String> write = HTTP.send(HttpRequest.newBuilder(URI.create(suite.gateway() + "/api/survey/communities"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(write.statusCode()).isEqualTo(403);
    }

    @Test
    void everythingElseIsRefused() throws Exception {
        String token = signIn("district-tiexi");
        String[] parts = token.split("\\.");
        // a token whose claims were changed after signing
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                        .replace("220302", "220303").getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        // Keycloak's own admin token: signed by the same server, another realm (issuer) and not for the API
        HttpResponse<String> admin = HTTP.send(HttpRequest.newBuilder(URI.create(issuer.toString()
                        .replace("/realms/renewal", "/realms/master/protocol/openid-connect/token")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=admin-cli")).build(),
                HttpResponse.BodyHandlers.ofString());
        String otherRealm = admin.statusCode() == 200 ? JSON.readTree(admin.body()).path("access_token").asString() : null;

        List<String> refused = new java.util.ArrayList<>(java.util.Arrays.asList(null, "not-a-jwt", forged));
        if (otherRealm != null) {
            refused.add(otherRealm);
        }
        for (String bad : refused) {
            assertThat(get(suite.gateway() + "/api/survey/communities", bad).statusCode()).as("%s", bad)
                    .isEqualTo(401);
            assertThat(get(suite.service("survey-service") + "/api/survey/communities", bad).statusCode())
                    .as("%s straight at the service", bad).isEqualTo(401);
        }
    }

    /** Sign in as a front end does: authorization code with PKCE, the user's name and password on Keycloak's page. */
    private static String signIn(String user) throws Exception {
        // cookies by hand: Keycloak marks its session cookies Secure, which Java's CookieManager keeps off plain HTTP
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        String redirect = "https://renewal.example.gov.cn/dashboard/index.html";
        URI authorize = URI.create(issuer + "/protocol/openid-connect/auth?response_type=code&client_id=renewal-web"
                + "&scope=openid&redirect_uri=" + encode(redirect) + "&code_challenge=" + challenge
                + "&code_challenge_method=S256&state=s1");
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(authorize).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        Matcher action = Pattern.compile("id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"|action=\"([^\"]+)\"[^>]*id=\"kc-form-login\"")
                .matcher(page.body());
        assertThat(action.find()).as("Keycloak's login form").isTrue();
        String post = (action.group(1) != null ? action.group(1) : action.group(2)).replace("&amp;", "&");
        String cookies = String.join("; ", page.headers().allValues("Set-Cookie").stream()
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).toList());
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(post))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookies)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(user) + "&password=" + encode(PASSWORD)))
                .build(), HttpResponse.BodyHandlers.ofString());
        String location = login.headers().firstValue("Location").orElseThrow(
                () -> new AssertionError("no redirect after signing in as " + user + ": " + login.statusCode()));
        Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(location);
        assertThat(code.find()).as(location).isTrue();
        HttpResponse<String> token = browser.send(HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&client_id=renewal-web&code="
                        + code.group(1) + "&redirect_uri=" + encode(redirect) + "&code_verifier=" + verifier)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        return JSON.readTree(token.body()).path("access_token").asString();
    }

    private static HttpResponse<String> get(String url, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode claims(String token) {
        return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The shipped realm with the shipped demo users, as one import. */
    static String realmWithDemoUsers(Path keycloakFolder) throws IOException {
        ObjectNode realm = (ObjectNode) JSON.readTree(Files.readString(keycloakFolder.resolve("renewal-realm.json")));
        JsonNode demo = JSON.readTree(Files.readString(keycloakFolder.resolve("renewal-demo-users.json")));
        ArrayNode users = realm.withArrayProperty("users");
        demo.path("users").forEach(users::add);
        return JSON.writeValueAsString(realm);
    }

    /** A JDK 21 or newer: the running one, KEYCLOAK_JAVA_HOME, or the newest under /usr/lib/jvm. */
    static Path javaHome() throws IOException {
        if (Runtime.version().feature() >= 21) {
            return Path.of(System.getProperty("java.home"));
        }
        String configured = System.getenv("KEYCLOAK_JAVA_HOME");
        if (configured != null && Files.isExecutable(Path.of(configured, "bin", "java"))) {
            return Path.of(configured);
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return null;
        }
        try (Stream<Path> all = Files.list(jvms)) {
            return all.filter(p -> Files.isExecutable(p.resolve("bin/java")) && feature(p) >= 21)
                    .max(java.util.Comparator.comparingInt(KeycloakIT::feature)).orElse(null);
        }
    }

    private static int feature(Path jdk) {
        try {
            for (String line : Files.readAllLines(jdk.resolve("release"))) {
                Matcher m = Pattern.compile("^JAVA_VERSION=\"(\\d+)").matcher(line);
                if (m.find()) {
                    return Integer.parseInt(m.group(1));
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            return 0;
        }
        return 0;
    }

    /** The distribution unpacked once under target/keycloak; its home folder. */
    private static Path unpack(Path zip, Path into) throws IOException {
        try (Stream<Path> existing = Files.exists(into) ? Files.list(into) : Stream.empty()) {
            var home = existing.filter(p -> Files.exists(p.resolve("bin/kc.sh"))).findFirst();
            if (home.isPresent()) {
                return home.get();
            }
        }
        Path home = null;
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
                Path target = into.resolve(entry.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new IOException("entry outside the folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                Files.copy(entries, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                if (entry.getName().endsWith("bin/kc.sh")) {
                    home = target.getParent().getParent();
                }
            }
        }
        return home;
    }
}
