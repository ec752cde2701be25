/**
 * Community plans (一小区一方案, stages 3–4): items from the menu with quantities, scope, computed cost
 * and schedule; planned funding that adds up to the cost; review by the city office in immutable
 * revisions (DRAFT → SUBMITTED → RETURNED → … → APPROVED); preparation after approval.
 */
package org.renewal.plan.plan;
