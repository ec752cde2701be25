package org.renewal.survey.community;

import java.time.Instant;

/** The community's place in the reserve library, with the last change's reason, who and when. */
record ReserveEntry(ReserveStatus status, String reason, String changedBy, Instant changedAt) {

    static ReserveEntry none() {
        return new ReserveEntry(ReserveStatus.NOT_RESERVED, null, null, null);
    }
}
