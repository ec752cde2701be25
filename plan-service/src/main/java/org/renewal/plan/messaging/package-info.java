/**
 * plan-service's inputs from other services, each listener through the platform's dispatcher: survey's community
 * events in batches into the community and programme read models ({@code SurveyEventsListener}), and plan's own,
 * project's, funding's and governance's events into the programme ({@code ProgrammeEventsListener}).
 */
package org.renewal.plan.messaging;
