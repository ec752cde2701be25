package org.renewal.survey.eligibility;


/**
 * What the rule reads about a community.
 *
 * @param buildYear           year built
 * @param lastRenovationYear  year of the last comprehensive renovation, or null for none
 * @param inDemolitionPlan    whether it is in the 5-year demolition/relocation plan (征迁改造计划)
 * @param deficiencies        number of recorded facility deficiencies
 * @param managementStatus    property-management status, or null when not recorded
 * @param households          households of the community
 * @param questionnaireWilling households that answered the questionnaire willing to renovate
 * @param recordedWilling     willing households from a recorded survey figure, or null
 */
public record EligibilityFacts(int buildYear, Integer lastRenovationYear, boolean inDemolitionPlan, int deficiencies,
                               ManagementStatus managementStatus, int households, int questionnaireWilling,
                               Integer recordedWilling) {

    /** Willing households: the larger of the questionnaire's count and a recorded figure (never their sum). */
    public int willing() {
        return recordedWilling == null ? questionnaireWilling : Math.max(questionnaireWilling, recordedWilling);
    }

    /** Where {@link #willing()} came from. */
    public String willingSource() {
        if (recordedWilling != null && recordedWilling > questionnaireWilling) {
            return "RECORDED_SURVEY";
        }
        return "QUESTIONNAIRE";
    }
}
