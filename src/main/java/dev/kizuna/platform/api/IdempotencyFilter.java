package dev.kizuna.platform.api;

import java.io.IOException;
import java.security.MessageDigest;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on API POSTs: the same key and body from the same caller get the first answer
 * again (status, body, {@code ETag}, {@code Location}, with {@code Idempotent-Replayed: true}) and never a second
 * record.
 * <p>
 * Before anything is read: a viewer's write (a POST outside {@link ViewerPosts}) is refused, and a body declared
 * longer than the cap is refused with 413. A JSON body is then read into a bounded store while it is hashed (413
 * as soon as it passes the cap, the rest left unread); a multipart body is hashed from the parts the server parsed
 * (so the controller still finds the file); a raw file body is spooled to a temp file up to the upload limit.
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

    private final IdempotencyKeyRepository keys;
    private final TransactionTemplate transactions;
    private final Problems problems;
    private final ProblemWriter writer;
    private final long jsonCap;
    private final long fileCap;

    IdempotencyFilter(IdempotencyKeyRepository keys, TransactionTemplate transactions, Problems problems, ProblemWriter writer,
            @Value("${kizuna.api.max-body:10MB}") DataSize jsonCap,
            @Value("${spring.servlet.multipart.max-request-size:1GB}") DataSize fileCap) {
        this.keys = keys;
        this.transactions = transactions;
        this.problems = problems;
        this.writer = writer;
        this.jsonCap = jsonCap.toBytes();
        this.fileCap = fileCap.toBytes();
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
            writer.write(problems.validation(List.of(FieldProblem.of(HEADER, "Size", 255, 1)), request), response);
            return;
        }
        if (!CurrentActor.hasRole("MEMBER") && !ViewerPosts.allows(request)) {
            writer.write(problems.of(HttpStatus.FORBIDDEN, "forbidden", request), response);
            return;
        }
        boolean multipart = RequestDigest.isMultipart(request);
        long cap = multipart || !isJson(request) ? fileCap : jsonCap;
        if (request.getContentLengthLong() > cap) {
            writer.write(problems.of(HttpStatus.CONTENT_TOO_LARGE, "body-too-large", request), response);
            return;
        }
        MessageDigest digest = RequestDigest.start(request);
        if (multipart) {
            RequestDigest.addParts(digest, request);
            run(request, response, chain, actor, key, RequestDigest.hex(digest));
            return;
        }
        SpooledBody body;
        try {
            body = SpooledBody.read(request.getInputStream(), cap, digest);
        } catch (SpooledBody.TooLargeException e) {
            response.setHeader(HttpHeaders.CONNECTION, "close");
            writer.write(problems.of(HttpStatus.CONTENT_TOO_LARGE, "body-too-large", request), response);
            return;
        }
        try (body) {
            run(new SpooledBodyRequest(request, body), response, chain, actor, key, RequestDigest.hex(digest));
        }
    }

    private void run(HttpServletRequest request, HttpServletResponse response, FilterChain chain, UUID actor,
            String key, String hash) throws IOException {
        ContentCachingResponseWrapper wrapped = new ContentCachingResponseWrapper(response);
        Outcome outcome = transactions.execute(tx -> {
            if (!keys.claim(actor, key, hash)) {
                return new Outcome(false, keys.find(actor, key).orElse(null));
            }
            try {
                chain.doFilter(request, wrapped);
            } catch (IOException | ServletException e) {
                throw new IllegalStateException(e);
            }
            int status = wrapped.getStatus();
            if (status >= 200 && status < 300 && !tx.isRollbackOnly()) {
                keys.store(actor, key, new IdempotencyKeyRepository.Answer(status, wrapped.getContentType(),
                        wrapped.getHeader(HttpHeaders.ETAG), wrapped.getHeader(HttpHeaders.LOCATION),
                        wrapped.getContentAsByteArray()));
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

    private static boolean isJson(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null) {
            return true;
        }
        String base = type.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
        return base.equals("application/json") || base.endsWith("+json") || base.startsWith("application/x-www-form");
    }

    private record Outcome(boolean ran, IdempotencyKeyRepository.StoredAnswer stored) {
    }

    private void answerReplay(IdempotencyKeyRepository.StoredAnswer stored, String hash, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        if (stored == null || stored.answer() == null) {
            writer.write(problems.from(new IdempotencyConflictException("idempotency-in-progress"), request), response);
        } else if (!stored.requestHash().equals(hash)) {
            writer.write(problems.from(new IdempotencyConflictException("idempotency-mismatch"), request), response);
        } else {
            IdempotencyKeyRepository.Answer answer = stored.answer();
            response.setStatus(answer.status());
            if (answer.contentType() != null) {
                response.setContentType(answer.contentType());
            }
            if (answer.etag() != null) {
                response.setHeader(HttpHeaders.ETAG, answer.etag());
            }
            if (answer.location() != null) {
                response.setHeader(HttpHeaders.LOCATION, answer.location());
            }
            response.setHeader(REPLAYED, "true");
            response.getOutputStream().write(answer.body());
        }
    }
}
