/**
 * The channels a renovation is funded from (资金筹措, 谁受益、谁出资): residents, the original
 * property-right unit, utility operators, social capital, government by level, the maintenance fund and
 * the city's reward instead of subsidy (以奖代补).
 */
package org.renewal.funding.channel;
