package dev.kizuna.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens ({@code Authorization: Bearer kz_…}). Every user, viewers included, may create and
 * revoke their own; administrators may list and revoke anyone's. The secret is shown once.
 */
@Service
@Transactional
public class ApiTokens {

    static final String AUDIT_TYPE = "api-token";
    static final String PREFIX = "kz_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository tokens;
    private final AuditLog audit;

    ApiTokens(ApiTokenRepository tokens, AuditLog audit) {
        this.tokens = tokens;
        this.audit = audit;
    }

    /**
     * Creates a token for the caller. Refused while the caller has a temporary password to change. A token made
     * with a token (a script minting its own) never outlives its parent — it expires no later — and is revoked with
     * it.
     *
     * @param scope         {@code read} or {@code write}
     * @param expiresInDays null for a token that does not expire (or, made with a token, expires with it)
     */
    @PreAuthorize("isAuthenticated()")
    public IssuedToken issue(String name, String scope, Integer expiresInDays) {
        String cleanName = name == null ? null : name.strip();
        Check.of()
                .required("name", cleanName)
                .maxLength("name", cleanName, 80)
                .required("scope", scope)
                .oneOf("scope", scope, List.of(ApiToken.READ, ApiToken.WRITE))
                .failIf(expiresInDays != null && (expiresInDays < 1 || expiresInDays > 3650), "expiresInDays",
                        "Range", 1, 3650)
                .failIf(tokens.mustChangePassword(CurrentActor.required().actorId()), "password", "TemporaryPassword")
                .verify();
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        UUID id = Ids.newId();
        Instant expiresAt = expiresInDays == null ? null : Instant.now().plus(Duration.ofDays(expiresInDays));
        UUID parent = mintingToken();
        if (parent != null) {
            Instant parentExpires = tokens.expiresAt(parent).orElse(null);
            if (parentExpires != null && (expiresAt == null || expiresAt.isAfter(parentExpires))) {
                expiresAt = parentExpires;
            }
        }
        tokens.insert(id, CurrentActor.required().actorId(), cleanName, hash(secret), secret.substring(0, 10),
                scope, expiresAt, parent);
        ApiToken token = tokens.find(id).orElseThrow();
        audit.record("api-token.created", AUDIT_TYPE, id, null, new AuditView(token.name(), token.scope(), token.prefix()));
        return new IssuedToken(token, secret);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ApiToken> listOwn() {
        return tokens.forUser(CurrentActor.required().actorId());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<ApiToken> listFor(UUID userId) {
        return tokens.forUser(userId);
    }

    /** Revokes one of the caller's tokens; administrators may revoke anyone's. Others' tokens are "not found". */
    @PreAuthorize("isAuthenticated()")
    public ApiToken revoke(UUID id) {
        ApiToken token = tokens.find(id)
                .filter(t -> t.userId().equals(CurrentActor.required().actorId()) || isAdmin())
                .orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
        if (token.revokedAt() == null) {
            tokens.revoke(id);
            audit.record("api-token.revoked", AUDIT_TYPE, id, new AuditView(token.name(), token.scope(), token.prefix()), null);
        }
        return tokens.find(id).orElseThrow();
    }

    /** Who a presented secret belongs to, if it is a usable token. Used by sign-in, before anyone is known. */
    public Optional<TokenOwner> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Optional<TokenOwner> owner = tokens.findUsable(hash(secret));
        owner.ifPresent(o -> tokens.touch(o.tokenId()));
        return owner;
    }

    /** The token the caller signed in with, when they did (the API token filter puts its owner in the details). */
    private static UUID mintingToken() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getDetails() instanceof TokenOwner owner ? owner.tokenId() : null;
    }

    private static boolean isAdmin() {
        return AuthorityUtils.authorityListToSet(SecurityContextHolder.getContext().getAuthentication().getAuthorities())
                .contains(PermissionLevel.ADMIN.role());
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    record AuditView(String name, String scope, String prefix) {
    }
}
