package org.renewal.plan.plan;

import org.renewal.platform.dictionary.Labelled;

/** Where a plan stands in review (方案审核). */
public enum PlanStatus implements Labelled {
    DRAFT("草拟中", "Draft"),
    SUBMITTED("已报审", "Submitted for review"),
    RETURNED("退回修改", "Returned for revision"),
    APPROVED("已批复", "Approved");

    private final Label label;

    PlanStatus(String zh, String en) {
        this.label = new Label(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
