package org.renewal.contracts.plan;

import org.renewal.contracts.EventPayload;

/**
 * {@code plan.PlanReturned} v1: the city office returned a submitted plan with its opinions (审核意见) for
 * revision.
 *
 * @param planId      the plan
 * @param communityId its community
 * @param revision    the revision the opinions are about
 * @param opinions    how many opinions were given
 */
public record PlanReturned(
        String planId,
        String communityId,
        int revision,
        int opinions) implements EventPayload {

    public static final String TYPE = "plan.PlanReturned";
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
        return PlanTopics.PLAN;
    }
}
