package org.renewal.survey.eligibility;

import java.util.Set;

import org.renewal.platform.dictionary.Labelled;

/**
 * The clauses of the eligibility rule, each with the outcomes it is a condition of. Source of all:
 * 《铁西区老旧小区改造实施方案》 四(一) 改造范围 (see docs/survey.md (Eligibility)).
 */
public enum EligibilityClause implements Labelled {
    /** 优先改造: 2000年(含)以前建成. */
    BUILT_BY_CUTOFF("建成于截止年份（含）以前", "Built in or before the cutoff year", Set.of(EligibilityOutcome.PRIORITY)),
    /** 按比例改造: 2000年以后建成. */
    BUILT_AFTER_CUTOFF("建成于截止年份以后", "Built after the cutoff year", Set.of(EligibilityOutcome.BY_PROPORTION)),
    /** Both: 近{n}年未实施综合改造. */
    NO_RECENT_RENOVATION("近年未实施综合改造", "No recent comprehensive renovation",
            Set.of(EligibilityOutcome.PRIORITY, EligibilityOutcome.BY_PROPORTION)),
    /** Both: 未纳入近{n}年征迁改造计划. */
    NOT_IN_DEMOLITION_PLAN("未纳入近5年征迁改造计划", "Not in the 5-year demolition/relocation plan",
            Set.of(EligibilityOutcome.PRIORITY, EligibilityOutcome.BY_PROPORTION)),
    /** 按比例改造: 基础设施和功能明显不足. */
    FACILITIES_INSUFFICIENT("基础设施和功能明显不足", "Infrastructure and functions clearly insufficient",
            Set.of(EligibilityOutcome.BY_PROPORTION)),
    /** 按比例改造: 物业管理不完善. */
    MANAGEMENT_INADEQUATE("物业管理不完善", "Property management inadequate", Set.of(EligibilityOutcome.BY_PROPORTION)),
    /** 按比例改造: 居民改造意愿强烈. */
    RESIDENTS_WILLING("居民改造意愿强烈", "Residents strongly wish to renovate",
            Set.of(EligibilityOutcome.BY_PROPORTION));

    /** Where the clauses come from. */
    public static final String SOURCE = "《铁西区城区老旧小区改造实施方案（试行）》解读 四(一) 改造范围";

    private final Label label;
    private final Set<EligibilityOutcome> conditionOf;

    EligibilityClause(String zh, String en, Set<EligibilityOutcome> conditionOf) {
        this.label = new Label(zh, en);
        this.conditionOf = conditionOf;
    }

    public Set<EligibilityOutcome> conditionOf() {
        return conditionOf;
    }

    @Override
    public Label label() {
        return label;
    }
}
