/**
 * The community, from the survey (摸底调查) to the reserve (项目储备库), as one aggregate ({@code Community}):
 * <ul>
 *   <li>the register (登记造册): {@code Community}, {@code Building}, {@code CommunityDetails}, {@code Location},
 *       totals (buildings, households, floor area) derived, never typed; one name per street ({@code CommunityNames},
 *       {@code NameKeyIndex}); {@code CommunityService}, {@code CommunityController}, {@code CommunityValidation};</li>
 *   <li>household rolls and owners (户册): {@code Household}, {@code OwnerKeys} (pseudonymous owner keys, ADR 7),
 *       {@code PersonalData}, {@code HouseholdRollController};</li>
 *   <li>residents' willingness (意愿调查): {@code QuestionnaireAnswer}, {@code Questionnaires} (the tally),
 *       {@code QuestionnaireService}, {@code QuestionnaireController}, {@code RecordedWillingness};</li>
 *   <li>eligibility and the reserve: {@code EligibilityController}, {@code EligibilitySweep} (a new programme year),
 *       {@code ReserveController}, {@code ReserveEntry}, {@code ReserveStatus} (the rule itself is in
 *       {@code org.renewal.survey.eligibility});</li>
 *   <li>reads for others: {@code CommunityView}, {@code CommunityExport}, {@code CommunityVisibility} (not found
 *       first), {@code SurveyDictionaries}.</li>
 * </ul>
 * Every change is announced through the outbox ({@code survey.CommunityRegistered}, {@code CommunityUpdated},
 * {@code HouseholdRollChanged}, {@code QuestionnaireTallied}, {@code EligibilityAssessed}, {@code CommunityReserved},
 * {@code CommunityRemovedFromReserve}).
 */
package org.renewal.survey.community;
