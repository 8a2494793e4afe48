package dev.kizuna.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kizuna.support.KizunaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The sweep files each link under the page route it leads to, whatever its query says, and has every record page. */
@KizunaTest
class SweepRoutesTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Test
    void aLinkWithAQueryBelongsToItsPathsRouteNotToTheRecordPageBesideIt() {
        var routes = new SweepRoutes(mapping);
        assertThat(routes.routeOf("/deals/list?filter%5Bactive%5D=true")).hasValue("/deals/list");
        assertThat(routes.routeOf("/customers/new?kind=INDIVIDUAL")).hasValue("/customers/new");
        assertThat(routes.routeOf("/tasks/new?boardId=01a25126-075f-77e5-9b8e-0d5859fb679f")).hasValue("/tasks/new");
        assertThat(routes.routeOf("/customers/01a25126-05ca-75e1-9a04-c473f795a2fb")).hasValue("/customers/{id}");
    }

    /** A new record page gets a record to sweep it on (SweepSeeds), or the sweep could never reach it. */
    @Test
    void everyRecordPageHasAWayToFindARecordForIt() {
        assertThat(SweepSeeds.unserved(new SweepRoutes(mapping).all())).isEmpty();
    }
}
