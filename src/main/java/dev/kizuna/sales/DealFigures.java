package dev.kizuna.sales;

/**
 * Deal figures of a period for the daily report: deals moved forward a stage, won and lost (with their amounts in
 * yen), and deals stalled now.
 */
public record DealFigures(long movedForward, long won, long wonAmount, long lost, long lostAmount, long stalled) {

    public static final DealFigures NONE = new DealFigures(0, 0, 0, 0, 0, 0);

    public DealFigures plus(DealFigures o) {
        return new DealFigures(movedForward + o.movedForward, won + o.won, wonAmount + o.wonAmount, lost + o.lost,
                lostAmount + o.lostAmount, stalled + o.stalled);
    }
}
