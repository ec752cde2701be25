package org.renewal.survey.community;

import org.renewal.platform.dictionary.Labelled;

/** Property-right nature of a community (产权性质). */
public enum PropertyRight implements Labelled {
    COMMODITY_HOUSING("商品房", "Commodity housing"),
    REFORMED_PUBLIC_HOUSING("房改房", "Reformed public housing"),
    UNIT_OWNED("单位自管房", "Unit-owned housing"),
    RESETTLEMENT("回迁安置房", "Resettlement housing"),
    MIXED("混合产权", "Mixed"),
    OTHER("其他", "Other");

    private final Label label;

    PropertyRight(String zh, String en) {
        this.label = new Label(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
