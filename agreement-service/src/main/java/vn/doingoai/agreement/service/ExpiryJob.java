package vn.doingoai.agreement.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Agreements expire by themselves once their expiry date has passed (checked at start and every few hours). */
@ApplicationScoped
public class ExpiryJob {

    private final AgreementTransitionService transitions;
    private final Today today;

    public ExpiryJob(AgreementTransitionService transitions, Today today) {
        this.transitions = transitions;
        this.today = today;
    }

    @Scheduled(every = "${doingoai.agreements.expiry-check:6h}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void expire() {
        transitions.expireDue(today.date());
    }
}
