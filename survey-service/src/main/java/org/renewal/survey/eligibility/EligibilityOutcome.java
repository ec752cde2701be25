package org.renewal.survey.eligibility;

import org.renewal.platform.dictionary.Labelled;

/** The outcome of an eligibility assessment (改造范围认定). */
public enum EligibilityOutcome implements Labelled {
    PRIORITY("优先改造", "Priority"),
    BY_PROPORTION("按比例改造", "By proportion"),
    NOT_ELIGIBLE("不符合改造条件", "Not eligible");

    private final Label label;

    EligibilityOutcome(String zh, String en) {
        this.label = new Label(zh, en);
    }

    public boolean eligible() {
        return this != NOT_ELIGIBLE;
    }

    @Override
    public Label label() {
        return label;
    }
}
