package dev.kizuna.identity.security;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Reads a session attribute from its stored bytes (Java serialisation, as Spring Session writes them), keeping what the
 * signed-in context and the CSRF token were read into by their bytes (issue 26). Every request of a signed-in person
 * reads both from the session row, and deserialising the context (the principal, its authorities, the sign-in's
 * details) cost about as much as half of rendering a page. The same bytes always read into the same values, so the
 * values are kept by the bytes themselves: a changed sign-in (new context, other name or language) has other bytes,
 * and nothing here can be stale. Each read still gets a context of its own (signing out empties the context it was
 * given); the authentication in it and a CSRF token are not changed after sign-in and are shared. Other attributes
 * (saved requests, flash messages) are read afresh each time. Written as Spring Session writes them.
 */
@Component
@ConditionalOnProperty(name = "kizuna.sessions.keep-sign-ins", matchIfMissing = true) // false: read every time
class SessionSignIns implements SessionRepositoryCustomizer<JdbcIndexedSessionRepository> {

    /** Sign-ins kept at most; past that the kept ones are dropped and read again as they come (sessions in use). */
    static final int KEPT = 4_096;

    private final DeserializingConverter bytesToObject;
    private final Map<StoredBytes, Object> known = new ConcurrentHashMap<>();
    private final AtomicLong reused = new AtomicLong();

    SessionSignIns() {
        this.bytesToObject = new DeserializingConverter(SessionSignIns.class.getClassLoader());
    }

    @Override
    public void customize(JdbcIndexedSessionRepository sessions) {
        GenericConversionService conversions = new GenericConversionService();
        conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
        conversions.addConverter(byte[].class, Object.class, this::read);
        sessions.setConversionService(conversions);
    }

    /** The attribute stored as {@code bytes}. */
    Object read(byte[] bytes) {
        StoredBytes key = new StoredBytes(bytes);
        Object kept = known.get(key);
        if (kept != null) {
            reused.incrementAndGet();
            return kept instanceof Authentication signIn ? new SecurityContextImpl(signIn) : kept;
        }
        Object read = bytesToObject.convert(bytes);
        Object keep = read != null && read.getClass() == SecurityContextImpl.class
                ? ((SecurityContextImpl) read).getAuthentication()
                : read instanceof DefaultCsrfToken ? read : null;
        if (keep != null) {
            if (known.size() >= KEPT) {
                known.clear();
            }
            known.put(key, keep);
        }
        return read;
    }

    /** How many reads were answered from what was kept (tests). */
    long reused() {
        return reused.get();
    }

    /** Stored bytes compared by content; the hash is worked out once. */
    private static final class StoredBytes {

        private final byte[] bytes;
        private final int hash;

        StoredBytes(byte[] bytes) {
            this.bytes = bytes;
            this.hash = Arrays.hashCode(bytes);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof StoredBytes that && hash == that.hash && Arrays.equals(bytes, that.bytes);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
