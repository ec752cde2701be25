/**
 * plan-service's read model of the communities registered in survey-service, kept from
 * {@code survey.CommunityRegistered}: the basis of plans (一小区一方案). Never written by clients.
 */
package org.renewal.plan.community;
