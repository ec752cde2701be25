/**
 * HTTP conventions shared by every service: RFC 9457 problem details with a stable business code
 * and every invalid field named (Chinese by default, English on {@code Accept-Language: en}),
 * correlation ids, ETags for optimistic concurrency.
 */
package org.renewal.platform.web;
