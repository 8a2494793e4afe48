package dev.kizuna.identity.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.kizuna.identity.ApiToken;
import dev.kizuna.identity.ApiTokens;
import dev.kizuna.identity.IssuedToken;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/tokens}: the caller's API tokens. {@code POST} also accepts HTTP Basic (e-mail and
 * password), which is how a script gets its first token. The secret is in the answer once.
 */
@RestController
@RequestMapping("/api/v1/tokens")
@Tag(name = "API tokens")
class TokensApi {

    private final ApiTokens tokens;

    TokensApi(ApiTokens tokens) {
        this.tokens = tokens;
    }

    record CreateTokenRequest(String name, String scope, Integer expiresInDays) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TokenResponse(String id, String name, String prefix, String scope, Instant createdAt, Instant expiresAt,
            Instant lastUsedAt, Instant revokedAt, String token) {
        static TokenResponse of(ApiToken t, String secret) {
            return new TokenResponse(t.id().toString(), t.name(), t.prefix(), t.scope(), t.createdAt(), t.expiresAt(),
                    t.lastUsedAt(), t.revokedAt(), secret);
        }
    }

    record TokenListResponse(List<TokenResponse> items, String nextCursor) {
    }

    @PostMapping
    @Operation(summary = "Create an API token (Basic or Bearer)",
            description = "scope: read (GET only) or write; expiresInDays optional. The token is returned once.")
    ResponseEntity<TokenResponse> create(@RequestBody CreateTokenRequest body) {
        IssuedToken issued = tokens.issue(body.name(), body.scope() == null ? ApiToken.WRITE : body.scope(),
                body.expiresInDays());
        return ResponseEntity.created(URI.create("/api/v1/tokens/" + issued.token().id()))
                .body(TokenResponse.of(issued.token(), issued.secret()));
    }

    @GetMapping
    @Operation(summary = "List my tokens (never their secrets)")
    TokenListResponse list() {
        return new TokenListResponse(tokens.listOwn().stream().map(t -> TokenResponse.of(t, null)).toList(), null);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Revoke a token (mine; administrators: anyone's)")
    ResponseEntity<Void> revoke(@PathVariable String id) {
        tokens.revoke(ApiLevels.id("api-token", id));
        return ResponseEntity.noContent().build();
    }
}
