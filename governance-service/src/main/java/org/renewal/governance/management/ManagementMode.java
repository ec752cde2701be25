package org.renewal.governance.management;

import org.renewal.platform.dictionary.Labelled;

/** Management modes after renovation (改造后管理模式) */
public enum ManagementMode implements Labelled {
    RED_PROPERTY("红色物业", "Red property (party-led property management)"),
    ORIGINAL_UNIT("原产权单位管理", "Original property-right unit"),
    SELF_MANAGEMENT("居民自治管理", "Self-management by residents");

    private final Label label;

    ManagementMode(String labelZh, String labelEn) {
        this.label = new Label(labelZh, labelEn);
    }

    @Override
    public Label label() {
        return label;
    }
}
