package dev.kizuna.platform.files;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * S3-compatible object storage for uploaded files ({@code kizuna.files.s3.*}, environment {@code KIZUNA_S3_*}). With
 * no bucket, files stay on disk under the data directory.
 *
 * @param bucket    the bucket ({@code KIZUNA_S3_BUCKET}); empty = use the disk
 * @param endpoint  for S3-compatible services (MinIO, Wasabi, さくらのクラウド…), e.g. {@code https://s3.example.jp};
 *                  empty = AWS ({@code KIZUNA_S3_ENDPOINT})
 * @param region    {@code KIZUNA_S3_REGION}, default ap-northeast-1 (Tokyo)
 * @param accessKey {@code KIZUNA_S3_ACCESS_KEY}; empty = the AWS default chain (environment, profile, instance role)
 * @param secretKey {@code KIZUNA_S3_SECRET_KEY}
 * @param pathStyle address the bucket as {@code endpoint/bucket/key} instead of {@code bucket.endpoint/key}, which
 *                  most S3-compatible services need ({@code KIZUNA_S3_PATH_STYLE}, default true)
 * @param prefix    a folder in the bucket for Kizuna's files ({@code KIZUNA_S3_PREFIX}, default {@code kizuna/})
 */
@ConfigurationProperties("kizuna.files.s3")
record S3Settings(String bucket, String endpoint, @DefaultValue("ap-northeast-1") String region, String accessKey,
        String secretKey, @DefaultValue("true") boolean pathStyle, @DefaultValue("kizuna/") String prefix) {

    boolean enabled() {
        return bucket != null && !bucket.isBlank();
    }
}
