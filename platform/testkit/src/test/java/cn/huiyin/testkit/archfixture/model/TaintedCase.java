package cn.huiyin.testkit.archfixture.model;

import org.springframework.util.Assert;

/** A domain class that breaks the rule on purpose: it uses Spring. */
public class TaintedCase {

    public TaintedCase(String id) {
        Assert.hasText(id, "id");
    }
}
