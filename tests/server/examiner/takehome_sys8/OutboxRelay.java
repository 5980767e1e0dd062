package com.example.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Relays events written to the outbox to the message broker, in batches, on one background
 * thread. Start it with {@code new Thread(relay).start()}; stop it by interrupting that thread.
 */
public final class OutboxRelay implements Runnable {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());
    private static final int MAX_BATCH = 50;

    /** Whatever publishes a batch to the broker. */
    public interface Broker {
        void publish(List<String> events) throws BrokerException;
    }

    /** The broker refused or could not be reached. */
    public static final class BrokerException extends Exception {
        public BrokerException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final BlockingQueue<String> outbox = new LinkedBlockingQueue<>();
    private final Broker broker;
    private final long pollMillis;
    private final long retryMillis;

    public OutboxRelay(Broker broker, long pollMillis, long retryMillis) {
        this.broker = broker;
        this.pollMillis = pollMillis;
        this.retryMillis = retryMillis;
    }

    /** Called by the request threads once their transaction has committed. */
    public void enqueue(String event) {
        outbox.add(event);
    }

    public int pending() {
        return outbox.size();
    }

    @Override
    public void run() {
        LOG.info("outbox relay started");
        while (!Thread.currentThread().isInterrupted()) {
            List<String> batch = nextBatch();
            if (batch.isEmpty()) {
                continue;
            }
            try {
                broker.publish(batch);
            } catch (BrokerException e) {
                LOG.log(Level.WARNING, "publish failed, " + batch.size() + " events requeued", e);
                outbox.addAll(batch);
                backOff();
            }
        }
        LOG.info("outbox relay stopped");
    }

    private List<String> nextBatch() {
        List<String> batch = new ArrayList<>();
        try {
            String first = outbox.poll(pollMillis, TimeUnit.MILLISECONDS);
            if (first == null) {
                return batch;
            }
            batch.add(first);
        } catch (InterruptedException e) {
            LOG.fine("poll interrupted");
            return batch;
        }
        outbox.drainTo(batch, MAX_BATCH - 1);
        return batch;
    }

    private void backOff() {
        try {
            Thread.sleep(retryMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
