package org.renewal.contracts.funding;

import java.time.LocalDate;

import org.renewal.contracts.EventPayload;

/**
 * {@code funding.FundingGapDetected} v1: a project's funding lags: pledges do not cover the cost, or receipts lag a due date.
 *
 * @param projectId   the project
 * @param communityId the community
 * @param kind        {@code PLEDGES_SHORT} or {@code RECEIPTS_LATE}
 * @param gap         fen missing
 * @param asOf        the date it was found
 */
public record FundingGapDetected(
        String projectId,
        String communityId,
        String kind,
        long gap,
        LocalDate asOf) implements EventPayload {

    public static final String TYPE = "funding.FundingGapDetected";
    public static final int VERSION = 1;

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public int eventVersion() {
        return VERSION;
    }

    @Override
    public String topic() {
        return FundingTopics.FUNDING;
    }
}
