package org.renewal.project.project;

import org.renewal.platform.dictionary.Labelled;

/** Roles of participating units (参建单位). */
public enum UnitRole implements Labelled {
    CONSTRUCTION("建设单位", "Construction unit (client)"),
    CONTRACTOR("施工单位", "Contractor"),
    SUPERVISION("监理单位", "Supervision unit"),
    DESIGN("设计单位", "Design unit");

    private final Label label;

    UnitRole(String zh, String en) {
        this.label = new Label(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
