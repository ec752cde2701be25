package org.renewal.plan.vote;

import org.renewal.platform.dictionary.Labelled;

/**
 * What owners decide (民法典 第278条 第一款). Matters (六)(七)(八) — raising maintenance funds, renovating or
 * rebuilding buildings and their facilities, changing the use of common parts — are <i>special</i>:
 * they need three quarters of the participating area and owners; the others more than half.
 */
public enum VoteMatter implements Labelled {
    RENOVATION("改建、重建建筑物及其附属设施（老旧小区改造）", "Renovating or rebuilding buildings and facilities", true),
    ELEVATOR_RETROFIT("加装电梯（本单元）", "Elevator retrofit (one entrance)", true),
    RAISE_MAINTENANCE_FUND("筹集建筑物及其附属设施的维修资金", "Raising maintenance funds", true),
    CHANGE_COMMON_PARTS_USE("改变共有部分的用途或者利用共有部分从事经营活动", "Changing the use of common parts", true),
    USE_MAINTENANCE_FUND("使用建筑物及其附属设施的维修资金", "Using maintenance funds", false),
    ELECT_COMMITTEE("选举业主委员会或者更换业主委员会成员", "Electing the owners' committee", false),
    HIRE_PROPERTY_MANAGEMENT("选聘和解聘物业服务企业或者其他管理人", "Hiring or dismissing property management", false),
    OTHER("有关共有和共同管理权利的其他重大事项", "Other matters of common ownership and management", false);

    /** The clause the thresholds come from. */
    public static final String SOURCE = "《中华人民共和国民法典》第二百七十八条";

    private final Label label;
    private final boolean special;

    VoteMatter(String zh, String en, boolean special) {
        this.label = new Label(zh, en);
        this.special = special;
    }

    /** Needs ≥ 3/4 of the participating area and owners (else more than 1/2). */
    public boolean special() {
        return special;
    }

    @Override
    public Label label() {
        return label;
    }
}
