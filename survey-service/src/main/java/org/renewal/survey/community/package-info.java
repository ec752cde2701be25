/**
 * The community register (登记造册): communities with their buildings; totals (buildings,
 * households, floor area) are derived, never typed. Registering announces
 * {@code survey.CommunityRegistered}.
 */
package org.renewal.survey.community;
