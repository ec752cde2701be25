package org.renewal.plan.programme;

import org.renewal.platform.dictionary.Labelled;

/** A community's stage in the programme, in order. */
public enum ProgrammeStage implements Labelled {
    REGISTERED("已登记", "Registered"),
    ELIGIBLE("符合改造条件", "Eligible"),
    RESERVED("已入储备库", "In the reserve"),
    PLANNED("方案已报审", "Plan submitted"),
    APPROVED("方案已批复", "Plan approved"),
    UNDER_CONSTRUCTION("施工中", "Under construction"),
    ACCEPTED("已竣工验收", "Accepted"),
    EVALUATED("已综合考评", "Evaluated"),
    HANDED_OVER("已移交", "Handed over"),
    LONG_TERM_MANAGEMENT("长效管理", "Long-term management");

    private final Label label;

    ProgrammeStage(String zh, String en) {
        this.label = new Label(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
