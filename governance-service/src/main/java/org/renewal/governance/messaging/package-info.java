/**
 * governance-service's inputs from other services, each through the platform's dispatcher: an approved plan opens
 * the record, survey's household rolls give the electorate, the acceptance opens the satisfaction evaluation, the
 * handover starts long-term management.
 */
package org.renewal.governance.messaging;
