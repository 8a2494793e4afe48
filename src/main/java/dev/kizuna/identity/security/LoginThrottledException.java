package dev.kizuna.identity.security;

import org.springframework.security.authentication.LockedException;

/** Too many failed sign-ins; the password was not even checked. */
class LoginThrottledException extends LockedException {

    LoginThrottledException() {
        super("too many failed sign-ins");
    }
}
