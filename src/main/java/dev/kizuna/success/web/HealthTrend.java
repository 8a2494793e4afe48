package dev.kizuna.success.web;

import java.util.List;
import java.util.Locale;

import dev.kizuna.success.HealthSnapshot;

/** The score's trend as the points of an SVG polyline (0–100 up the 60-high box, days across the 300-wide box). */
record HealthTrend(String points, int days) {

    static final int WIDTH = 300;
    static final int HEIGHT = 60;

    static HealthTrend of(List<HealthSnapshot> history) {
        int n = history.size();
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < n; i++) {
            double x = n == 1 ? WIDTH / 2.0 : i * (double) WIDTH / (n - 1);
            double y = HEIGHT - history.get(i).score().doubleValue() * HEIGHT / 100.0;
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        }
        return new HealthTrend(points.toString().strip(), n);
    }
}
