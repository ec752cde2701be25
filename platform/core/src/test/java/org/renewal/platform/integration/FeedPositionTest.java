package org.renewal.platform.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FeedPositionTest {

    final Instant now = Instant.parse("2027-03-15T08:30:00Z");

    @Test
    void aCursorReadsBackAsThePositionItWas() {
        FeedPosition position = FeedPosition.start(now).after("renewal.survey.community:0", 41, now)
                .after("renewal.survey.community:2", 7, now);

        FeedPosition read = FeedPosition.decode(position.encode());

        assertThat(read.offsets()).containsExactlyInAnyOrderEntriesOf(Map.of("renewal.survey.community:0", 41L,
                "renewal.survey.community:2", 7L));
        assertThat(read.issuedAt()).isEqualTo(now);
        assertThat(position.encode()).doesNotContain("=", "+", "/");
    }

    @Test
    void movingPastAnEventNeverMovesBack() {
        FeedPosition position = FeedPosition.start(now).after("t:0", 9, now).after("t:0", 4, now);

        assertThat(position.offsets()).containsEntry("t:0", 9L);
    }

    @Test
    void anythingElseIsNotACursor() {
        for (String bad : new String[] {"", "x", "%%%", Base64.getUrlEncoder().encodeToString("[]".getBytes()),
                encode("{\"v\":2,\"t\":1,\"p\":{}}"), encode("{\"v\":1,\"t\":1,\"p\":{\"t:0\":-1}}"),
                encode("{\"v\":1,\"t\":1,\"p\":{\"t:0\":\"x\"}}"), encode("{\"v\":1,\"p\":{}}"), "a".repeat(20_000)}) {
            assertThatThrownBy(() -> FeedPosition.decode(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
