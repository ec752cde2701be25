/**
 * Event contracts: the payload records services publish, one package per producing service. Plain
 * Java, no Spring; changes within a version are additive only. See docs/events.md.
 */
package org.renewal.contracts;
