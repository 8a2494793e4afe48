package dev.kizuna.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;

/**
 * Issue 26: a signed-in person's session attributes were deserialised on every request. The signed-in context is now
 * read from its stored bytes once; each request still gets a context of its own, and nothing else is kept.
 */
class SessionSignInsTest {

    private final SessionSignIns signIns = new SessionSignIns();
    private final SerializingConverter toBytes = new SerializingConverter();

    @Test
    void aStoredSignInIsReadOnceAndEachRequestGetsAContextOfItsOwn() {
        byte[] stored = toBytes.convert(context("rep@example.jp"));

        SecurityContext first = (SecurityContext) signIns.read(stored.clone());
        SecurityContext second = (SecurityContext) signIns.read(stored.clone());

        assertThat(signIns.reused()).isEqualTo(1);
        assertThat(second.getAuthentication().getName()).isEqualTo("rep@example.jp");
        assertThat(second).isNotSameAs(first);
        assertThat(second.getAuthentication()).isSameAs(first.getAuthentication());
        first.setAuthentication(null); // signing out empties the context that request was given
        assertThat(((SecurityContext) signIns.read(stored.clone())).getAuthentication().getName())
                .isEqualTo("rep@example.jp");
    }

    @Test
    void anotherSignInHasOtherBytesAndIsReadAsItIs() {
        signIns.read(toBytes.convert(context("rep@example.jp")));

        SecurityContext other = (SecurityContext) signIns.read(toBytes.convert(context("manager@example.jp")));

        assertThat(other.getAuthentication().getName()).isEqualTo("manager@example.jp");
        assertThat(signIns.reused()).isZero();
    }

    @Test
    void otherAttributesAreReadAfreshEachTime() {
        byte[] stored = toBytes.convert(new ArrayList<>(List.of("保存されたリクエスト")));

        Object first = signIns.read(stored);
        Object second = signIns.read(stored);

        assertThat(second).isEqualTo(first).isNotSameAs(first);
        assertThat(signIns.reused()).isZero();
    }

    private static SecurityContext context(String name) {
        return new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(name, null,
                AuthorityUtils.createAuthorityList("ROLE_MEMBER")));
    }
}
