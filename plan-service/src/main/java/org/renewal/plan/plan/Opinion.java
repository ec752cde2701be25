package org.renewal.plan.plan;

import java.time.Instant;

/** A review opinion (审核意见) of the city office on a revision: on one item line, or on the whole plan. */
record Opinion(int revision, String lineId, String text, String by, Instant at) {
}
