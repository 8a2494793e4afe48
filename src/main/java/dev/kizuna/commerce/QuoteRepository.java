package dev.kizuna.commerce;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.kizuna.platform.api.Cursor;
import dev.kizuna.platform.api.KeysetOrder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Quotes and their revisions (table {@code quote}); lines are in {@link LineRepository}. */
@Repository
class QuoteRepository {

    static final KeysetOrder NEWEST = new KeysetOrder("q.created_at", "timestamptz", "q.id", true);
    private static final String SELECT = "select q.*, d.title as deal_title from quote q join deal d on d.id = q.deal_id";

    private final JdbcClient jdbc;
    private final LineRepository lines;

    QuoteRepository(JdbcClient jdbc, LineRepository lines) {
        this.jdbc = jdbc;
        this.lines = lines;
    }

    Optional<Quote> find(UUID id) {
        return jdbc.sql(SELECT + " where q.id = ?").param(id).query(this::map).optional();
    }

    /** Every revision of a deal's quotes, newest number and revision first (quote_deal_idx). */
    List<Quote> ofDeal(UUID dealId) {
        return jdbc.sql(SELECT + " where q.deal_id = ? order by q.number desc, q.revision desc").param(dealId)
                .query(this::summary).list();
    }

    /** All quotes newest first, optionally of one deal (quote_created_idx). */
    /** Served by quote_created_idx, or quote_company_idx for one customer's (quote_deal_idx for a deal's). */
    List<Quote> list(UUID dealId, UUID companyId, Cursor after, int fetchSize) {
        StringBuilder sql = new StringBuilder(SELECT + " where true");
        List<Object> args = new ArrayList<>();
        if (dealId != null) {
            sql.append(" and q.deal_id = ?");
            args.add(dealId);
        }
        if (companyId != null) {
            sql.append(" and q.company_id = ?");
            args.add(companyId);
        }
        NEWEST.appendAfter(sql, args, after);
        NEWEST.appendOrderAndLimit(sql, args, fetchSize);
        return jdbc.sql(sql.toString()).params(args).query(this::summary).list();
    }

    Optional<Quote> acceptedOf(UUID dealId) {
        return jdbc.sql(SELECT + " where q.deal_id = ? and q.status = 'accepted' order by q.revision desc limit 1")
                .param(dealId).query(this::map).optional();
    }

    void insert(UUID id, String number, int revision, UUID dealId, UUID companyId, String recipient, UUID ownerId,
            QuoteDraft d, Totals totals, Issuer issuer, UUID actor) {
        jdbc.sql("""
                insert into quote (id, number, revision, deal_id, company_id, owner_id, title, recipient_name,
                    issued_on, valid_until, notes, status, subtotal, tax, total, issuer_name, issuer_address,
                    issuer_phone, registration_number, created_by, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(id, number, revision, dealId, companyId, ownerId, d.title(), recipient, d.issuedOn(),
                d.validUntil(), d.notes(), totals.subtotal(), totals.tax(), totals.total(), issuer.name(),
                issuer.address(), issuer.phone(), issuer.registrationNumber(), actor, actor).update();
    }

    boolean update(UUID id, long version, QuoteDraft d, Totals totals, UUID actor) {
        return jdbc.sql("""
                update quote set title = ?, issued_on = ?, valid_until = ?, notes = ?, subtotal = ?, tax = ?,
                    total = ?, version = version + 1, updated_at = now(), updated_by = ?
                 where id = ? and version = ? and status = 'draft'
                """).params(d.title(), d.issuedOn(), d.validUntil(), d.notes(), totals.subtotal(), totals.tax(),
                totals.total(), actor, id, version).update() == 1;
    }

    boolean setStatus(UUID id, long version, QuoteStatus status, UUID actor) {
        return jdbc.sql("""
                update quote set status = ?, version = version + 1, updated_at = now(), updated_by = ?
                 where id = ? and version = ?
                """).params(status.code(), actor, id, version).update() == 1;
    }

    boolean markSent(UUID id, long version, String to, Instant at, UUID actor) {
        return jdbc.sql("""
                update quote set status = case when status = 'draft' then 'sent' else status end, sent_at = ?,
                    sent_to = ?, version = version + 1, updated_at = now(), updated_by = ?
                 where id = ? and version = ?
                """).params(Timestamp.from(at), to, actor, id, version).update() == 1;
    }

    /** Another revision of the deal was accepted: the earlier acceptance goes back to sent. */
    void unacceptOthers(UUID dealId, UUID except) {
        jdbc.sql("""
                update quote set status = 'sent', version = version + 1, updated_at = now()
                 where deal_id = ? and status = 'accepted' and id <> ?
                """).params(dealId, except).update();
    }

    /** A customer's quotes for the timeline, newest first, before a point (quote_company_idx). */
    List<Quote> ofCompany(UUID companyId, Instant before, UUID beforeId, int limit) {
        return jdbc.sql(SELECT + """
                 where q.company_id = ? and (cast(? as timestamptz) is null
                    or (q.created_at, q.id) < (cast(? as timestamptz), cast(? as uuid)))
                 order by q.created_at desc, q.id desc limit ?
                """).params(companyId, ts(before), ts(before), beforeId, limit).query(this::summary).list();
    }

    static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private Quote map(ResultSet rs, int n) throws SQLException {
        List<LineItem> items = lines.quoteLines(rs.getObject("id", UUID.class));
        return quote(rs, items, Totals.of(items));
    }

    /** Without its lines: the stored totals (lists, one query per page). */
    private Quote summary(ResultSet rs, int n) throws SQLException {
        return quote(rs, List.of(), new Totals(List.of(), rs.getLong("subtotal"), rs.getLong("tax"),
                rs.getLong("total")));
    }

    private static Quote quote(ResultSet rs, List<LineItem> items, Totals totals) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        Timestamp sent = rs.getTimestamp("sent_at");
        return new Quote(id, rs.getString("number"), rs.getInt("revision"), rs.getObject("deal_id", UUID.class),
                rs.getString("deal_title"), rs.getObject("company_id", UUID.class), rs.getString("recipient_name"),
                rs.getObject("owner_id", UUID.class), rs.getString("title"),
                rs.getObject("issued_on", java.time.LocalDate.class),
                rs.getObject("valid_until", java.time.LocalDate.class), rs.getString("notes"),
                QuoteStatus.ofCode(rs.getString("status")), items, totals,
                new Issuer(rs.getString("issuer_name"), rs.getString("issuer_address"), rs.getString("issuer_phone"),
                        rs.getString("registration_number"), 0, 0),
                sent == null ? null : sent.toInstant(), rs.getString("sent_to"), rs.getLong("version"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }
}
