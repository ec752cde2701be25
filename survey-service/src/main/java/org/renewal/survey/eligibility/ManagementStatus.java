package org.renewal.survey.eligibility;

import org.renewal.platform.dictionary.Labelled;

/** Property-management status of a community (物业管理状况). */
public enum ManagementStatus implements Labelled {
    PROFESSIONAL("专业化物业服务", "Professional property management"),
    ORIGINAL_UNIT("原产权单位管理", "Managed by the original unit"),
    NONE("无物业管理", "No property management"),
    SELF_MANAGED("居民自治管理", "Self-managed by residents");

    private final Label label;

    ManagementStatus(String zh, String en) {
        this.label = new Label(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
