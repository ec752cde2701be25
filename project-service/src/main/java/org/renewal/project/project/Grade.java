package org.renewal.project.project;

import org.renewal.platform.dictionary.Labelled;

/** Grades of the comprehensive evaluation (综合考评等级), by weighted score. */
public enum Grade implements Labelled {
    EXCELLENT("优秀", "Excellent", 90),
    GOOD("良好", "Good", 80),
    PASS("合格", "Pass", 60),
    FAIL("不合格", "Fail", 0);

    private final Label label;
    private final int from;

    Grade(String zh, String en, int from) {
        this.label = new Label(zh, en);
        this.from = from;
    }

    @Override
    public Label label() {
        return label;
    }

    /** The lowest score of this grade. */
    public int from() {
        return from;
    }
}
