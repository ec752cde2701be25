package org.renewal.survey.community;

import org.renewal.survey.eligibility.ManagementStatus;
import org.renewal.platform.dictionary.Dictionary;
import org.renewal.survey.eligibility.EligibilityClause;
import org.renewal.survey.eligibility.EligibilityOutcome;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The enumerations survey-service shows to people, served at /api/survey/dictionaries. */
@Configuration(proxyBeanMethods = false)
class SurveyDictionaries {

    @Bean
    Dictionary propertyRights() {
        return Dictionary.of("propertyRights", "Property-right nature (产权性质)", PropertyRight.class);
    }

    @Bean
    Dictionary managementStatuses() {
        return Dictionary.of("managementStatuses", "Property-management status (物业管理状况)", ManagementStatus.class);
    }

    @Bean
    Dictionary facilityDeficiencies() {
        return Dictionary.of("facilityDeficiencies", "Facility deficiencies (设施缺失项)", FacilityDeficiency.class);
    }

    @Bean
    Dictionary eligibilityOutcomes() {
        return Dictionary.of("eligibilityOutcomes", "Eligibility outcomes (改造范围认定结果)", EligibilityOutcome.class);
    }

    @Bean
    Dictionary eligibilityClauses() {
        return Dictionary.of("eligibilityClauses", "Clauses of the eligibility rule (改造范围条件)", EligibilityClause.class);
    }

    @Bean
    Dictionary reserveStatuses() {
        return Dictionary.of("reserveStatuses", "Reserve library status (储备库状态)", ReserveStatus.class);
    }
}
