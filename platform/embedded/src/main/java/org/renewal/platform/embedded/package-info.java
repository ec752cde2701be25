/**
 * Embedded infrastructure for one machine: a real single-node Apache Kafka broker (KRaft) and the
 * mongo-java-server MongoDB wire-protocol store, each runnable as its own process so that the local
 * launcher and the fault tests can stop, kill, pause and restart them like the real thing.
 */
package org.renewal.platform.embedded;
