package org.renewal.survey.eligibility;

import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Programme settings of the eligibility rule ({@code renewal.survey.eligibility.*}). The defaults are
 * the numbers of the seed; a district changes them in configuration, never in code.
 *
 * @param programmeYear          the year assessed by default; empty means the current year (Asia/Shanghai)
 * @param cutoffYear             built in or before this year counts as old (2000)
 * @param recentRenovationYears  a comprehensive renovation fewer than this many years before the
 *                               programme year is recent (5)
 * @param willingnessNumerator   numerator of the willing share of households required (2 of 2/3)
 * @param willingnessDenominator denominator of that share (3 of 2/3)
 * @param deficiencyThreshold    facilities are clearly insufficient with at least this many recorded
 *                               deficiencies (3)
 * @param inadequateManagement   management statuses that count as inadequate (all but professional)
 */
@Validated
@ConfigurationProperties("renewal.survey.eligibility")
public record EligibilitySettings(
        Integer programmeYear,
        @NotNull @Min(1900) @Max(2100) Integer cutoffYear,
        @NotNull @Min(1) @Max(50) Integer recentRenovationYears,
        @NotNull @Min(1) Integer willingnessNumerator,
        @NotNull @Min(1) Integer willingnessDenominator,
        @NotNull @Min(1) Integer deficiencyThreshold,
        @NotNull Set<ManagementStatus> inadequateManagement) {

    public EligibilitySettings {
        cutoffYear = cutoffYear == null ? 2000 : cutoffYear;
        recentRenovationYears = recentRenovationYears == null ? 5 : recentRenovationYears;
        willingnessNumerator = willingnessNumerator == null ? 2 : willingnessNumerator;
        willingnessDenominator = willingnessDenominator == null ? 3 : willingnessDenominator;
        deficiencyThreshold = deficiencyThreshold == null ? 3 : deficiencyThreshold;
        inadequateManagement = inadequateManagement == null || inadequateManagement.isEmpty()
                ? Set.of(ManagementStatus.NONE, ManagementStatus.ORIGINAL_UNIT, ManagementStatus.SELF_MANAGED)
                : Set.copyOf(inadequateManagement);
        if (willingnessNumerator > willingnessDenominator) {
            throw new IllegalArgumentException("renewal.survey.eligibility.willingness-numerator must not exceed "
                    + "the denominator");
        }
    }

    /** The seed's settings. */
    public static EligibilitySettings defaults() {
        return new EligibilitySettings(null, null, null, null, null, null, null);
    }

    /** A short stable text of the settings, stored with each assessment so a settings change is noticed. */
    public String digest() {
        return cutoffYear + "/" + recentRenovationYears + "/" + willingnessNumerator + ":" + willingnessDenominator
                + "/" + deficiencyThreshold + "/" + inadequateManagement.stream().map(Enum::name).sorted().toList();
    }

    /** The names of the statuses counted inadequate, sorted, for explanations. */
    public List<String> inadequateManagementCodes() {
        return inadequateManagement.stream().map(Enum::name).sorted().toList();
    }
}
