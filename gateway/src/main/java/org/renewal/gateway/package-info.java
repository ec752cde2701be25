/**
 * The gateway: routes {@code /api/<service>/**} to the service unchanged, gives every request an
 * {@code X-Correlation-Id}, answers problem+json (503 when a service is down, never a hang or a 500),
 * and serves one Swagger UI over all five services' APIs.
 */
package org.renewal.gateway;
