package org.renewal.contracts.plan;

import org.renewal.contracts.EventPayload;

/**
 * {@code plan.PlanSubmitted} v1: a community plan (一小区一方案) was submitted to the city office for
 * review (报市旧改办审核) as revision {@code revision}.
 *
 * @param planId       the plan
 * @param communityId  its community
 * @param districtCode the district
 * @param revision     the revision number, 1 for the first submission
 * @param totalCost    the cost estimate in fen (分)
 */
public record PlanSubmitted(
        String planId,
        String communityId,
        String districtCode,
        int revision,
        long totalCost) implements EventPayload {

    public static final String TYPE = "plan.PlanSubmitted";
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
