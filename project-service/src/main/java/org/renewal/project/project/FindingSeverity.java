package org.renewal.project.project;

import org.renewal.platform.dictionary.Labelled;

/** Severity of an inspection finding; an open critical one blocks acceptance. */
public enum FindingSeverity implements Labelled {
    MINOR("一般问题", "Minor"),
    MAJOR("较大问题", "Major"),
    CRITICAL("重大隐患", "Critical");

    private final Label label;

    FindingSeverity(String zh, String en) {
        this.label = new Label(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
