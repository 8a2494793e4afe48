package dev.kizuna.platform.web;

/**
 * An entry in the main navigation. Modules declare them as beans; the layout shows those the user may
 * open. {@code requiredRole} is a permission level such as {@code ADMIN}, or null for everyone signed in.
 *
 * @param section    {@code main} (daily work), {@code admin} (settings for administrators) or {@code quick} (a
 *                   button in the header on every page, for the most frequent action)
 * @param messageKey the label's message key
 * @param href       the page's path
 * @param order      position within the section
 */
public record NavItem(String section, String messageKey, String href, String requiredRole, int order) {

    public static final String MAIN = "main";
    public static final String ADMIN = "admin";
    public static final String QUICK = "quick";
}
