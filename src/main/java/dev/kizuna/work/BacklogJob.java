package dev.kizuna.work;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Every 15 minutes, on one instance at a time: boards' managers hear about work that started to pile up. */
@Component
class BacklogJob {

    private final Backlog backlog;

    BacklogJob(Backlog backlog) {
        this.backlog = backlog;
    }

    @Scheduled(initialDelayString = "PT2M", fixedDelayString = "PT15M")
    @SchedulerLock(name = "work-backlog", lockAtMostFor = "PT14M")
    void run() {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system", null,
                AuthorityUtils.createAuthorityList("ROLE_ADMIN", "ROLE_MANAGER", "ROLE_MEMBER", "ROLE_VIEWER")));
        SecurityContextHolder.setContext(context);
        try {
            backlog.alertNewBacklog();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
