/**
 * The audit trail: every state-changing request (who, what, when, correlation id, outcome) kept in
 * the service's own database for 190 days (网络安全法 第21条: logs kept at least six months), readable
 * by district and city offices.
 */
package org.renewal.platform.audit;
