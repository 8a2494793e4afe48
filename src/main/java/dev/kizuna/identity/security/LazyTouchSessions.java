package dev.kizuna.identity.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Spring Session's JDBC sessions, with the last access written at most once a minute (issue 26). Spring Session marks
 * every request's session changed by setting its last access, so each page and each htmx call wrote the session row
 * in a transaction of its own although nothing else had changed. Here a session's last access moves only when the
 * stored one is more than {@link #TOUCH_EVERY} old: a session then ends at most a minute earlier than its 8-hour
 * timeout would say. Attributes that change (sign-in, CSRF token, flash messages) are written as before.
 */
final class LazyTouchSessions implements SessionRepository<LazyTouchSessions.Touched> {

    static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final SessionRepository<Session> sessions;

    @SuppressWarnings("unchecked")
    LazyTouchSessions(JdbcIndexedSessionRepository sessions) {
        // the repository's session type is not public; it takes back the sessions it made
        this.sessions = (SessionRepository<Session>) (SessionRepository<?>) sessions;
    }

    @Override
    public Touched createSession() {
        return new Touched(sessions.createSession(), null);
    }

    @Override
    public void save(Touched session) {
        sessions.save(session.session);
    }

    @Override
    public Touched findById(String id) {
        Session found = sessions.findById(id);
        return found == null ? null : new Touched(found, found.getLastAccessedTime());
    }

    @Override
    public void deleteById(String id) {
        sessions.deleteById(id);
    }

    /** A session whose last access is passed on only when the stored one is a minute old (or it is new). */
    static final class Touched implements Session {

        private final Session session;
        private final Instant stored;

        private Touched(Session session, Instant stored) {
            this.session = session;
            this.stored = stored;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (stored == null || lastAccessedTime.isAfter(stored.plus(TOUCH_EVERY))) {
                session.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public String getId() {
            return session.getId();
        }

        @Override
        public String changeSessionId() {
            return session.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return session.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return session.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            session.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            session.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return session.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return session.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            session.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return session.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return session.isExpired();
        }
    }
}
