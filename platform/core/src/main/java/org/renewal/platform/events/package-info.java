/**
 * The event envelope every service publishes and reads: id, type and version, time, aggregate id
 * and version, correlation and causation ids, and the payload. Never a Java class name on the wire.
 */
package org.renewal.platform.events;
