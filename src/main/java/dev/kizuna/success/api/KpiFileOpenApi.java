package dev.kizuna.success.api;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.StringSchema;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * The OpenAPI document shows both bodies of {@code POST /api/v1/kpis/{id}/actuals}: springdoc folds the JSON and
 * the file handler into one operation and keeps only the JSON body, so the file's media types are added to it here.
 */
@Component
class KpiFileOpenApi implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        if (handler.getBeanType() != KpisApi.class || !handler.getMethod().getName().startsWith("putActuals")
                || operation.getRequestBody() == null) {
            return operation;
        }
        Content content = operation.getRequestBody().getContent() == null ? new Content()
                : operation.getRequestBody().getContent();
        content.addMediaType("text/csv", new MediaType().schema(new StringSchema()));
        content.addMediaType("text/tab-separated-values", new MediaType().schema(new StringSchema()));
        content.addMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                new MediaType().schema(new StringSchema().format("binary")));
        operation.getRequestBody().setContent(content);
        return operation;
    }
}
