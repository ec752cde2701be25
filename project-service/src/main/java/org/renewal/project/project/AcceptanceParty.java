package org.renewal.project.project;

import org.renewal.platform.dictionary.Labelled;

/** The parties of the joint completion acceptance (seed 四(二)6: 街道、社区、业主委员会(或业主代表)、设计、监理和施工等单位). */
public enum AcceptanceParty implements Labelled {
    STREET("街道", "Street office"),
    COMMUNITY("社区", "Community committee"),
    OWNERS("业主委员会（或业主代表）", "Owners' committee or representatives"),
    DESIGN("设计单位", "Design unit"),
    SUPERVISION("监理单位", "Supervision unit"),
    CONTRACTOR("施工单位", "Contractor");

    private final Label label;

    AcceptanceParty(String zh, String en) {
        this.label = new Label(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
