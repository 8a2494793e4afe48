package dev.kizuna.insights.home;

import java.util.Set;

import dev.kizuna.identity.PermissionLevel;

/**
 * One card of the home page, read from its module's facade. {@link #minimum()} is who may have it at all;
 * {@link #defaultFor()} the levels that get it when no administrator chose cards for their job roles.
 */
interface HomeCard {

    String key();

    PermissionLevel minimum();

    Set<PermissionLevel> defaultFor();

    HomeCardView read(HomeContext context);
}
