/**
 * The outreach log (宣传发动, stage 1): visits, meetings and notices by channel, with date, community
 * and reach, so the office can show that every community was mobilised before its survey.
 */
package org.renewal.survey.outreach;
