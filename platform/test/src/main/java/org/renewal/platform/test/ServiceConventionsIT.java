package org.renewal.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
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
    }

    @Test
    void servesEveryDictionaryWithChineseAndEnglishLabels() {
        var dictionaries = Http.at(port).get(prefix() + "/dictionaries");

        assertThat(dictionaries.status()).isEqualTo(200);
        for (JsonNode dictionary : dictionaries.json()) {
            assertThat(dictionary.get("entries")).isNotEmpty();
            for (JsonNode entry : dictionary.get("entries")) {
                assertThat(entry.get("code").asString()).matches("[A-Z_]+");
                assertThat(entry.get("labelZh").asString()).isNotBlank();
                assertThat(entry.get("labelEn").asString()).isNotBlank();
            }
            var one = Http.at(port).get(prefix() + "/dictionaries/" + dictionary.get("name").asString());
            assertThat(one.json()).isEqualTo(dictionary);
        }
        assertThat(Http.at(port).get(prefix() + "/dictionaries/no-such").status()).isEqualTo(404);
    }

    @Test
    void anUnknownPathIs404Problem() {
        var response = Http.at(port).get(prefix() + "/no-such-resource");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo("NOT_FOUND");
    }
}
