package org.renewal.project.stage;

import org.renewal.platform.dictionary.Labelled;

/** Stages of a renovation project (项目阶段) */
public enum ProjectStage implements Labelled {
    APPROVED("已立项", "Approved"),
    TENDERING("招投标", "Tendering"),
    UNDER_CONSTRUCTION("施工中", "Under construction"),
    COMPLETED("已竣工", "Completed"),
    ACCEPTED("已验收", "Accepted"),
    EVALUATED("已考评", "Evaluated"),
    HANDED_OVER("已移交", "Handed over");

    private final Label label;

    ProjectStage(String labelZh, String labelEn) {
        this.label = new Label(labelZh, labelEn);
    }

    @Override
    public Label label() {
        return label;
    }
}
