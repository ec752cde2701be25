package org.renewal.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class ETagsTest {

    @Test
    void etagIsTheQuotedVersion() {
        assertThat(ETags.of(3L)).isEqualTo("\"3\"");
        assertThat(ETags.of(null)).isEqualTo("\"0\"");
    }

    @Test
    void acceptsTheCurrentVersionWeakOrStrongAndTheWildcard() {
        assertThatCode(() -> ETags.requireMatch("\"3\"", 3L)).doesNotThrowAnyException();
        assertThatCode(() -> ETags.requireMatch("W/\"3\"", 3L)).doesNotThrowAnyException();
        assertThatCode(() -> ETags.requireMatch("*", 3L)).doesNotThrowAnyException();
    }

    @Test
    void refusesAStaleVersionWith412() {
        assertThatThrownBy(() -> ETags.requireMatch("\"2\"", 3L))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.PRECONDITION_FAILED);
                    assertThat(e.code()).isEqualTo("PRECONDITION_FAILED");
                });
    }
}
