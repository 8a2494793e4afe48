package dev.kizuna.platform.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on API POSTs: the same key and body from the same caller get the first answer
 * again (with {@code Idempotent-Replayed: true}) and never a second record.
 * <p>
 * The key row, the business writes and the stored answer share one transaction. A second request with
 * the same key waits on the key's unique index until the first commits, then replays its answer; if the
 * first failed, nothing of it was kept and the second runs afresh. Failed answers (4xx/5xx) are not stored.
 */
@Component
@Order(0) // after Spring Security (-100), so the caller is known
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";

    private final IdempotencyKeys keys;
    private final TransactionTemplate transactions;
    private final Problems problems;
    private final ProblemWriter writer;

    IdempotencyFilter(IdempotencyKeys keys, TransactionTemplate transactions, Problems problems, ProblemWriter writer) {
        this.keys = keys;
        this.transactions = transactions;
        this.problems = problems;
        this.writer = writer;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null || !ApiRequests.isApi(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        UUID actor = CurrentActor.idOrNull();
        String key = request.getHeader(HEADER).trim();
        if (actor == null) {
            chain.doFilter(request, response);
            return;
        }
        if (key.isEmpty() || key.length() > 255) {
            writer.write(problems.validation(java.util.List.of(FieldProblem.of(HEADER, "Size", 255, 1)), request), response);
            return;
        }
        CachedBodyRequest cached = new CachedBodyRequest(request);
        String hash = hash(request, cached.body());
        ContentCachingResponseWrapper wrapped = new ContentCachingResponseWrapper(response);
        Outcome outcome = transactions.execute(tx -> {
            if (!keys.claim(actor, key, hash)) {
                return new Outcome(false, keys.find(actor, key).orElse(null));
            }
            try {
                chain.doFilter(cached, wrapped);
            } catch (IOException | ServletException e) {
                throw new IllegalStateException(e);
            }
            int status = wrapped.getStatus();
            if (status >= 200 && status < 300 && !tx.isRollbackOnly()) {
                keys.store(actor, key, status, wrapped.getContentType(), wrapped.getContentAsByteArray());
            } else {
                tx.setRollbackOnly();
            }
            return new Outcome(true, null);
        });
        if (outcome.ran()) {
            wrapped.copyBodyToResponse();
        } else {
            answerReplay(outcome.stored(), hash, request, response);
        }
    }

    private record Outcome(boolean ran, IdempotencyKeys.StoredAnswer stored) {
    }

    private void answerReplay(IdempotencyKeys.StoredAnswer stored, String hash, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        if (stored == null || stored.status() == null) {
            writer.write(problems.from(new IdempotencyConflictException("idempotency-in-progress"), request), response);
        } else if (!stored.requestHash().equals(hash)) {
            writer.write(problems.from(new IdempotencyConflictException("idempotency-mismatch"), request), response);
        } else {
            response.setStatus(stored.status());
            if (stored.contentType() != null) {
                response.setContentType(stored.contentType());
            }
            response.setHeader(REPLAYED, "true");
            response.getOutputStream().write(stored.body());
        }
    }

    private static String hash(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + " " + request.getRequestURI() + "?"
                    + (request.getQueryString() == null ? "" : request.getQueryString()) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
