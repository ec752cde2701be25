package org.renewal.plan.livingcircle;

import org.renewal.platform.dictionary.Labelled;

/**
 * Service facilities (配套设施) of the living circles, after GB 50180-2018 section 5 and its appendix B,
 * each with the circle it belongs to and, where the renovation menu can provide it, the public-service
 * (提升类) menu item that fills a gap (seed 四(三)3: 社区综合服务中心, 闲置用房改造为活动中心、幼儿园、养老、
 * 卫生站、物业用房, 拆违空地建设停车场、健身广场). Schools, markets and hospitals are not renovation items:
 * their gaps are reported without a suggestion.
 */
public enum FacilityType implements Labelled {
    COMMUNITY_SERVICE_STATION(LivingCircle.FIVE_MINUTE, "COMMUNITY_SERVICE_CENTRE", "社区服务站", "Community service station"),
    CULTURE_ACTIVITY_STATION(LivingCircle.FIVE_MINUTE, "OLD_BUILDING_REUSE", "文化活动站", "Culture activity station"),
    OUTDOOR_FITNESS(LivingCircle.FIVE_MINUTE, "CAR_PARKS_AND_SQUARES", "室外综合健身场地", "Outdoor fitness ground"),
    KINDERGARTEN(LivingCircle.FIVE_MINUTE, "OLD_BUILDING_REUSE", "幼儿园", "Kindergarten"),
    ELDERLY_DAY_CARE(LivingCircle.FIVE_MINUTE, "OLD_BUILDING_REUSE", "老年人日间照料中心（托老所）", "Elderly day care"),
    HEALTH_STATION(LivingCircle.FIVE_MINUTE, "OLD_BUILDING_REUSE", "社区卫生服务站", "Community health station"),
    CONVENIENCE_SHOPS(LivingCircle.FIVE_MINUTE, null, "社区商业网点（便利店、药店等）", "Convenience shops"),
    PARKING(LivingCircle.FIVE_MINUTE, "CAR_PARKS_AND_SQUARES", "机动车、非机动车停车场", "Car and bicycle parking"),
    PRIMARY_SCHOOL(LivingCircle.TEN_MINUTE, null, "小学", "Primary school"),
    FOOD_MARKET(LivingCircle.TEN_MINUTE, null, "菜市场或生鲜超市", "Food market"),
    MEDIUM_SPORTS_GROUND(LivingCircle.TEN_MINUTE, "CAR_PARKS_AND_SQUARES", "中型多功能运动场地", "Medium sports ground"),
    MIDDLE_SCHOOL(LivingCircle.FIFTEEN_MINUTE, null, "初中", "Middle school"),
    HEALTH_CENTRE(LivingCircle.FIFTEEN_MINUTE, null, "社区卫生服务中心（社区医院）", "Community health centre"),
    ELDERLY_CARE_HOME(LivingCircle.FIFTEEN_MINUTE, null, "养老院", "Elderly care home"),
    CULTURE_CENTRE(LivingCircle.FIFTEEN_MINUTE, "OLD_BUILDING_REUSE", "文化活动中心", "Culture centre"),
    STREET_SERVICE_CENTRE(LivingCircle.FIFTEEN_MINUTE, "COMMUNITY_SERVICE_CENTRE", "街道社区服务中心", "Street service centre"),
    LARGE_SPORTS_GROUND(LivingCircle.FIFTEEN_MINUTE, null, "大型多功能运动场地", "Large sports ground");

    private final LivingCircle circle;
    private final String menuItem;
    private final Label label;

    FacilityType(LivingCircle circle, String menuItem, String zh, String en) {
        this.circle = circle;
        this.menuItem = menuItem;
        this.label = new Label(zh, en);
    }

    public LivingCircle circle() {
        return circle;
    }

    /** The menu item code that fills this gap, or null when renovation cannot. */
    public String menuItem() {
        return menuItem;
    }

    @Override
    public Label label() {
        return label;
    }
}
