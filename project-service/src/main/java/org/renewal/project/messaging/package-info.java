/** project-service's Kafka edges: consumes plan.PlanApproved and governance.GovernanceReady; declares its topic. */
package org.renewal.project.messaging;
