package org.renewal.plan.menu;

import org.renewal.platform.dictionary.Labelled;

/** The State Council's classes of renovation content (国办发〔2020〕23号). */
public enum NationalClass implements Labelled {
    BASIC("基础类", "Basic"),
    IMPROVEMENT("完善类", "Improvement"),
    UPGRADE("提升类", "Upgrade");

    private final Label label;

    NationalClass(String zh, String en) {
        this.label = new Label(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
