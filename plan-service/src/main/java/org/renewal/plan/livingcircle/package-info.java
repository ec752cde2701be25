/**
 * Living circles (生活圈, GB 50180-2018): a register of service facilities and, for each community, the
 * facility types of its 5-, 10- and 15-minute circles missing within reach, with the public-service
 * (提升类) menu items that would fill them.
 */
package org.renewal.plan.livingcircle;
