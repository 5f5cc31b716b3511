package vn.cchc.shared;

import org.springframework.context.SmartLifecycle;

/**
 * A data-loading step (the demo data set) that runs while the application starts and before the web server accepts
 * requests: a user's first save can never race the loader. Steps run in {@link #order()}.
 */
public abstract class StartupDataStep implements SmartLifecycle {

    /** Far below the web server's start phase (Integer.MAX_VALUE - 2048). */
    private static final int PHASE = -10_000;

    private volatile boolean running;

    /** Position among the steps: lower runs first. */
    protected abstract int order();

    protected abstract void load() throws Exception;

    @Override
    public void start() {
        try {
            load();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Startup data step " + getClass().getSimpleName() + " failed", e);
        }
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE + order();
    }
}
