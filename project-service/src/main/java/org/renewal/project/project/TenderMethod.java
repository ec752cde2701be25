package org.renewal.project.project;

import org.renewal.platform.dictionary.Labelled;

/** How a unit was chosen (招标方式). */
public enum TenderMethod implements Labelled {
    OPEN("公开招标", "Open tender"),
    INVITED("邀请招标", "Invited tender"),
    COMPETITIVE_NEGOTIATION("竞争性谈判", "Competitive negotiation"),
    COMPETITIVE_CONSULTATION("竞争性磋商", "Competitive consultation"),
    SINGLE_SOURCE("单一来源采购", "Single source"),
    DIRECT("直接委托", "Direct award");

    private final Label label;

    TenderMethod(String zh, String en) {
        this.label = new Label(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
