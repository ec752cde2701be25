package org.renewal.devissuer;

import org.springframework.security.oauth2.server.authorization.InMemoryOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * Spring Authorization Server's in-memory authorizations, one caller at a time. {@link InMemoryOAuth2AuthorizationService}
 * walks its maps unguarded while another request may change them: the demo loader's token exchanges from three
 * threads got a 500 ({@code ConcurrentModificationException} in {@code findByToken}) and the demo stopped part-way.
 */
final class SynchronizedAuthorizations implements OAuth2AuthorizationService {

    private final OAuth2AuthorizationService store;

    SynchronizedAuthorizations(OAuth2AuthorizationService store) {
        this.store = store;
    }

    @Override
    public synchronized void save(OAuth2Authorization authorization) {
        store.save(authorization);
    }

    @Override
    public synchronized void remove(OAuth2Authorization authorization) {
        store.remove(authorization);
    }

    @Override
    public synchronized OAuth2Authorization findById(String id) {
        return store.findById(id);
    }

    @Override
    public synchronized OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        return store.findByToken(token, tokenType);
    }
}
