/**
 * The renovation menu catalogue (改造菜单) as survey-service knows it: a read model of plan-service's
 * {@code plan.MenuItemPublished} events, used to check and label the items residents choose.
 */
package org.renewal.survey.menu;
