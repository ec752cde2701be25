/**
 * Who may do what in plan-service, in one place: role rules per endpoint here; place rules applied
 * by every read through {@link org.renewal.platform.security.Caller} and
 * {@link org.renewal.platform.security.PlaceScope}.
 */
package org.renewal.plan.access;
