package org.renewal.devissuer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.InMemoryOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationCode;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;

/** Token exchanges from several threads at once find their authorizations and never fail. */
class SynchronizedAuthorizationsTest {

    private static final RegisteredClient CLIENT = RegisteredClient.withId("web").clientId("renewal-web")
            .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE).redirectUri("http://localhost/cb").build();

    @Test
    void concurrentSavesAndLookupsByTokenNeverFail() throws Exception {
        OAuth2AuthorizationService authorizations = new SynchronizedAuthorizations(new InMemoryOAuth2AuthorizationService());
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(threads.submit(() -> {
                    int found = 0;
                    for (int i = 0; i < 3_000; i++) {
                        String code = UUID.randomUUID().toString();
                        authorizations.save(OAuth2Authorization.withRegisteredClient(CLIENT)
                                .id(UUID.randomUUID().toString()).principalName("resident-" + i)
                                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                                .token(new OAuth2AuthorizationCode(code, Instant.now(), Instant.now().plusSeconds(300)))
                                .build());
                        if (authorizations.findByToken(code, null) != null) {
                            found++;
                        }
                    }
                    return found;
                }));
            }
            // get() rethrows what a thread met (unguarded: ConcurrentModificationException in findByToken); the
            // store keeps at most 100 authorizations not yet redeemed, so another thread's saves may evict one
            for (Future<Integer> result : results) {
                assertThat(result.get()).isPositive();
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
