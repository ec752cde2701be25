package org.renewal.survey.eligibility;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.renewal.survey.eligibility.Assessment.ClauseResult;
import org.renewal.survey.eligibility.Assessment.Explanation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The eligibility rule of 《铁西区城区老旧小区改造实施方案（试行）》 四(一) 改造范围:
 * <blockquote>重点改造2000年（含）以前建成、近5年未实施综合改造且未纳入今后5年规划征迁改造范围的住宅小区；
 * 2000年（不含）以后建成，但小区基础设施和功能明显不足、物业管理不完善、居民改造意愿强烈的小区也可按比例纳入改造范围。</blockquote>
 * For programme year Y: <b>priority</b> when built in or before the cutoff (2000) AND no comprehensive
 * renovation recently (recent means Y − renovationYear &lt; 5) AND not in the demolition plan;
 * <b>by proportion</b> when built after the cutoff AND facilities clearly insufficient AND management
 * inadequate AND willing households ≥ 2/3 of households AND the same two exclusions hold; otherwise
 * <b>not eligible</b>. All numbers are {@link EligibilitySettings}.
 */
@Component
public class EligibilityRule {

    public static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

    private final EligibilitySettings settings;
    private final Clock clock;

    @Autowired
    public EligibilityRule(EligibilitySettings settings) {
        this(settings, Clock.system(BUSINESS_ZONE));
    }

    public EligibilityRule(EligibilitySettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    public EligibilitySettings settings() {
        return settings;
    }

    /** The year assessed when none is asked for: the configured programme year, else this year. */
    public int defaultYear() {
        return settings.programmeYear() != null ? settings.programmeYear() : LocalDate.ofInstant(clock.instant(), BUSINESS_ZONE).getYear();
    }

    public Assessment assess(EligibilityFacts facts) {
        return assess(facts, defaultYear());
    }

    public Assessment assess(EligibilityFacts facts, int year) {
        int cutoff = settings.cutoffYear();
        List<ClauseResult> clauses = new ArrayList<>();

        boolean old = facts.buildYear() <= cutoff;
        clauses.add(result(EligibilityClause.BUILT_BY_CUTOFF, old, data("buildYear", facts.buildYear(),
                "cutoffYear", cutoff),
                "建成于" + facts.buildYear() + "年，" + (old ? "不晚于" : "晚于") + cutoff + "年",
                "Built in " + facts.buildYear() + (old ? ", not after " : ", after ") + cutoff));
        clauses.add(result(EligibilityClause.BUILT_AFTER_CUTOFF, !old, data("buildYear", facts.buildYear(),
                "cutoffYear", cutoff),
                "建成于" + facts.buildYear() + "年，" + (old ? "不晚于" : "晚于") + cutoff + "年",
                "Built in " + facts.buildYear() + (old ? ", not after " : ", after ") + cutoff));

        int recentYears = settings.recentRenovationYears();
        Integer renovated = facts.lastRenovationYear();
        boolean recent = renovated != null && year - renovated < recentYears;
        clauses.add(result(EligibilityClause.NO_RECENT_RENOVATION, !recent,
                data("lastRenovationYear", renovated, "programmeYear", year, "recentRenovationYears", recentYears),
                renovated == null ? "未实施过综合改造"
                        : renovated + "年实施综合改造，距" + year + "年" + (year - renovated) + "年，"
                                + (recent ? "不足" : "已满") + recentYears + "年",
                renovated == null ? "No comprehensive renovation recorded"
                        : "Renovated in " + renovated + ", " + (year - renovated) + " years before " + year + ": "
                                + (recent ? "fewer than " : "at least ") + recentYears));

        clauses.add(result(EligibilityClause.NOT_IN_DEMOLITION_PLAN, !facts.inDemolitionPlan(),
                data("inDemolitionPlan", facts.inDemolitionPlan()),
                facts.inDemolitionPlan() ? "已纳入征迁改造计划" : "未纳入征迁改造计划",
                facts.inDemolitionPlan() ? "In the demolition/relocation plan" : "Not in the demolition/relocation plan"));

        int threshold = settings.deficiencyThreshold();
        boolean insufficient = facts.deficiencies() >= threshold;
        clauses.add(result(EligibilityClause.FACILITIES_INSUFFICIENT, insufficient,
                data("deficiencies", facts.deficiencies(), "deficiencyThreshold", threshold),
                "记录设施缺失" + facts.deficiencies() + "项，" + (insufficient ? "不少于" : "少于") + threshold + "项",
                facts.deficiencies() + " facility deficiencies recorded, " + (insufficient ? "at least " : "fewer than ")
                        + threshold));

        boolean inadequate = facts.managementStatus() != null
                && settings.inadequateManagement().contains(facts.managementStatus());
        String status = facts.managementStatus() == null ? null : facts.managementStatus().name();
        clauses.add(result(EligibilityClause.MANAGEMENT_INADEQUATE, inadequate,
                data("managementStatus", status, "inadequateManagement", settings.inadequateManagementCodes()),
                status == null ? "未记录物业管理状况" : "物业管理状况为" + facts.managementStatus().label().zh()
                        + (inadequate ? "，属不完善" : "，不属不完善"),
                status == null ? "Property management status not recorded" : "Property management status: "
                        + facts.managementStatus().label().en() + (inadequate ? ", inadequate" : ", adequate")));

        int num = settings.willingnessNumerator();
        int den = settings.willingnessDenominator();
        // willing / households >= num / den, in integers: no rounding at the boundary
        boolean willing = facts.households() > 0 && (long) facts.willing() * den >= (long) facts.households() * num;
        clauses.add(result(EligibilityClause.RESIDENTS_WILLING, willing,
                data("willingHouseholds", facts.willing(), "willingSource", facts.willingSource(),
                        "questionnaireWilling", facts.questionnaireWilling(), "recordedWilling", facts.recordedWilling(),
                        "households", facts.households(), "requiredShare", num + "/" + den),
                "愿意改造" + facts.willing() + "户，共" + facts.households() + "户，" + (willing ? "达到" : "未达到") + num
                        + "/" + den,
                facts.willing() + " of " + facts.households() + " households willing, "
                        + (willing ? "at least " : "less than ") + num + "/" + den));

        EligibilityOutcome outcome;
        if (old && !recent && !facts.inDemolitionPlan()) {
            outcome = EligibilityOutcome.PRIORITY;
        } else if (!old && insufficient && inadequate && willing && !recent && !facts.inDemolitionPlan()) {
            outcome = EligibilityOutcome.BY_PROPORTION;
        } else {
            outcome = EligibilityOutcome.NOT_ELIGIBLE;
        }
        return new Assessment(year, outcome, List.copyOf(clauses), UrgencyScore.of(facts, year), settings.digest(),
                Instant.now(clock));
    }

    private static ClauseResult result(EligibilityClause clause, boolean held, Map<String, Object> data, String zh,
                                       String en) {
        return new ClauseResult(clause, held, data,
                new Explanation(zh + (held ? "：成立" : "：不成立"), en + (held ? " — holds" : " — fails")));
    }

    private static Map<String, Object> data(Object... keysAndValues) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            data.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return data;
    }
}
