package dev.kizuna.platform.sampledata;

/**
 * A module's contribution to the sample data loaded on the first start ({@code KIZUNA_SAMPLE_DATA=true}).
 * Each set is loaded once, in {@link #order()}, inside one transaction with its record of having loaded.
 */
public interface SampleData {

    /** A stable name, recorded so that a restart does not load the set twice. */
    String name();

    /** Lower loads first; identity (users) is 100, later modules load after the records they point at. */
    int order();

    void load();
}
