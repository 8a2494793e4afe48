package dev.kizuna.integrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** An administrator's webhook may not post into Kizuna's own network unless the deployer opted in. */
class WebhookTargetsTest {

    private final WebhookTargets strict = new WebhookTargets(false);

    @Test
    void loopbackLinkLocalAndPrivateAddressesAreRefused() {
        for (String url : new String[] {"http://127.0.0.1:8080/hook", "http://localhost/hook",
                "http://169.254.169.254/latest/meta-data/", "http://[::1]/", "http://10.1.2.3/", "https://192.168.0.1/",
                "https://172.16.5.4/", "http://0.0.0.0:8080/", "http://100.64.1.1/", "http://[fd00::1]/",
                "http://[fe80::1]/", "http://[::ffff:127.0.0.1]/"}) {
            assertThat(strict.refusesOnSave(url)).as(url).isTrue();
            assertThatThrownBy(() -> strict.checkBeforeSending(url)).as(url)
                    .isInstanceOf(WebhookTargets.RefusedTargetException.class);
        }
    }

    @Test
    void publicAddressesPassAndANameThatDoesNotResolveIsCheckedAgainBeforeSending() {
        assertThat(strict.refusesOnSave("https://203.0.113.5/hook")).isFalse();
        assertThatCode(() -> strict.checkBeforeSending("https://203.0.113.5/hook")).doesNotThrowAnyException();
        assertThat(strict.refusesOnSave("https://hooks.example.invalid/x")).isFalse();
        assertThatThrownBy(() -> strict.checkBeforeSending("https://hooks.example.invalid/x"))
                .isInstanceOf(WebhookTargets.RefusedTargetException.class);
    }

    @Test
    void theOptInAllowsAnOnPremiseReceiver() {
        WebhookTargets onPremise = new WebhookTargets(true);
        assertThat(onPremise.refusesOnSave("http://192.168.0.10/hook")).isFalse();
        assertThatCode(() -> onPremise.checkBeforeSending("http://127.0.0.1:9000/")).doesNotThrowAnyException();
    }
}
