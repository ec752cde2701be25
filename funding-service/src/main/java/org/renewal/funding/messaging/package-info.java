/**
 * funding-service's inputs from other services, each through the platform's dispatcher: approved plans open funding
 * plans; project events bring units, progress, acceptance and the evaluation; survey's household rolls feed shares.
 */
package org.renewal.funding.messaging;
