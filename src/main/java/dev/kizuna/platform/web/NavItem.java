package dev.kizuna.platform.web;

import java.util.List;

/**
 * An entry in the main navigation. Modules declare them as beans; the layout shows those the user may
 * open, grouped by job. {@code requiredRole} is a permission level such as {@code ADMIN}, or null for everyone
 * signed in.
 *
 * @param section    the job the page serves: {@link #SALES} (営業), {@link #SUCCESS} (カスタマーサクセス),
 *                   {@link #OPERATIONS} (業務), {@link #ANALYSIS} (分析), {@link #SETTINGS} (設定, for
 *                   administrators); {@link #HOME} for the start page; {@link #QUICK} for a button in the header on
 *                   every page, for the most frequent action. The older {@link #MAIN} and {@link #ADMIN} still work
 *                   and mean {@link #OPERATIONS} and {@link #SETTINGS}.
 * @param messageKey the label's message key
 * @param href       the page's path
 * @param order      position within the section
 */
public record NavItem(String section, String messageKey, String href, String requiredRole, int order) {

    public static final String HOME = "home";
    public static final String SALES = "sales";
    public static final String SUCCESS = "success";
    public static final String OPERATIONS = "operations";
    public static final String ANALYSIS = "analysis";
    public static final String SETTINGS = "settings";
    public static final String QUICK = "quick";
    /** Daily work not yet given a job: shown under {@link #OPERATIONS}. */
    public static final String MAIN = "main";
    /** Administration: shown under {@link #SETTINGS}. */
    public static final String ADMIN = "admin";

    /** The sidebar's groups, in the order they are shown. */
    public static final List<String> GROUPS = List.of(HOME, SALES, SUCCESS, OPERATIONS, ANALYSIS, SETTINGS);

    /** The group the entry is shown in (the older section names folded into the job groups). */
    public String group() {
        return switch (section) {
            case MAIN -> OPERATIONS;
            case ADMIN -> SETTINGS;
            default -> section;
        };
    }
}
