package org.renewal.platform.security;

import org.renewal.platform.dictionary.Labelled;

/** The roles of the suite; a token's {@code roles} claim carries their names. */
public enum Role implements Labelled {
    DISTRICT_OFFICE("区旧改办", "District renovation office"),
    CITY_OFFICE("市旧改办", "City renovation office"),
    HOUSING_BUREAU("区住建局", "District housing bureau"),
    FINANCE("财政部门", "Finance bureau"),
    STREET("街道/社区", "Street office / community"),
    UNIT("参建单位", "Construction, contractor, supervision or design unit"),
    OWNERS_COMMITTEE("业委会", "Owners' committee"),
    RESIDENT("居民", "Resident / owner"),
    INTEGRATION("系统对接", "Integration client (another system)");

    private final Label label;

    Role(String labelZh, String labelEn) {
        this.label = new Label(labelZh, labelEn);
    }

    /** The Spring Security authority of this role. */
    public String authority() {
        return "ROLE_" + name();
    }

    @Override
    public Label label() {
        return label;
    }
}
