package dev.kizuna.work;

import java.util.function.Supplier;

import dev.kizuna.platform.security.SystemActor;

/** Work's jobs and listeners act as whoever is acting, else as the system ({@link SystemActor#callUnlessSomeoneActs}). */
final class AsSystem {

    private AsSystem() {
    }

    static <T> T call(Supplier<T> work) {
        return SystemActor.callUnlessSomeoneActs(work);
    }

    static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
