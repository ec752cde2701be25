package org.renewal.contracts.plan;

/** Topics of plan-service's aggregates; the record key is the aggregate id. */
public final class PlanTopics {

    /** Events of the renovation menu catalogue (改造菜单); the key is the item code. */
    public static final String MENU = "renewal.plan.menu";

    /** Events of community plans (一小区一方案): submitted, returned, approved. */
    public static final String PLAN = "renewal.plan.plan";

    /** Events of owners' votes (业主表决). */
    public static final String VOTE = "renewal.plan.vote";

    private PlanTopics() {
    }
}
