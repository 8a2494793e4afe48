package dev.kizuna.commerce;

/**
 * One owner's (or everyone's) order figures for the daily report: orders received and payments received in the
 * covered days, with their amounts (yen, with tax), and orders unpaid past their due date with what is still owed.
 */
public record CommerceFigures(long orders, long orderAmount, long payments, long paymentAmount, long overdue,
        long overdueAmount) {

    public static final CommerceFigures NONE = new CommerceFigures(0, 0, 0, 0, 0, 0);

    public CommerceFigures plus(CommerceFigures o) {
        return new CommerceFigures(orders + o.orders, orderAmount + o.orderAmount, payments + o.payments,
                paymentAmount + o.paymentAmount, overdue + o.overdue, overdueAmount + o.overdueAmount);
    }
}
