package dev.kizuna.work;

import dev.kizuna.customers.Companies;
import dev.kizuna.customers.Company;
import dev.kizuna.customers.CustomerConsents;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** A playbook's メール step: the mail recorded in its own transaction before it goes, so a retry never sends twice. */
@Component
class PlaybookMailStep {

    private final PlaybookRunRepository runs;
    private final PlaybookMailRepository mails;
    private final Companies companies;
    private final CustomerConsents consents;
    private final PlaybookMailer mailer;
    private final TransactionTemplate newTransaction;

    PlaybookMailStep(PlaybookRunRepository runs, PlaybookMailRepository mails, Companies companies,
            CustomerConsents consents, PlaybookMailer mailer, PlatformTransactionManager txm) {
        this.consents = consents;
        this.runs = runs;
        this.mails = mails;
        this.companies = companies;
        this.mailer = mailer;
        this.newTransaction = new TransactionTemplate(txm);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Sends the step's e-mail to the customer once per pass of the step, recorded before it goes out; nothing to a
     * customer who unsubscribed. Throws when it cannot be sent, so the engine retries the step.
     */
    void send(PlaybookRun run, int step, int iteration, PlaybookStep s) {
        Company company = companies.find(run.companyId());
        if (company.email() == null || company.email().isBlank()) {
            throw new IllegalStateException("the customer has no e-mail address");
        }
        if (consents.unsubscribedFromEmail(company.id())) {
            // the customer used an unsubscribe link: not even a service mail; the run goes on without it
            runs.addEvent(run.id(), run.companyId(), step, "email-refused", company.email() + ": " + s.subject(), null);
            return;
        }
        boolean fresh = Boolean.TRUE.equals(newTransaction.execute(t ->
                mails.recordMail(run.id(), step, iteration, company.email())));
        if (!fresh) {
            String status = mails.mailStatus(run.id(), step, iteration).orElse("sent");
            if ("sent".equals(status)) {
                return; // this pass already sent it: never twice
            }
            if ("sending".equals(status)) {
                throw new IllegalStateException("an earlier try may have sent this e-mail; check and skip the step");
            }
        }
        try {
            mailer.send(company.email(), s.subject(), s.body());
        } catch (RuntimeException e) {
            newTransaction.executeWithoutResult(t -> mails.mailSent(run.id(), step, iteration, false));
            throw e;
        }
        newTransaction.executeWithoutResult(t -> mails.mailSent(run.id(), step, iteration, true));
        runs.addEvent(run.id(), run.companyId(), step, "email", company.email() + ": " + s.subject(), null);
    }
}
