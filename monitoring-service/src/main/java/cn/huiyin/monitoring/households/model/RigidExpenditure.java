package cn.huiyin.monitoring.households.model;

/** The household's yearly rigid expenditure (刚性支出), in yuan: medical costs and schooling costs. */
public record RigidExpenditure(double medical, double schooling) {

    public static final RigidExpenditure NONE = new RigidExpenditure(0, 0);

    public RigidExpenditure {
        if (medical < 0 || schooling < 0) {
            throw new IllegalArgumentException("expenditure must not be negative");
        }
    }

    public double total() {
        return medical + schooling;
    }
}
