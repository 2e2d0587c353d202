package cn.huiyin.reporting.instructions.model;

/** One addressee's follow-up of an instruction: open until it answers. */
public record FollowUp(Addressee addressee, Answer answer) {

    public static FollowUp open(Addressee addressee) {
        return new FollowUp(addressee, null);
    }

    public boolean answered() {
        return answer != null;
    }
}
