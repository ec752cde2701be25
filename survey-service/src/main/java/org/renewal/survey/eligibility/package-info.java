/**
 * Eligibility for renovation (改造范围) and the urgency score that orders the project reserve library
 * (项目储备库). Pure rules: facts and programme settings in, an assessment with every clause, the data
 * it used and its source out. The clauses come from section 四(一) of the Tiexi implementation plan
 * (铁西区老旧小区改造实施方案).
 */
package org.renewal.survey.eligibility;
