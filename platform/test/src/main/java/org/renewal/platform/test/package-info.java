/**
 * Support for {@code *IT} tests: a real Kafka broker (child process, so it can be stopped, killed and
 * restarted) and the MongoDB wire-protocol server, started once per test JVM; a probe that reads
 * topics; nothing mocked.
 */
package org.renewal.platform.test;
