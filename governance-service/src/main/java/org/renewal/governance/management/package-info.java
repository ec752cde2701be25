/**
 * How a community is managed after renovation (长效管理): red property (红色物业), the original
 * unit, or self-management by residents.
 */
package org.renewal.governance.management;
