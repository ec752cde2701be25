package org.renewal.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class VerifiedTokenCacheTest {

    static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");
    static final Instant EXPIRY = NOW.plus(Duration.ofMinutes(10));

    /** Records what it was asked; accepts tokens until EXPIRY, refuses those starting with "bad". */
    static final class Verifier implements JwtDecoder {
        final List<String> asked = new ArrayList<>();
        Instant now = NOW;

        @Override
        public Jwt decode(String token) {
            asked.add(token);
            if (token.startsWith("bad") || !now.isBefore(EXPIRY)) {
                throw new BadJwtException("refused: " + token);
            }
            var jwt = Jwt.withTokenValue(token).header("alg", "RS256").subject("s-" + token).issuedAt(NOW);
            return token.startsWith("endless") ? jwt.build() : jwt.expiresAt(EXPIRY).build();
        }
    }

    static final class MovableClock extends Clock {
        Instant now = NOW;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
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
        assertThat(cache.decode("t1").getSubject()).isEqualTo("s-t1");
        assertThat(cache.decode("t1").getSubject()).isEqualTo("s-t1");
        assertThat(cache.decode("t2").getSubject()).isEqualTo("s-t2");
        assertThat(verifier.asked).containsExactly("t1", "t2");
    }

    @Test
    void aRememberedTokenPastItsExpiryIsVerifiedAgainAndRefused() {
        cache.decode("t1");
        clock.now = EXPIRY;
        verifier.now = EXPIRY;
        assertThatThrownBy(() -> cache.decode("t1")).isInstanceOf(BadJwtException.class);
        assertThat(verifier.asked).containsExactly("t1", "t1");
    }

    @Test
    void aRefusedTokenIsNeverRemembered() {
        assertThatThrownBy(() -> cache.decode("bad")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> cache.decode("bad")).isInstanceOf(BadJwtException.class);
        assertThat(verifier.asked).containsExactly("bad", "bad");
    }

    @Test
    void aTokenWithoutExpiryIsVerifiedEveryTime() {
        cache.decode("endless");
        cache.decode("endless");
        assertThat(verifier.asked).containsExactly("endless", "endless");
    }
}
