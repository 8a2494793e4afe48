package dev.kizuna.platform.input;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * How request bodies are read as JSON: strict UTF-8 of at most {@code kizuna.api.max-body} (KIZUNA_API_MAX_BODY, 10 MB), a property given twice
 * refused (rather than the last one silently winning), and every string held to {@link TextRules}. Failures
 * become 400/422 problem+json naming the field (see {@code Problems}).
 */
@Configuration(proxyBeanMethods = false)
class RequestJson {


    @Bean
    JsonMapperBuilderCustomizer textRules() {
        return builder -> builder.addModule(CheckedText.module());
    }

    /** Puts the strict reader where Spring's JSON converter was, keeping the order (text before JSON). */
    @Bean
    WebMvcConfigurer strictJsonConverter(JsonMapper json,
            @org.springframework.beans.factory.annotation.Value("${kizuna.api.max-body:10MB}")
            org.springframework.util.unit.DataSize maxBody) {
        return new WebMvcConfigurer() {
            @Override
            public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
                converters.replaceAll(c -> c.getClass() == JacksonJsonHttpMessageConverter.class
                        ? new StrictConverter(json, maxBody.toBytes()) : c);
            }
        };
    }

    static final class StrictConverter extends JacksonJsonHttpMessageConverter {

        /** The longest body read (KIZUNA_API_MAX_BODY, the Idempotency-Key filter's cap too; 10 MB by default). */
        private final long maxBodyBytes;

        StrictConverter(JsonMapper json, long maxBodyBytes) {
            super(json);
            this.maxBodyBytes = maxBodyBytes;
        }

        @Override
        public Object read(ResolvableType type, HttpInputMessage input, Map<String, Object> hints) throws IOException {
            return super.read(type, strict(input), hints);
        }

        @Override
        protected Object readInternal(Class<?> clazz, HttpInputMessage input) throws IOException {
            return super.readInternal(clazz, strict(input));
        }

        @Override
        protected ObjectReader customizeReader(ObjectReader reader, JavaType javaType) {
            return super.customizeReader(reader, javaType)
                    .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .withAttribute(CheckedText.REQUEST_BODY, Boolean.TRUE);
        }

        private HttpInputMessage strict(HttpInputMessage input) {
            return new HttpInputMessage() {
                @Override
                public InputStream getBody() throws IOException {
                    return new StrictUtf8Stream(input.getBody(), maxBodyBytes);
                }

                @Override
                public HttpHeaders getHeaders() {
                    return input.getHeaders();
                }
            };
        }
    }
}
