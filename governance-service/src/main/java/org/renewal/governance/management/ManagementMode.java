package org.renewal.governance.management;

import org.renewal.platform.dictionary.Labelled;

/** Management modes after renovation (改造后管理模式) */
public enum ManagementMode implements Labelled {
    RED_PROPERTY("红色物业", "Red property (party-led property management)"),
    ORIGINAL_UNIT("原产权单位管理", "Original property-right unit"),
    SELF_MANAGEMENT("居民自治管理", "Self-management by residents");

    private final String labelZh;
    private final String labelEn;

    ManagementMode(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    @Override
    public String labelZh() {
        return labelZh;
    }

    @Override
    public String labelEn() {
        return labelEn;
    }
}
