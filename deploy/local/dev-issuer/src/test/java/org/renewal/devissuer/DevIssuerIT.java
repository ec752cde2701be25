package org.renewal.devissuer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The development issuer hands out tokens the services accept: audience, roles, JWKS, discovery. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DevIssuerIT {

    static final JsonMapper json = JsonMapper.builder().build();
    static final HttpClient client = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void theMachineClientGetsAnIntegrationTokenForTheSuitesAudience() throws Exception {
        String basic = Base64.getEncoder().encodeToString("integration-demo:integration-secret"
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=survey.read"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        String token = json.readTree(response.body()).get("access_token").asString();
        JsonNode claims = json.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        assertThat(claims.get("aud").toString()).contains("renewal-api");
        assertThat(claims.get("roles").get(0).asString()).isEqualTo("INTEGRATION");
        assertThat(claims.get("scope").toString()).contains("survey.read");
    }

    /** The demo systems that write carry their write scope and their district; the read-only client no district. */
    @Test
    void theDemoSystemsThatWriteAreBoundToTheirDistrict() throws Exception {
        JsonNode treasury = claims("treasury-demo:treasury-secret", "funding.read funding.ledger.write");
        JsonNode hotline = claims("hotline-demo:hotline-secret", "governance.tickets.write");
        JsonNode reader = claims("integration-demo:integration-secret", "survey.read");

        assertThat(treasury.get("district").asString()).isEqualTo("220302");
        assertThat(treasury.get("scope").toString()).contains("funding.ledger.write");
        assertThat(hotline.get("district").asString()).isEqualTo("220302");
        assertThat(reader.has("district")).isFalse();
    }

    private JsonNode claims(String credentials, String scope) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/oauth2/token"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        credentials.getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope="
                        + java.net.URLEncoder.encode(scope, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String token = json.readTree(response.body()).get("access_token").asString();
        return json.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }

    @Test
    void publishesItsKeysAndDiscoveryDocument() throws Exception {
        JsonNode discovery = get("/.well-known/openid-configuration");
        JsonNode keys = get("/oauth2/jwks");

        assertThat(discovery.get("authorization_endpoint").asString()).endsWith("/oauth2/authorize");
        assertThat(discovery.get("code_challenge_methods_supported").toString()).contains("S256");
        assertThat(keys.get("keys")).isNotEmpty();
    }

    /**
     * A page the issuer redirects back to must be allowed to finish the sign-in: its origin may call the token
     * endpoint from the browser (CORS). The dashboard opened at http://127.0.0.1:8080 was sent back there and then
     * blocked at the token request.
     */
    @Test
    void everyOriginItRedirectsToMayRedeemItsCode(@org.springframework.beans.factory.annotation.Autowired
            org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository clients)
            throws Exception {
        java.util.Set<String> origins = new java.util.TreeSet<>();
        clients.findByClientId("renewal-web").getRedirectUris()
                .forEach(r -> origins.add(URI.create(r).getScheme() + "://" + URI.create(r).getAuthority()));
        assertThat(origins).contains("http://127.0.0.1:8080", "http://localhost:8080");
        for (String origin : origins) {
                HttpResponse<String> preflight = client.send(HttpRequest.newBuilder(uri("/oauth2/token"))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                    .header("Origin", origin).header("Access-Control-Request-Method", "POST")
                    .header("Access-Control-Request-Headers", "content-type").build(), HttpResponse.BodyHandlers.ofString());

            assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).as(origin).contains(origin);
        }
    }

    @Test
    void everyRoleHasADemoAccountAndTwoDistrictsAreRepresented() {
        assertThat(DemoAccount.ALL.stream().map(DemoAccount::role).distinct()).containsExactlyInAnyOrder(
                "DISTRICT_OFFICE", "CITY_OFFICE", "HOUSING_BUREAU", "FINANCE", "STREET", "UNIT",
                "OWNERS_COMMITTEE", "RESIDENT");
        assertThat(DemoAccount.ALL.stream().map(a -> a.claims().get("district")).distinct())
                .contains("220302", "220303");
    }

    private JsonNode get(String path) throws Exception {
        return json.readTree(client.send(HttpRequest.newBuilder(uri(path)).build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
