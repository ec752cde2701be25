package org.renewal.plan.programme;

import org.renewal.platform.dictionary.Labelled;

/** What a place's targets are: its yardstick in the overview. */
public enum TargetBasis implements Labelled {
    DISTRICT_PROGRAMME("区年度计划目标", "The district's programme targets"),
    STREET_BATCH("本街道纳入年度批次的小区", "The street's communities in its district's batch"),
    CITY_SUM("各区目标之和", "The sum of the districts' targets");

    private final Label label;

    TargetBasis(String zh, String en) {
        this.label = new Label(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
