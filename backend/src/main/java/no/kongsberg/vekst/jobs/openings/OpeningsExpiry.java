package no.kongsberg.vekst.jobs.openings;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import no.kongsberg.vekst.platform.OsloTime;
import org.jboss.logging.Logger;

/**
 * Every night, published openings whose deadline has passed are
 * stored as expired. Reads do not wait for it: they treat such an opening as expired already.
 */
@ApplicationScoped
public class OpeningsExpiry {

    private static final Logger LOG = Logger.getLogger(OpeningsExpiry.class);

    private final JobOpeningService openings;

    public OpeningsExpiry(JobOpeningService openings) {
        this.openings = openings;
    }

    @Scheduled(identity = "job-openings-expiry", cron = "{vekst.job-openings.expiry-cron}", timeZone = "Europe/Oslo",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void expireDue() {
        int expired = openings.expireDue(OsloTime.today());
        if (expired > 0) {
            LOG.infof("%d job openings past their deadline expired", expired);
        }
    }
}
