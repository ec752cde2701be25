/**
 * The programme (督导考核, issue 9, first part): a read model of every community's stage kept from all
 * services' events, each community's timeline, the overview per stage in the four units against the
 * year's targets, and the annual programme with its batch chosen from the reserve in urgency order.
 */
package org.renewal.plan.programme;
