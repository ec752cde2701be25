/** What plan-service consumes and publishes, mapped between contracts and its own model. */
package org.renewal.plan.messaging;
