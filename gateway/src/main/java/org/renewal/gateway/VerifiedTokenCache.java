package org.renewal.gateway;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Remembers tokens already verified (signature, issuer, audience, times), so a client sending the same token
 * again is not verified again: token verification was a third of the gateway's profile samples, the RSA check alone a quarter
 * (docs/performance.md). A remembered token is used only until its own expiry, then verified anew (and refused);
 * only the exact same token string hits; the cache is bounded in size and in time. The services still verify
 * every token themselves.
 */
final class VerifiedTokenCache implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder verifier;
    private final Clock clock;
    private final Cache<String, Jwt> verified;

    VerifiedTokenCache(ReactiveJwtDecoder verifier, int maximumSize, Duration keepFor, Clock clock) {
        this.verifier = verifier;
        this.clock = clock;
        this.verified = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterWrite(keepFor).build();
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt known = verified.getIfPresent(token);
        if (known != null) {
            Instant expiresAt = known.getExpiresAt();
            if (expiresAt != null && clock.instant().isBefore(expiresAt)) {
                return Mono.just(known);
            }
            verified.invalidate(token);
        }
        return verifier.decode(token).doOnNext(jwt -> {
            if (jwt.getExpiresAt() != null) {
                verified.put(token, jwt);
            }
        });
    }
}
