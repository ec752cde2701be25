package org.renewal.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class CorrelationIdTest {

    @Test
    void keepsASensibleCallerIdAndReplacesAnythingElse() {
        assertThat(CorrelationId.acceptOrCreate("req-42.a:b_c")).isEqualTo("req-42.a:b_c");
        assertThat(CorrelationId.acceptOrCreate("bad id\nwith newline")).isNotEqualTo("bad id\nwith newline")
                .matches("[0-9a-f-]{36}");
        assertThat(CorrelationId.acceptOrCreate("x".repeat(65))).hasSize(36);
        assertThat(CorrelationId.acceptOrCreate(null)).hasSize(36);
    }

    @Test
    void bindingLastsUntilTheScopeCloses() {
        try (CorrelationId.Scope ignored = CorrelationId.bind("flow-1", "event-9")) {
            assertThat(CorrelationId.current()).isEqualTo("flow-1");
            assertThat(CorrelationId.causation()).isEqualTo("event-9");
        }
        assertThat(MDC.get(CorrelationId.MDC_KEY)).isNull();
    }
}
