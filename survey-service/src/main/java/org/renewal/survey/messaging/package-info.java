/**
 * survey-service's Kafka edges: the topics it publishes (with dead-letter topics) mapped to the contracts, and its
 * one input, plan-service's menu events ({@code MenuEventsListener}, through a platform {@code EventDispatcher}).
 */
package org.renewal.survey.messaging;
