/** project-service's Kafka edges: consumes plan.PlanApproved, governance.GovernanceReady and governance.SatisfactionPublished; declares its topic. */
package org.renewal.project.messaging;
