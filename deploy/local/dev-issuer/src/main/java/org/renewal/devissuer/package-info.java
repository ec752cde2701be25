/**
 * Development-only OAuth2/OIDC issuer (Spring Authorization Server): demo accounts in two districts,
 * tokens that carry the suite's role and scope claims. Never deployed to production.
 */
package org.renewal.devissuer;
