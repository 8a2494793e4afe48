/**
 * In-app notifications (お知らせ, the bell in the header): any module tells a person something with
 * {@link dev.kizuna.notifications.Notifications#tell}; each one publishes
 * {@link dev.kizuna.notifications.NotificationCreated}, which the integrations module turns into e-mail (as they come
 * or in the morning digest) and webhook messages by each person's preferences. The page {@code /notifications} and
 * the API {@code /api/v1/notifications} list them and mark them read.
 * <p>
 * Its own module, below sales, work, commerce and integrations: it used to live in sales, and could not move into
 * integrations because integrations listens to work's task events while work notifies people (a cycle).
 * <p>
 * Allowed dependencies (checked by {@code ArchitectureTest}): platform (open to all).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications", allowedDependencies = {})
package dev.kizuna.notifications;
