package org.renewal.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

class VerifiedTokenCacheTest {

    static final Instant NOW = Instant.parse("2026-12-02T08:00:00Z");

    /** A verifier that records what it was asked and accepts tokens until their expiry at NOW + 10 min. */
    static final class Verifier implements ReactiveJwtDecoder {
        final List<String> asked = new ArrayList<>();
        Instant now = NOW;

        @Override
        public Mono<Jwt> decode(String token) {
            asked.add(token);
            Instant expiresAt = NOW.plus(Duration.ofMinutes(10));
            if (token.startsWith("bad") || !now.isBefore(expiresAt)) {
                return Mono.error(new BadJwtException("refused: " + token));
            }
            return Mono.just(Jwt.withTokenValue(token).header("alg", "RS256").subject("s-" + token)
                    .issuedAt(NOW).expiresAt(expiresAt).build());
        }
    }

    static final class MovableClock extends Clock {
        Instant now = NOW;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final Verifier verifier = new Verifier();
    final MovableClock clock = new MovableClock();
    final VerifiedTokenCache cache = new VerifiedTokenCache(verifier, 100, Duration.ofMinutes(5), clock);

    @Test
    void aTokenIsVerifiedOnceWhileItIsValid() {
        assertThat(cache.decode("t1").block().getSubject()).isEqualTo("s-t1");
        assertThat(cache.decode("t1").block().getSubject()).isEqualTo("s-t1");
        assertThat(cache.decode("t2").block().getSubject()).isEqualTo("s-t2");
        assertThat(verifier.asked).containsExactly("t1", "t2");
    }

    @Test
    void aRememberedTokenPastItsExpiryIsVerifiedAgainAndRefused() {
        cache.decode("t1").block();
        clock.now = NOW.plus(Duration.ofMinutes(10));
        verifier.now = clock.now;
        assertThatThrownBy(() -> cache.decode("t1").block()).isInstanceOf(BadJwtException.class);
        assertThat(verifier.asked).containsExactly("t1", "t1");
    }

    @Test
    void aRefusedTokenIsNeverRemembered() {
        assertThatThrownBy(() -> cache.decode("bad").block()).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> cache.decode("bad").block()).isInstanceOf(BadJwtException.class);
        assertThat(verifier.asked).containsExactly("bad", "bad");
    }
}
