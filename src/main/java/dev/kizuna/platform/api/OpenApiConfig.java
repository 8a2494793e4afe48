package dev.kizuna.platform.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at {@code /api/v1/openapi.json}, browsable at {@code /api/v1/docs}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    @Bean
    OpenAPI kizunaOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Kizuna API").version("v1").license(new License().name("Apache-2.0"))
                        .description("""
                                Kizuna (絆) REST API. Authenticate with `Authorization: Bearer <token>`; get a token \
                                from Settings → API tokens or `POST /api/v1/tokens` with HTTP Basic (e-mail, password).
                                Lists: `?limit=&cursor=` → `{ "items": [...], "nextCursor": ... }`. Updates carry \
                                `version` (or `If-Match`); a stale one gets 409. POSTs accept `Idempotency-Key`. \
                                Errors are RFC 9457 problem+json with an `errors` list, in the caller's language \
                                (`Accept-Language: ja` or `en`)."""))
                .components(new Components()
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer"))
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    /** The filters a list reads from the whole query string ({@link ListFilters}), as query parameters. */
    @Bean
    OperationCustomizer listFilterParameters() {
        return (operation, handler) -> {
            ListFilters filters = handler.getMethodAnnotation(ListFilters.class);
            if (filters != null) {
                for (String field : filters.value()) {
                    String name = "filter[" + field + "]";
                    if (operation.getParameters() == null || operation.getParameters().stream()
                            .noneMatch(p -> name.equals(p.getName()))) {
                        operation.addParametersItem(new Parameter().in("query").name(name).required(false)
                                .schema(new StringSchema()));
                    }
                }
            }
            return operation;
        };
    }
}
