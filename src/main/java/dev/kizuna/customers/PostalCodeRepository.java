package dev.kizuna.customers;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The postal_code table (primary key serves the lookup). */
@Repository
class PostalCodeRepository {

    private final JdbcClient jdbc;

    PostalCodeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<PostalAddress> find(String code) {
        return jdbc.sql("""
                select code, prefecture, city, town, prefecture_kana, city_kana, town_kana
                  from postal_code where code = ? order by seq
                """).param(code).query(PostalAddress.class).list();
    }

    boolean isEmpty() {
        return !jdbc.sql("select exists (select 1 from postal_code)").query(Boolean.class).single();
    }
}
