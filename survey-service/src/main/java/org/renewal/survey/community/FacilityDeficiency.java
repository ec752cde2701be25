package org.renewal.survey.community;

import org.renewal.platform.dictionary.Labelled;

/** A facility deficiency recorded by the survey (设施缺失/不足项), after the menu of the seed (四(三)). */
public enum FacilityDeficiency implements Labelled {
    ROOF_LEAKING("屋面漏水", "Leaking roofs"),
    STAIRWELLS_DAMAGED("楼道破损（扶手、踏步、墙面）", "Damaged stairwells (handrails, steps, walls)"),
    STAIRWELL_LIGHTING_MISSING("楼道照明缺失", "No stairwell lighting"),
    ENTRANCE_DOORS_MISSING("无单元门或对讲", "No entrance doors or intercom"),
    CABLES_MESSY("线缆杂乱", "Messy cables and pipes"),
    ROADS_DAMAGED("道路破损", "Damaged roads"),
    WATER_SUPPLY_AGED("供水管网老化", "Aged water supply"),
    DRAINAGE_INADEQUATE("排水不畅、雨污未分流", "Poor drainage, no rain/sewage separation"),
    POWER_SUPPLY_AGED("供电设施老化", "Aged power supply"),
    GAS_SUPPLY_AGED("燃气管网老化", "Aged gas supply"),
    HEATING_INADEQUATE("供热不达标", "Inadequate heating"),
    FIRE_SAFETY_INADEQUATE("消防设施不足", "Inadequate fire safety"),
    STREET_LIGHTS_MISSING("路灯缺失", "No street lights"),
    PARKING_INSUFFICIENT("停车设施不足", "Insufficient parking"),
    WASTE_SORTING_MISSING("无垃圾分类收集点", "No sorted waste collection"),
    SECURITY_MISSING("无门禁、监控", "No access control or cameras"),
    SERVICE_FACILITIES_MISSING("公共服务设施缺失", "No public service facilities"),
    GREEN_SPACE_LACKING("绿化不足", "Lacking green space");

    private final Label label;

    FacilityDeficiency(String zh, String en) {
        this.label = new Label(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
