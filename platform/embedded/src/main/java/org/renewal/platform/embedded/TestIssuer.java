package org.renewal.platform.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

/**
 * A real token issuer for tests: an RSA key whose public half is served as a JWKS over HTTP, as an
 * identity provider does, and tokens signed with it (or deliberately broken ones).
 */
public final class TestIssuer {

    public static final String AUDIENCE = "renewal-api";
    private static TestIssuer instance;

    private final RSAKey key;
    private final RSAKey otherKey;
    private final HttpServer server;

    private TestIssuer() {
        try {
            key = new RSAKeyGenerator(2048).keyID("test-key").generate();
            otherKey = new RSAKeyGenerator(2048).keyID("test-key").generate();
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            server.createContext("/oauth2/jwks", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwks.length);
                exchange.getResponseBody().write(jwks);
                exchange.close();
            });
            server.start();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static synchronized TestIssuer get() {
        if (instance == null) {
            instance = new TestIssuer();
        }
        return instance;
    }

    public String issuer() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    public String jwkSetUri() {
        return issuer() + "/oauth2/jwks";
    }

    /** A valid token for a person with one role and the given scope claims ({@code district}, {@code street}…). */
    public String token(String subject, String role, Map<String, Object> claims) {
        return sign(key, base(subject, role, claims).build());
    }

    /** A district office of the given district. */
    public String districtOffice(String districtCode) {
        return token("district-" + districtCode, "DISTRICT_OFFICE", Map.of("district", districtCode));
    }

    public String cityOffice() {
        return token("city-office", "CITY_OFFICE", Map.of());
    }

    public String resident(String districtCode, String householdId) {
        return token("resident-" + householdId, "RESIDENT", Map.of("district", districtCode, "householdId", householdId));
    }

    public String expired(String role) {
        Instant past = Instant.now().minus(Duration.ofHours(2));
        return sign(key, base("late", role, Map.of()).issueTime(Date.from(past))
                .expirationTime(Date.from(past.plus(Duration.ofMinutes(5)))).build());
    }

    public String signedByAnotherKey(String role) {
        return sign(otherKey, base("forger", role, Map.of()).build());
    }

    public String unsigned(String role) {
        return new PlainJWT(base("nobody", role, Map.of()).build()).serialize();
    }

    public String fromAnotherIssuer(String role) {
        return sign(key, base("stranger", role, Map.of()).issuer("https://elsewhere.example").build());
    }

    public String forAnotherAudience(String role) {
        return sign(key, base("elsewhere", role, Map.of()).audience("another-api").build());
    }

    private JWTClaimsSet.Builder base(String subject, String role, Map<String, Object> claims) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
                .subject(subject).issuer(issuer()).audience(AUDIENCE).jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofMinutes(30))))
                .claim("roles", List.of(role));
        claims.forEach(builder::claim);
        return builder;
    }

    private static String sign(RSAKey with, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(with.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(with));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
