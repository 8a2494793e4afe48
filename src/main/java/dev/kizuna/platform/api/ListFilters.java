package dev.kizuna.platform.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The {@code filter[...]} fields an API list reads from the query string itself (the whole parameter map), for lists
 * whose filters are not declared one by one as {@code @RequestParam("filter[x]")}. A field is written without
 * {@code filter[]} ({@code "companyId"}); {@code prefixes} admit families ({@code "customFields."}). The fields are
 * documented in the OpenAPI document as query parameters, and any other {@code filter[...]} is answered 400.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ListFilters {

    String[] value();

    String[] prefixes() default {};
}
