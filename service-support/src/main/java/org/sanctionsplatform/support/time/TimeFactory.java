package org.sanctionsplatform.support.time;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The one source of time: every component takes this Clock, so tests control time (DESIGN §1). */
@Factory
class TimeFactory {

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
