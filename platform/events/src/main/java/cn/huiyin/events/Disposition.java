package cn.huiyin.events;

/** Whether a call is transferred to a county as a case (转办) or answered by the hotline itself. */
public enum Disposition implements Labelled {
    TRANSFER("转办"),
    ANSWERED("直接答复");

    private final String label;

    Disposition(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The default disposition: appeals and complaints need a county to act, the rest are answered on the phone. */
    public static Disposition of(CallType type) {
        return switch (type) {
            case APPEAL, COMPLAINT -> TRANSFER;
            case CONSULTATION, SUGGESTION, PRAISE -> ANSWERED;
        };
    }
}
