package org.renewal.survey.outreach;

import org.renewal.platform.dictionary.Labelled;

/** How residents were reached (宣传渠道). */
public enum OutreachChannel implements Labelled {
    DOOR_TO_DOOR("入户走访", "Door-to-door visit"),
    MEETING("居民会议", "Residents' meeting"),
    WECHAT("微信", "WeChat"),
    NOTICE_BOARD("公告栏", "Notice board"),
    MEDIA("媒体（广播、电视、报纸、网站）", "Media (radio, TV, newspapers, websites)");

    private final Label label;

    OutreachChannel(String zh, String en) {
        this.label = new Label(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
