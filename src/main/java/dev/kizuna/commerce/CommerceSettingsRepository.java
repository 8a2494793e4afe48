package dev.kizuna.commerce;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The office's commerce settings, one row ({@code commerce_setting}, id 1): the issuer and the quote validity. */
@Repository
class CommerceSettingsRepository {

    private final JdbcClient jdbc;

    CommerceSettingsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Issuer read() {
        return jdbc.sql("select * from commerce_setting where id = 1").query((rs, n) -> new Issuer(
                rs.getString("issuer_name"), rs.getString("issuer_address"), rs.getString("issuer_phone"),
                rs.getString("registration_number"), rs.getInt("quote_valid_days"), rs.getLong("version"))).single();
    }

    /** Writes the issuer's (already cleaned) fields if {@code version} is the row's; false when it is stale. */
    boolean update(Issuer issuer, UUID actor, long version) {
        return jdbc.sql("""
                update commerce_setting set issuer_name = :name, issuer_address = :address, issuer_phone = :phone,
                    registration_number = :number, quote_valid_days = :validDays, version = version + 1,
                    updated_at = now(), updated_by = :actor where id = 1 and version = :version
                """).param("name", issuer.name()).param("address", issuer.address()).param("phone", issuer.phone())
                .param("number", issuer.registrationNumber()).param("validDays", issuer.quoteValidDays())
                .param("actor", actor).param("version", version).update() == 1;
    }
}
