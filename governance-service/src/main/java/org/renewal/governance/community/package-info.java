/**
 * The governance record of each community under renovation (长效管理), opened when its plan is approved:
 * so far the resident self-governance group (居民自治小组), whose formation announces
 * {@code governance.GovernanceReady}. Owners' committee elections, party branches and property
 * management follow (issue 8).
 */
package org.renewal.governance.community;
