package org.renewal.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.renewal.platform.embedded.TestIssuer;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * What every service promises operators and front ends, checked on the running service: health
 * probes, Prometheus metrics, its OpenAPI under its own prefix, bilingual dictionaries and
 * problem+json for unknown paths. A service's test extends this and names its prefix.
 */
@ServiceIntegrationTest
public abstract class ServiceConventionsIT {

    @LocalServerPort
    protected int port;

    /** The service's API prefix, e.g. {@code /api/funding}. */
    protected abstract String prefix();

    @Test
    void reportsLivenessAndReadinessIncludingItsStore() {
        var readiness = Http.at(port).get("/actuator/health/readiness");
        var liveness = Http.at(port).get("/actuator/health/liveness");

        assertThat(readiness.status()).isEqualTo(200);
        assertThat(liveness.status()).isEqualTo(200);
        assertThat(readiness.json().get("components").has("mongoStore")).isTrue();
    }

    @Test
    void exposesPrometheusMetrics() {
        var metrics = Http.at(port).get("/actuator/prometheus");

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void servesItsOpenApiUnderItsOwnPrefixWithTheProblemSchema() {
        var docs = Http.at(port).get(prefix() + "/v3/api-docs");

        assertThat(docs.status()).isEqualTo(200);
        JsonNode api = docs.json();
        assertThat(api.get("paths").propertyNames()).allMatch(path -> path.startsWith(prefix()));
        assertThat(api.get("components").get("schemas").has("Problem")).isTrue();
        assertThat(api.get("components").get("securitySchemes").has("oauth2")).isTrue();
        assertThat(api.get("security").findValues("oauth2")).isNotEmpty();
        api.get("paths").forEach(path -> path.forEach(operation ->
                assertThat(operation.get("responses").has("401")).isTrue()));
    }

    @Test
    void servesEveryDictionaryWithChineseAndEnglishLabels() {
        Http http = Http.at(port).as(TestIssuer.get().cityOffice());
        var dictionaries = http.get(prefix() + "/dictionaries");

        assertThat(dictionaries.status()).isEqualTo(200);
        for (JsonNode dictionary : dictionaries.json()) {
            assertThat(dictionary.get("entries")).isNotEmpty();
            for (JsonNode entry : dictionary.get("entries")) {
                assertThat(entry.get("code").asString()).matches("[A-Z_]+");
                assertThat(entry.get("labelZh").asString()).isNotBlank();
                assertThat(entry.get("labelEn").asString()).isNotBlank();
            }
            var one = http.get(prefix() + "/dictionaries/" + dictionary.get("name").asString());
            assertThat(one.json()).isEqualTo(dictionary);
        }
        assertThat(http.get(prefix() + "/dictionaries/no-such").status()).isEqualTo(404);
        assertThat(dictionaries.json().findValuesAsString("name")).contains("roles");
    }

    @Test
    void anUnknownPathIs404Problem() {
        var response = Http.at(port).as(TestIssuer.get().cityOffice()).get(prefix() + "/no-such-resource");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo("NOT_FOUND");
    }

    @Test
    void withoutATokenEveryOperationIs401ProblemWithWwwAuthenticate() {
        var response = Http.at(port).get(prefix() + "/dictionaries");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo("AUTHENTICATION_REQUIRED");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.renewal.platform.test.ServiceConventionsIT#badTokens")
    void aBadTokenIs401ProblemWithWwwAuthenticate(String kind, String token) {
        // twice: verified tokens are remembered (VerifiedTokenCache), a refused one never is
        for (int attempt = 1; attempt <= 2; attempt++) {
            var response = Http.at(port).as(token).get(prefix() + "/dictionaries");

            assertThat(response.status()).as(kind + ", attempt " + attempt).isEqualTo(401);
            assertThat(response.header("WWW-Authenticate")).startsWith("Bearer").contains("invalid_token");
            assertThat(response.json().get("code").asString()).isEqualTo("TOKEN_INVALID");
            assertThat(response.body()).doesNotContain(token);
        }
    }

    static Stream<Arguments> badTokens() {
        TestIssuer issuer = TestIssuer.get();
        return Stream.of(
                Arguments.of("expired", issuer.expired("CITY_OFFICE")),
                Arguments.of("alg=none", issuer.unsigned("CITY_OFFICE")),
                Arguments.of("signed by another key", issuer.signedByAnotherKey("CITY_OFFICE")),
                Arguments.of("another issuer", issuer.fromAnotherIssuer("CITY_OFFICE")),
                Arguments.of("another audience", issuer.forAnotherAudience("CITY_OFFICE")),
                Arguments.of("not a JWT", "not-a-token"));
    }

    @Test
    void aValidTokenWithoutTheRoleIs403Problem() {
        var response = Http.at(port).as(TestIssuer.get().resident("220302", "h-1")).get(prefix() + "/audit-records");

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo("ACCESS_DENIED");
    }

    @Test
    void theCityOfficeReadsTheAuditTrail() {
        var response = Http.at(port).as(TestIssuer.get().cityOffice()).get(prefix() + "/audit-records");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("page")).isNotNull();
    }

    @Test
    void aSortThatCannotBeDecodedIs400NamingSortNot500() {
        var response = Http.at(port).as(TestIssuer.get().cityOffice()).get(prefix() + "/audit-records?sort=%25s%25n%25x");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("sort");
    }

    @Test
    void deadLettersAreForTheCityOffice() {
        assertThat(Http.at(port).as(TestIssuer.get().cityOffice()).get(prefix() + "/dead-letters").status()).isEqualTo(200);
        assertThat(Http.at(port).as(TestIssuer.get().districtOffice("220302")).get(prefix() + "/dead-letters").status())
                .isEqualTo(403);
    }
}
