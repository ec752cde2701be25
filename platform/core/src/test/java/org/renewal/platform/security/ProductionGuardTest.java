package org.renewal.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ProductionGuardTest {

    private static final String ISSUER = "https://id.example.gov.cn/realms/renewal";

    @Test
    void productionRefusesTheDevelopmentIssuerAndPlainHttp() {
        assertThat(ProductionGuard.problems("http://localhost:9000", Map.of())).hasSize(1);
        assertThat(ProductionGuard.problems("http://127.0.0.1:9000", Map.of())).hasSize(1);
        assertThat(ProductionGuard.problems("http://id.example.gov.cn/realms/renewal", Map.of())).hasSize(1);
        assertThat(ProductionGuard.problems(ISSUER, Map.of())).isEmpty();
    }

    @Test
    void productionRefusesTheDevelopmentSecretAndShortOnesFromThirtyTwoCharactersUp() {
        assertThat(ProductionGuard.problems(ISSUER, Map.of("OWNER_KEY_SECRET",
                "local-development-owner-key-secret-change-me"))).hasSize(1);
        assertThat(ProductionGuard.problems(ISSUER, Map.of("OWNER_KEY_SECRET", "a".repeat(31)))).hasSize(1);
        assertThat(ProductionGuard.problems(ISSUER, Map.of("OWNER_KEY_SECRET", "a".repeat(32)))).isEmpty();
    }

    @Test
    void onlyProductionIsChecked() {
        assertThatCode(() -> ProductionGuard.check("development", "http://localhost:9000",
                Map.of("OWNER_KEY_SECRET", "x"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> ProductionGuard.check("production", "http://localhost:9000",
                Map.of("OWNER_KEY_SECRET", "x")))
                .hasMessageContaining("ISSUER_URI").hasMessageContaining("OWNER_KEY_SECRET");
    }
}
