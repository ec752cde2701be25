/** What survey-service publishes: its topics (with dead-letter topics) mapped to the contracts. */
package org.renewal.survey.messaging;
