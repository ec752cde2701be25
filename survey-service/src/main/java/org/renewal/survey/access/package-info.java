/**
 * Who may do what in survey-service, in one place: role rules per endpoint here; place rules
 * (a district office only its district, a street only its street) applied by every read and write
 * through {@link org.renewal.platform.security.Caller} and {@link org.renewal.platform.security.PlaceScope}.
 */
package org.renewal.survey.access;
