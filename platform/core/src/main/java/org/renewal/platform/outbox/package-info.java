/**
 * Transactional outbox without multi-document transactions: a changed aggregate and its new events
 * are saved in one document write (field {@code pendingEvents}, guarded by {@code @Version}); the
 * relay publishes them right after the write and removes them; a sweep publishes what a crash or a
 * broker outage left behind. Delivery is at least once.
 */
package org.renewal.platform.outbox;
