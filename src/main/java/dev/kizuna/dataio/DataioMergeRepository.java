package dev.kizuna.dataio;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** External ids ({@code external_key}) of a merged customer or contact pointing at the survivor. */
@Repository
class DataioMergeRepository {

    private final JdbcClient jdbc;

    DataioMergeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many external ids of the object type moved. */
    int moveExternalKeys(String objectType, UUID to, UUID from) {
        return jdbc.sql("update external_key set record_id = ? where object_type = ? and record_id = ?")
                .params(to, objectType, from).update();
    }
}
