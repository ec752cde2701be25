package org.renewal.contracts.plan;

/** Topics of plan-service's aggregates; the record key is the aggregate id. */
public final class PlanTopics {

    /** Events of the renovation menu catalogue (改造菜单); the key is the item code. */
    public static final String MENU = "renewal.plan.menu";

    private PlanTopics() {
    }
}
