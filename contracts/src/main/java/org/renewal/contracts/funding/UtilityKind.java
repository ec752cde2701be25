package org.renewal.contracts.funding;

/** The utility networks whose operators contribute for their own lines (管线经营单位出资). */
public enum UtilityKind {
    WATER("供水", "Water"),
    POWER("供电", "Power"),
    GAS("燃气", "Gas"),
    HEATING("供热", "Heating"),
    TELECOM("通信", "Telecom"),
    CABLE_TV("有线电视", "Cable TV");

    private final String labelZh;
    private final String labelEn;

    UtilityKind(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public String labelZh() {
        return labelZh;
    }

    public String labelEn() {
        return labelEn;
    }
}
