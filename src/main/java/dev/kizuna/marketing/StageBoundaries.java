package dev.kizuna.marketing;

/**
 * How many paid orders make each frequency stage: F1 is the first, F2 from {@code f2From}, F3 from {@code f3From},
 * F4 from {@code f4From} (seed 002's default 2, 3, 4: F4 is "four or more"). F0 has none.
 */
public record StageBoundaries(int f2From, int f3From, int f4From) {

    public static final StageBoundaries DEFAULT = new StageBoundaries(2, 3, 4);

    public StageBoundaries {
        if (f2From < 2 || f3From <= f2From || f4From <= f3From || f4From > 100) {
            throw new IllegalArgumentException(f2From + "/" + f3From + "/" + f4From);
        }
    }

    /** The stage of a customer with {@code paidOrders}: 0 to 4. */
    public int stageOf(int paidOrders) {
        if (paidOrders >= f4From) {
            return 4;
        }
        if (paidOrders >= f3From) {
            return 3;
        }
        if (paidOrders >= f2From) {
            return 2;
        }
        return paidOrders >= 1 ? 1 : 0;
    }

    /** The number of paid orders that reaches {@code stage} (1 to 4). */
    public int ordersFor(int stage) {
        return switch (stage) {
            case 1 -> 1;
            case 2 -> f2From;
            case 3 -> f3From;
            case 4 -> f4From;
            default -> throw new IllegalArgumentException("stage " + stage);
        };
    }
}
