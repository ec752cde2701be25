/**
 * Stages of a renovation project from approval (立项) through construction (组织实施), completion
 * acceptance (竣工验收) and the city's evaluation (综合考评) to handover (移交) to street and community.
 */
package org.renewal.project.stage;
