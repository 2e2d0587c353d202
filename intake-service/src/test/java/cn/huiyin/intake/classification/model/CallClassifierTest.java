package cn.huiyin.intake.classification.model;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huiyin.events.Category;
import cn.huiyin.intake.classification.infrastructure.RulesFile;
import cn.huiyin.events.Department;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class CallClassifierTest {

    private final CallClassifier classifier = new CallClassifier(RulesFile.bundled());

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "危房改造, HOUSING_SECURITY", "补助金未兑现, HOUSING_SECURITY",
            "搬迁, RELOCATION", "安置点, RELOCATION", "拆旧, RELOCATION",
            "组组通, INFRASTRUCTURE", "通组路, INFRASTRUCTURE", "硬化, INFRASTRUCTURE", "通电, INFRASTRUCTURE",
            "饮水, DRINKING_WATER", "管网, DRINKING_WATER",
            "低保, SOCIAL_SECURITY", "临时救助, SOCIAL_SECURITY",
            "纳入贫困户, ELIGIBILITY", "建档立卡, ELIGIBILITY",
            "合作社, INDUSTRY", "分红, INDUSTRY", "中药材, INDUSTRY",
            "学费, EDUCATION", "资助, EDUCATION",
            "公益性岗位, EMPLOYMENT", "务工, EMPLOYMENT",
            "住院, MEDICAL_ASSISTANCE", "报销, MEDICAL_ASSISTANCE",
            "特惠贷, FINANCE", "金牛贷, FINANCE",
            "征地, LAND_ACQUISITION", "拆迁补偿, LAND_ACQUISITION"})
    void putsEachSeedKeywordInItsCategory(String keyword, Category category) {
        assertThat(classifier.classify("我想反映一下" + keyword + "的事情。").categories()).containsExactly(category);
    }

    @Test
    void tellsDemolishingTheOldHouseAfterMovingFromCompensationForDemolition() {
        assertThat(classifier.classify("搬迁以后拆旧的钱还没有给").categories()).containsExactly(Category.RELOCATION);
        assertThat(classifier.classify("拆迁补偿的钱还没有给").categories())
                .containsExactly(Category.LAND_ACQUISITION);
    }

    @Test
    void cancelsAKeywordInsideANegativePhrase() {
        ClassificationResult travel = classifier.classify("单位的差旅报销一直批不下来");

        assertThat(travel.categories()).doesNotContain(Category.MEDICAL_ASSISTANCE);
        assertThat(travel.scores()).filteredOn(score -> score.category() == Category.MEDICAL_ASSISTANCE)
                .singleElement()
                .satisfies(score -> assertThat(score.negatives()).containsExactly("差旅报销"))
                .satisfies(score -> assertThat(score.keywords()).isEmpty());
    }

    @Test
    void doesNotTakeAMedicalCooperationForAFarmersCooperative() {
        assertThat(classifier.classify("乡卫生院和县医院搞医疗合作社").categories()).doesNotContain(Category.INDUSTRY);
        assertThat(classifier.classify("养牛合作社年底没有分红").categories()).containsExactly(Category.INDUSTRY);
    }

    @Test
    void hintsThePowerSupplyForElectricity() {
        ClassificationResult result = classifier.classify("我们组到现在还没有通电，晚上只能点蜡烛");

        assertThat(result.categories()).containsExactly(Category.INFRASTRUCTURE);
        assertThat(result.departmentHints()).containsExactly(Department.POWER_SUPPLY);
    }

    @Test
    void hintsTransportForRoads() {
        ClassificationResult result = classifier.classify("通组路修了一半，一直没有硬化");

        assertThat(result.departmentHints()).containsExactly(Department.TRANSPORT);
    }

    @Test
    void takesNoHintFromAPhraseCancelledByANegative() {
        ClassificationResult result = classifier.classify("我和村主任通电话说了好几次，组里的路还是没修");

        assertThat(result.categories()).containsExactly(Category.INFRASTRUCTURE);
        assertThat(result.departmentHints()).doesNotContain(Department.POWER_SUPPLY);
    }

    @Test
    void returnsSeveralCategoriesWhenTheCallRaisesSeveralMatters() {
        ClassificationResult result = classifier.classify("我家的低保被取消了，老伴住院的钱也报销不了");

        assertThat(result.categories())
                .containsExactlyInAnyOrder(Category.SOCIAL_SECURITY, Category.MEDICAL_ASSISTANCE);
    }

    @Test
    void returnsAtMostThreeCategories() {
        ClassificationResult result = classifier.classify(
                "危房改造没兑现，低保被取消，孩子学费交不起，住院报销不了，特惠贷到期了，通组路也没有硬化");

        assertThat(result.categories()).hasSize(3);
    }

    @Test
    void leavesAWeakSecondMatterOutWhenTheFirstIsMuchStronger() {
        ClassificationResult result = classifier.classify("我家房子是危房，墙体开裂还漏雨，危房改造的钱一直没有兑现，村里还说要等学校放假");

        assertThat(result.categories()).containsExactly(Category.HOUSING_SECURITY);
    }

    @Test
    void fallsBackToOtherForReviewBelowTheThreshold() {
        ClassificationResult result = classifier.classify("我想问一下补助的事情");

        assertThat(result.categories()).containsExactly(Category.OTHER);
        assertThat(result.needsReview()).isTrue();
        assertThat(result.confidence()).isZero();
        assertThat(result.evidence()).containsEntry(Category.HOUSING_SECURITY, List.of("补助"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\u3000\t\n"})
    void fallsBackToOtherForReviewWithoutText(String content) {
        ClassificationResult result = classifier.classify(content);

        assertThat(result.categories()).containsExactly(Category.OTHER);
        assertThat(result.needsReview()).isTrue();
        assertThat(result.scores()).isEmpty();
    }

    @Test
    void matchesAcrossFullWidthCharactersAndSpaces() {
        ClassificationResult result = classifier.classify("房子被鉴定为Ｃ级，危房　改 造的钱没到");

        assertThat(result.evidence().get(Category.HOUSING_SECURITY)).contains("c级", "危房改造");
    }

    @Test
    void countsAKeywordOnceAndNotAgainAsItsParts() {
        CategoryScore score = classifier.classify("危房改造，危房改造").scores().get(0);

        assertThat(score.keywords()).containsExactly("危房改造");
        assertThat(score.score()).isEqualTo(3.0);
    }

    @Test
    void isConfidentWhenTheEvidenceIsAmpleAndUnambiguous() {
        ClassificationResult result = classifier.classify("我家危房改造的补助款一直没有兑现，房子漏雨，墙体开裂");

        assertThat(result.categories()).containsExactly(Category.HOUSING_SECURITY);
        assertThat(result.confidence()).isGreaterThan(0.9);
        assertThat(result.needsReview()).isFalse();
    }

    @Test
    void asksForReviewWhenASingleKeywordDecides() {
        ClassificationResult result = classifier.classify("我想问一下搬迁的事情");

        assertThat(result.categories()).containsExactly(Category.RELOCATION);
        assertThat(result.confidence()).isBetween(0.0, 0.5);
        assertThat(result.needsReview()).isTrue();
    }

    @Test
    void reportsTheVersionOfItsRules() {
        ClassificationResult result = classifier.classify("我家的低保被取消了");

        assertThat(result.rulesVersion()).isEqualTo("2026-11-21.1").isEqualTo(classifier.rulesVersion());
    }
}
