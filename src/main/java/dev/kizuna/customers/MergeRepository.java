package dev.kizuna.customers;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What a merge does to the customer tables: related rows move to the survivor, then the merged row goes. */
@Repository
class MergeRepository {

    private final JdbcClient jdbc;

    MergeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Moves every contact of one customer to another and answers their ids. A customer has one primary
     * contact: the moved ones keep the flag only if the survivor had none.
     */
    List<UUID> moveContacts(UUID from, UUID to, UUID actor) {
        return jdbc.sql("""
                update contact set company_id = :to,
                       is_primary = is_primary
                                    and not exists (select 1 from contact p where p.company_id = :to and p.is_primary),
                       version = version + 1, updated_at = now(), updated_by = :actor
                 where company_id = :from
                returning id
                """).param("from", from).param("to", to).param("actor", actor).query(UUID.class).list();
    }

    /** Contact histories that name the merged customer name the survivor instead; answers how many rows. */
    int repointCompanyMoves(UUID from, UUID to) {
        return jdbc.sql("update contact_move set from_company_id = ? where from_company_id = ?").params(to, from).update()
                + jdbc.sql("update contact_move set to_company_id = ? where to_company_id = ?").params(to, from).update();
    }

    /** The merged contact's moves become the survivor's history; answers how many rows. */
    int repointContactMoves(UUID from, UUID to) {
        return jdbc.sql("update contact_move set contact_id = ? where contact_id = ?").params(to, from).update();
    }

    /** @return false when the row is not at that version any more */
    boolean deleteCompany(UUID id, long version) {
        return jdbc.sql("delete from company where id = ? and version = ?").params(id, version).update() == 1;
    }

    /** @return false when the row is not at that version any more */
    boolean deleteContact(UUID id, long version) {
        return jdbc.sql("delete from contact where id = ? and version = ?").params(id, version).update() == 1;
    }
}
