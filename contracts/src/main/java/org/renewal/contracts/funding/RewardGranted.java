package org.renewal.contracts.funding;

import org.renewal.contracts.EventPayload;

/**
 * {@code funding.RewardGranted} v1: the reward instead of subsidy (以奖代补) was granted from the project's evaluation grade and pledged by
 * the city.
 *
 * @param projectId the project
 * @param grade     the evaluation grade
 * @param amount    the reward, fen
 * @param entryId   the pledge entry
 */
public record RewardGranted(
        String projectId,
        String grade,
        long amount,
        String entryId) implements EventPayload {

    public static final String TYPE = "funding.RewardGranted";
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
