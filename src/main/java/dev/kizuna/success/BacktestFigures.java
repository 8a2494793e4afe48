package dev.kizuna.success;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The arithmetic of a back-test, free of Spring: the AUC (the chance that a renewer scored higher than a churner,
 * ties counting one half), the churn rate and lift of each band, and a lift chart (customers sorted by score, worst
 * first, cut into five equal groups: churn rate of each group over the overall rate, and the share of all churners
 * found so far).
 */
public record BacktestFigures(int outcomes, int churned, BigDecimal churnRate, BigDecimal auc, List<BandFigure> bands,
        List<LiftStep> liftChart) {

    /** A band's customers, churners, churn rate (0–1) and lift (its rate over the overall rate). */
    public record BandFigure(HealthBand band, int customers, int churned, BigDecimal churnRate, BigDecimal lift) {
    }

    /** One fifth of the customers by score, worst first. */
    public record LiftStep(int group, int customers, int churned, BigDecimal lift, BigDecimal churnersFound) {

        /** The churners found so far in whole percent (0 without churners), for the page's bar. */
        public int percentFound() {
            return churnersFound == null ? 0 : churnersFound.movePointRight(2).setScale(0, RoundingMode.HALF_UP)
                    .intValue();
        }
    }

    static final int SCALE = 4;
    static final int GROUPS = 5;

    static BacktestFigures of(List<BacktestOutcome> list) {
        int churned = (int) list.stream().filter(BacktestOutcome::churned).count();
        BigDecimal rate = ratio(churned, list.size());
        List<BandFigure> bands = new ArrayList<>();
        for (HealthBand band : HealthBand.values()) {
            List<BacktestOutcome> in = list.stream().filter(o -> o.band() == band).toList();
            int c = (int) in.stream().filter(BacktestOutcome::churned).count();
            BigDecimal r = ratio(c, in.size());
            bands.add(new BandFigure(band, in.size(), c, r, lift(c, in.size(), churned, list.size())));
        }
        return new BacktestFigures(list.size(), churned, rate, auc(list), List.copyOf(bands), liftChart(list, churned));
    }

    /** Null unless there is at least one churn and one renewal. */
    static BigDecimal auc(List<BacktestOutcome> list) {
        List<BigDecimal> churners = list.stream().filter(BacktestOutcome::churned).map(BacktestOutcome::score).toList();
        List<BigDecimal> renewers = list.stream().filter(o -> !o.churned()).map(BacktestOutcome::score).toList();
        if (churners.isEmpty() || renewers.isEmpty()) {
            return null;
        }
        long halves = 0; // counted in halves so that ties stay exact
        for (BigDecimal c : churners) {
            for (BigDecimal r : renewers) {
                int cmp = r.compareTo(c);
                halves += cmp > 0 ? 2 : cmp == 0 ? 1 : 0;
            }
        }
        return BigDecimal.valueOf(halves).divide(BigDecimal.valueOf(2L * churners.size() * renewers.size()), SCALE,
                RoundingMode.HALF_UP);
    }

    private static List<LiftStep> liftChart(List<BacktestOutcome> list, int churnedTotal) {
        List<BacktestOutcome> sorted = list.stream().sorted(Comparator.comparing(BacktestOutcome::score)).toList();
        List<LiftStep> steps = new ArrayList<>();
        int found = 0;
        for (int g = 0; g < GROUPS && !sorted.isEmpty(); g++) {
            int from = sorted.size() * g / GROUPS;
            int to = sorted.size() * (g + 1) / GROUPS;
            List<BacktestOutcome> group = sorted.subList(from, to);
            int c = (int) group.stream().filter(BacktestOutcome::churned).count();
            found += c;
            steps.add(new LiftStep(g + 1, group.size(), c, lift(c, group.size(), churnedTotal, sorted.size()),
                    ratio(found, churnedTotal)));
        }
        return List.copyOf(steps);
    }

    private static BigDecimal ratio(int part, int whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), SCALE,
                RoundingMode.HALF_UP);
    }

    /** (part / whole) over (churners / everyone), from the counts so that no rounded rate is divided again. */
    private static BigDecimal lift(int part, int whole, int churners, int everyone) {
        return whole == 0 || churners == 0 ? null : BigDecimal.valueOf((long) part * everyone)
                .divide(BigDecimal.valueOf((long) whole * churners), SCALE, RoundingMode.HALF_UP);
    }
}
