package org.renewal.plan.livingcircle;

import org.renewal.platform.dictionary.Labelled;

/**
 * The living circles of GB 50180-2018《城市居住区规划设计标准》, 2.0.2–2.0.4: residents reach the
 * circle's facilities on foot within 5, 10 and 15 minutes, i.e. within 300 m, 500 m and 800–1,000 m
 * walking distance (the standard's upper bound, 1,000 m, is used for the 15-minute circle).
 */
public enum LivingCircle implements Labelled {
    FIVE_MINUTE(300, "5分钟生活圈（步行300米）", "5-minute living circle (300 m walk)"),
    TEN_MINUTE(500, "10分钟生活圈（步行500米）", "10-minute living circle (500 m walk)"),
    FIFTEEN_MINUTE(1000, "15分钟生活圈（步行1000米）", "15-minute living circle (1,000 m walk)");

    private final int reachMetres;
    private final Label label;

    LivingCircle(int reachMetres, String zh, String en) {
        this.reachMetres = reachMetres;
        this.label = new Label(zh, en);
    }

    public int reachMetres() {
        return reachMetres;
    }

    @Override
    public Label label() {
        return label;
    }
}
