/**
 * Consuming events safely: effects applied at most once per source version in a single-document
 * update, bounded retries then {@code <topic>.DLT} for bad records, and endless patient retries
 * (offsets held) while the service's own store is down.
 */
package org.renewal.platform.consumer;
