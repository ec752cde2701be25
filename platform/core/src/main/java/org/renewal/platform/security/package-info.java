/**
 * Who may do what: every service is an OAuth2 resource server that validates the JWT itself
 * (signature, expiry, issuer, audience), maps its roles and scope claims to a {@link
 * org.renewal.platform.security.Caller}, and answers 401/403 as problem+json. Each service states its
 * rules in one {@link org.renewal.platform.security.AccessRules} bean.
 */
package org.renewal.platform.security;
