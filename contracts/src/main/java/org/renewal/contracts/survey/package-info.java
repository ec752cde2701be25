/**
 * Events published by survey-service (调查摸底): the community register, eligibility, the reserve
 * library and questionnaires. Topic {@value org.renewal.contracts.survey.SurveyTopics#COMMUNITY}.
 */
package org.renewal.contracts.survey;
