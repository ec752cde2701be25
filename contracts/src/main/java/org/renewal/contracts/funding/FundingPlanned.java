package org.renewal.contracts.funding;

import org.renewal.contracts.EventPayload;

/**
 * {@code funding.FundingPlanned} v1: a project's funding plan was opened from its approved plan: planned sources by channel and payer.
 *
 * @param projectId   the project (= plan id)
 * @param communityId the community
 * @param totalCost   the cost to fund, fen
 * @param sources     how many planned sources
 */
public record FundingPlanned(
        String projectId,
        String communityId,
        long totalCost,
        int sources) implements EventPayload {

    public static final String TYPE = "funding.FundingPlanned";
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
