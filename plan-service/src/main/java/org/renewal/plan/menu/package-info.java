/**
 * The renovation menu catalogue (改造菜单): every item of seed section 四(三) with its category, the
 * State Council class (基础类/完善类/提升类), a unit and a default unit cost in fen. Shipped as the
 * default catalogue and published as {@code plan.MenuItemPublished} so other services can show it.
 */
package org.renewal.plan.menu;
