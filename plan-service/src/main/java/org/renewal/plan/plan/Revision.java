package org.renewal.plan.plan;

import java.time.Instant;

/** A submission, frozen: its number, content, and who submitted it when. */
record Revision(int number, PlanContent content, String submittedBy, Instant submittedAt) {
}
