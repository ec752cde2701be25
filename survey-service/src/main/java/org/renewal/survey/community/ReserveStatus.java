package org.renewal.survey.community;

import org.renewal.platform.dictionary.Labelled;

/** Where a community stands in the project reserve library (项目储备库). */
public enum ReserveStatus implements Labelled {
    NOT_RESERVED("未入库", "Not in the reserve"),
    RESERVED("已入库", "In the reserve"),
    REMOVED("已移出", "Removed from the reserve");

    private final Label label;

    ReserveStatus(String zh, String en) {
        this.label = new Label(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
